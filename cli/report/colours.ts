/** ANSI styling for the text report; every function is the identity when colours are off. */
export interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
}

const ansi = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

const COLOURS: Palette = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  cyan: ansi(36, 39),
  green: ansi(32, 39),
};
const identity = (s: string) => s;
const PLAIN: Palette = { bold: identity, dim: identity, red: identity, yellow: identity, cyan: identity, green: identity };

/** Colours only when stdout is a terminal and NO_COLOR is unset or empty (https://no-color.org). */
export function paletteFor(stdoutIsTTY: boolean, env: Record<string, string | undefined>): Palette {
  return stdoutIsTTY && !env.NO_COLOR ? COLOURS : PLAIN;
}
