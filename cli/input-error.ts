/**
 * Bad input from the user (unreadable file, invalid JSON, invalid model or pack, bad option). Its
 * lines are Norwegian and printed as they are, without a stack trace; the CLI then exits with 2.
 */
export class InputError extends Error {
  readonly lines: string[];
  constructor(headline: string, details: string[] = []) {
    super(headline);
    this.name = 'InputError';
    this.lines = [headline, ...details.map((d) => `  ${d}`)];
  }
}
