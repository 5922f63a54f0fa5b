import * as z from 'zod/mini';
import { ruleConfigProblems } from '../engine/config-check';
import { fixtureDocument } from '../engine/fixtures';
import { ruleNameProblems } from '../engine/name-check';
import { describeIssue, formatPath, type PackError } from './issues';
import { PackSchema, type Check, type Pack } from './schema';

/**
 * Validates a pack we did not write (a file, the workbench's JSON view, a managed policy): the schema,
 * then what the schema cannot see — duplicate rule ids, parameters referenced but not set or of the wrong
 * type, refused or invalid patterns, fixture documents that are not documents. Every error has a JSON path.
 * Field and group names unknown to the document model are warnings (a site adapter may add fields).
 */
export type { PackError } from './issues';
export type PackValidation =
  | { ok: true; pack: Pack; warnings: PackError[] }
  | { ok: false; errors: PackError[]; warnings: PackError[] };

/** Every check type, for «unknown check type» messages; the compiler keeps it complete. */
const CHECK_TYPES = [
  'present', 'mentions', 'notOnlyStockPhrases', 'childVoice', 'date', 'itemCount', 'rowCount', 'pattern', 'forEach',
  'allOf', 'oneOf', 'when',
] as const satisfies readonly Check['type'][];
type MissingCheckType = Exclude<Check['type'], (typeof CHECK_TYPES)[number]>;
const allCheckTypesListed: [MissingCheckType] extends [never] ? true : never = true;
void allCheckTypesListed;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function semanticErrors(pack: Pack): { errors: PackError[]; warnings: PackError[] } {
  const errors: PackError[] = [];
  const warnings: PackError[] = [];
  const seen = new Map<string, number>();
  pack.rules.forEach((rule, i) => {
    const at = `rules[${i}]`;
    const first = seen.get(rule.id);
    if (first !== undefined) errors.push({ path: `${at}.id`, message: `id-en «${rule.id}» er allerede brukt av rules[${first}]` });
    else seen.set(rule.id, i);
    for (const p of ruleConfigProblems(rule)) errors.push({ path: `${at}.${p.path}`, message: p.message });
    for (const p of ruleNameProblems(rule)) warnings.push({ path: `${at}.${p.path}`, message: p.message });
    for (const kind of ['good', 'bad'] as const) {
      rule.fixtures?.[kind].forEach((fixture, j) => {
        const built = fixtureDocument(fixture, rule);
        if (!built.ok) errors.push({ path: `${at}.fixtures.${kind}[${j}].document`, message: built.problem });
      });
    }
  });
  return { errors, warnings };
}

/** Deeper than any real pack (the standard pack is about 12 levels); deeper input would overflow the stack. */
const MAX_DEPTH = 64;

/** The first place nested deeper than MAX_DEPTH, found without recursion; null when there is none. */
function tooDeep(input: unknown): PropertyKey[] | null {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: input, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_DEPTH) return path;
    for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
  }
  return null;
}

export function validatePack(input: unknown): PackValidation {
  const deep = tooDeep(input);
  if (deep) return { ok: false, errors: [{ path: formatPath(deep), message: `er nestet for dypt (mer enn ${MAX_DEPTH} nivåer)` }], warnings: [] };
  const parsed = z.safeParse(PackSchema, input);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: describeIssue({ ...issue, input: issue.input ?? valueAt(input, issue.path) } as typeof issue, CHECK_TYPES),
    }));
    return { ok: false, errors, warnings: [] };
  }
  const { errors, warnings } = semanticErrors(parsed.data);
  return errors.length ? { ok: false, errors, warnings } : { ok: true, pack: parsed.data, warnings };
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `linje ${line}, kolonne ${position - before.lastIndexOf('\n')}`;
}

/** Where JSON.parse failed; engines word it differently (V8 in Node 20 gives a snippet, not a position). */
function errorPosition(message: string, text: string): number | undefined {
  const position = /position (\d+)/u.exec(message)?.[1];
  if (position) return Number(position);
  if (/end of JSON input/u.test(message)) return text.length;
  const snippet = /Unexpected token '(.+?)', (?:\.\.\.)?"(.*?)(?:\.\.\.)?" is not valid JSON/su.exec(message);
  if (!snippet) return undefined;
  const at = text.indexOf(snippet[2]!);
  return at < 0 ? undefined : at + Math.max(0, snippet[2]!.indexOf(snippet[1]!));
}

/** Pack JSON as text (a file, the JSON view, a policy string) or already parsed; syntax errors say where. */
export function parsePackJson(input: unknown): PackValidation {
  if (typeof input !== 'string') return validatePack(input);
  let data: unknown;
  try {
    data = JSON.parse(input);
  } catch (error) {
    const position = errorPosition((error as Error).message, input);
    const where = position === undefined ? '' : lineAndColumn(input, position);
    return { ok: false, errors: [{ path: '(rot)', message: `ugyldig JSON${where ? ` (${where})` : ''}` }], warnings: [] };
  }
  return validatePack(data);
}
