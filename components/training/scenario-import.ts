import type * as z from 'zod/mini';
import { describeIssue, formatPath } from '../../rules/pack/issues';
import { SCENARIO_FILE_FORMAT, ScenarioFileSchema, ScenarioSchema, type Scenario, type ScenarioFile } from './scenario-schema';

/** A problem in an imported scenario file: where (`scenarios[2].flawed.fields.vedtaksdato`) and what, in Norwegian. */
export interface ScenarioError {
  path: string;
  message: string;
}

export type ScenarioParseResult = { ok: true; scenarios: Scenario[] } | { ok: false; errors: ScenarioError[] };

const DOCUMENT_TYPES = ['vedtak', 'tiltaksplan', 'evaluering'];

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), root);
}

function describe(issue: z.core.$ZodIssue, root: unknown): string {
  if (issue.code === 'invalid_union' && issue.path.at(-1) === 'documentType') {
    const given = valueAt(root, issue.path);
    if (given === undefined) return `mangler (skal være ${DOCUMENT_TYPES.join(', ')})`;
    return `ukjent dokumenttype ${JSON.stringify(given)}; tillatt: ${DOCUMENT_TYPES.join(', ')}`;
  }
  if (issue.code === 'invalid_union') {
    // A discriminated union without a usable documentType lands here.
    return `mangler gyldig «documentType» (${DOCUMENT_TYPES.join(', ')})`;
  }
  if (issue.code === 'invalid_value' && issue.path.at(-1) === 'format') {
    return `må være ${JSON.stringify(SCENARIO_FILE_FORMAT)} (dette er ikke en scenariofil fra Vedtakslos)`;
  }
  return describeIssue(issue);
}

function errorsOf(error: z.core.$ZodError, root: unknown): ScenarioError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: describe(issue, root) }));
}

/** Duplicate ids inside one file would make two scenarios impossible to tell apart. */
function duplicateIds(scenarios: Scenario[]): ScenarioError[] {
  const seen = new Map<string, number>();
  const errors: ScenarioError[] = [];
  scenarios.forEach((s, i) => {
    const first = seen.get(s.id);
    if (first !== undefined) errors.push({ path: `scenarios[${i}].id`, message: `id ${JSON.stringify(s.id)} er brukt før (scenarios[${first}])` });
    else seen.set(s.id, i);
  });
  return errors;
}

/**
 * Validates parsed JSON: a scenario file (`{ format, version, scenarios: [...] }`) or a single scenario
 * object (as the built-in files are). Every error names its exact place.
 */
export function parseScenarioData(data: unknown): ScenarioParseResult {
  const isFile = typeof data === 'object' && data !== null && !Array.isArray(data) && ('format' in data || 'scenarios' in data);
  if (isFile) {
    const parsed = ScenarioFileSchema.safeParse(data);
    if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error, data) };
    const dupes = duplicateIds(parsed.data.scenarios);
    return dupes.length ? { ok: false, errors: dupes } : { ok: true, scenarios: parsed.data.scenarios };
  }
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error, data) };
  return { ok: true, scenarios: [parsed.data] };
}

/** Validates the text of a file a trainer chose; invalid JSON is reported with line and column. */
export function parseScenarioJson(text: string): ScenarioParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(rot)', message: `ugyldig JSON${jsonPosition(text, (error as Error).message)}` }] };
  }
  return parseScenarioData(data);
}

function jsonPosition(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return '';
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (linje ${line}, kolonne ${column})`;
}

/** The file a trainer exports: the given scenarios, pretty-printed so they can be edited by hand. */
export function exportScenarioFile(scenarios: readonly Scenario[]): string {
  const file: ScenarioFile = { format: SCENARIO_FILE_FORMAT, version: 1, scenarios: [...scenarios] };
  return `${JSON.stringify(file, null, 2)}\n`;
}
