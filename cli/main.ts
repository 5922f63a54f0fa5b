import { CommanderError } from 'commander';
import { checkCommand, type CheckDeps } from './commands/check';
import { packValidateCommand } from './commands/pack-validate';
import { norwegianCommanderMessage } from './commander-messages';
import { EXIT_BAD_INPUT, EXIT_OK } from './exit-codes';
import { InputError } from './input-error';
import type { CliIO } from './io';
import { buildProgram } from './program';
import packageJson from '../package.json';

/** Runs the CLI on `argv` (the arguments after the program name) and returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIO, deps: CheckDeps): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram(io, {
    check: async (files, options) => {
      code = await checkCommand(files, options, io, deps);
    },
    packValidate: async (file) => {
      code = await packValidateCommand(file, io);
    },
  }, packageJson.version);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    return exitCodeFor(error, io);
  }
}

function exitCodeFor(error: unknown, io: CliIO): number {
  if (error instanceof InputError) {
    io.stderr(`${error.lines.join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_OK;
    // `vedtakslos` or `vedtakslos pack` without a command: commander has printed the help to stderr.
    if (error.code === 'commander.help') return EXIT_BAD_INPUT;
    io.stderr(`${norwegianCommanderMessage(error)}\nSe «vedtakslos --help».\n`);
    return EXIT_BAD_INPUT;
  }
  const detail = io.env.VEDTAKSLOS_DEBUG && error instanceof Error ? `\n${error.stack}` : '';
  io.stderr(`Intern feil i Vedtakslos: ${(error as Error)?.message ?? String(error)}. Kjør med VEDTAKSLOS_DEBUG=1 for detaljer.${detail}\n`);
  return EXIT_BAD_INPUT;
}
