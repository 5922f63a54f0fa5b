import { resolve } from 'node:path';
import type { PackError } from '../../rules/pack/issues';
import type { Pack } from '../../rules/pack/schema';
import { validatePack } from '../../rules/pack/validate';
import { InputError } from '../input-error';
import { readTextFile } from '../read-text-file';
import { parseJsonText } from '../json-text';
import { ruleConfigErrors } from './rule-config-errors';

export interface PackFile {
  pack: Pack;
  /** Not errors, but worth a look (e.g. field names the document model does not know). */
  warnings: PackError[];
}

/** Reads and validates a pack JSON file; every error comes out as «path: message» (exit 2). */
export async function readPackFile(file: string, cwd: string): Promise<PackFile> {
  const text = await readTextFile(resolve(cwd, file), file);
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new InputError(`${file}: ${parsed.message}`);
  const result = validatePack(parsed.value);
  if (!result.ok) {
    const errors = [...result.errors];
    for (const extra of ruleConfigErrors(parsed.value)) {
      if (!errors.some((e) => e.path === extra.path && e.message === extra.message)) errors.push(extra);
    }
    errors.sort((a, b) => comparePaths(a.path, b.path));
    throw new InputError(`${file}: regelpakken er ugyldig (${errors.length} feil):`, errors.map(errorLine));
  }
  return { pack: result.pack, warnings: result.warnings };
}

export function errorLine(error: PackError): string {
  return `${error.path}: ${error.message}`;
}

/** Document order for `rules[2].x` before `rules[10].y`: numbers compared as numbers. */
function comparePaths(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
