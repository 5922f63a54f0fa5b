import { readFile } from 'node:fs/promises';
import { InputError } from './input-error';

/** A file's text as UTF-8; a file that cannot be read is an InputError naming it as the user wrote it. */
export async function readTextFile(path: string, shownAs: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`${shownAs}: ${fileProblem(error)}`);
  }
}

function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'filen finnes ikke.';
  if (code === 'EISDIR') return 'er en mappe, ikke en fil.';
  if (code === 'EACCES' || code === 'EPERM') return 'mangler tilgang til å lese filen.';
  return `kunne ikke lese filen (${code ?? 'ukjent feil'}).`;
}
