/** Where the CLI writes and what it knows about its surroundings; tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colours are used only then, and only when NO_COLOR is unset). */
  stdoutIsTTY: boolean;
  env: Record<string, string | undefined>;
  /** The working directory that relative file names are resolved against. */
  cwd: string;
}

export function processIO(): CliIO {
  // The reader went away (`vedtakslos … | head`): stop quietly, as other command-line tools do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}
