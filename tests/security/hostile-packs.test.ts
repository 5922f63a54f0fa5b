import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePack, evaluate } from '../../rules/engine';
import type { Check, Condition, Pack, Rule } from '../../rules/pack/schema';
import { AREAS, SEVERITIES } from '../../rules/pack/schema';
import { parsePackJson, validatePack, type PackValidation } from '../../rules/pack/validate';
import { standardPack } from '../../rules/standard';

fc.configureGlobal({ endOnFailure: true });
import { anyDocument, norwegianProblem, pathIsInInput, ROW_FIELDS, TOP_FIELDS } from './support';

/**
 * Property-based fuzzing of the pack schema and the engine with packs we did not write (about 10,000
 * generated packs and documents per run, about 45 s on 2 cores; FUZZ_SCALE=10 for a longer local run):
 *  - arbitrary JSON values and pack-shaped junk,
 *  - the standard pack mutated (keys dropped, types swapped, unknown check types, wrong severities, refs to
 *    parameters that are not there, invalid patterns, deep nesting, odd keys),
 *  - valid generated packs evaluated on random documents (æøå, RTL, emoji, huge strings, empty rows).
 */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => Math.round(n * SCALE);
const TODAY = '2026-01-15';

/** The promise for every invalid result: errors exist, each names a place in the input, each is Norwegian. */
function expectPreciseErrors(input: unknown, result: PackValidation): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(norwegianProblem(error), JSON.stringify(error)).toBeNull();
    expect(pathIsInInput(input, error.path), `path ${error.path} (${error.message}) is not in the input`).toBe(true);
  }
}

/** Valid results compile and evaluate without throwing and without failures from well-typed params. */
function expectRuns(pack: Pack, docs: Parameters<typeof evaluate>[1][]): void {
  const compiled = compilePack(pack);
  for (const doc of docs) {
    const result = evaluate(compiled, doc, { today: TODAY });
    const ids = new Set(pack.rules.map((r) => r.id));
    for (const f of result.findings) {
      expect(ids.has(f.ruleId)).toBe(true);
      expect(typeof f.message).toBe('string');
      if (f.range) {
        expect(f.range.start).toBeGreaterThanOrEqual(0);
        expect(f.range.end).toBeGreaterThan(f.range.start);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
describe('arbitrary JSON never makes validation throw', () => {
  const packish = fc.record({
    id: fc.oneof(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 })),
    version: fc.oneof(fc.constant('1.0.0'), fc.string({ maxLength: 6 }), fc.integer()),
    language: fc.oneof(fc.constantFrom('nb', 'nn', 'en', 'sv'), fc.jsonValue({ maxDepth: 1 })),
    metadata: fc.oneof(fc.record({ name: fc.string({ maxLength: 5 }) }), fc.jsonValue({ maxDepth: 2 })),
    rules: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 })),
    overrides: fc.jsonValue({ maxDepth: 3 }),
  }, { requiredKeys: [] });
  const anything = fc.oneof({ weight: 3, arbitrary: fc.jsonValue({ maxDepth: 5 }) }, { weight: 2, arbitrary: packish });

  it('validatePack and parsePackJson: errors with paths in the input, in Norwegian', () => {
    fc.assert(
      fc.property(anything, fc.boolean(), (value, asText) => {
        const result = asText ? parsePackJson(JSON.stringify(value)) : validatePack(value);
        // Pack-shaped junk is now and then a valid (empty) pack; then it must run.
        if (result.ok) expectRuns(result.pack, [{ documentType: 'vedtak', fields: {}, rows: {} }]);
        else expectPreciseErrors(value, result);
      }),
      { numRuns: runs(3500) },
    );
  }, 120_000);

  it('broken JSON text: one error at the root that says where', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        fc.pre(!parses);
        const result = parsePackJson(text);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.errors).toHaveLength(1);
          expect(result.errors[0]!.path).toBe('(rot)');
          expect(result.errors[0]!.message).toMatch(/^ugyldig JSON/);
        }
      }),
      { numRuns: runs(500) },
    );
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------------------
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;
const STANDARD = JSON.parse(JSON.stringify(standardPack)) as { rules: Json[] } & Record<string, Json>;
const CHECK_TYPES = new Set(['present', 'mentions', 'notOnlyStockPhrases', 'childVoice', 'date', 'itemCount', 'rowCount', 'pattern', 'forEach', 'allOf', 'oneOf', 'when']);

function allPaths(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (path.length > 40) return out; // a deep-nest mutation: its inside is not worth mutating again
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}
const at = (root: Json, path: Path): Json => path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k]!, root);
const isObject = (v: Json): v is { [key: string]: Json } => !!v && typeof v === 'object' && !Array.isArray(v);

type Kind = 'drop' | 'swap' | 'unknownCheck' | 'severity' | 'paramRef' | 'badRegex' | 'deepNest' | 'oddKey' | 'huge';
interface Mutation { kind: Kind; pick: number; value: Json; n: number; path?: Path }

/** Where a mutation of this kind can go in this pack. */
function candidates(root: Json, kind: Kind): Path[] {
  const paths = allPaths(root).filter((p) => p.length > 0);
  const checks = paths.filter((p) => { const v = at(root, p); return isObject(v) && typeof v.type === 'string' && CHECK_TYPES.has(v.type); });
  switch (kind) {
    case 'unknownCheck': case 'deepNest': return checks;
    case 'badRegex': return checks.filter((p) => (at(root, p) as { type: string }).type === 'pattern');
    case 'severity': return paths.filter((p) => p.length === 3 && p[0] === 'rules' && p[2] === 'severity');
    case 'huge': return paths.filter((p) => p.length === 3 && p[0] === 'rules' && p[2] === 'message');
    case 'paramRef': return paths.filter((p) => typeof at(root, p) === 'number' && p.includes('check'));
    case 'oddKey': return paths.filter((p) => isObject(at(root, p)));
    default: return paths;
  }
}

const SWAPS: Json[] = [42, -1, 1e308, 'tekst', '', null, true, [], {}, [1, 'x'], { a: 1 }, [[[]]]];
const VALUES: Record<Kind, fc.Arbitrary<Json>> = {
  drop: fc.constant(null),
  swap: fc.constantFrom(...SWAPS),
  unknownCheck: fc.oneof(fc.constantFrom('regex', 'script', 'eval', 'Present', '__proto__', 'constructor', ''), fc.string({ maxLength: 6 })),
  severity: fc.constantFrom('kritisk', 'error', 'FEIL', 'Advarsel', '', 1, null),
  paramRef: fc.constantFrom<Json>({ param: 'finnesIkke' }, { param: '' }, { param: 42 }, { param: 'x', ekstra: 1 }),
  badRegex: fc.constantFrom('(', ')', '[z-a]', '*', 'a{2,1}', '\\', '(?<n>a)(?<n>b)', '\\p{Nope}', '(a+)+$', '(a|a)*b', '\\w*\\w*\\w*x', 'x'.repeat(1001)),
  deepNest: fc.constantFrom('allOf', 'when', 'not', 'array'),
  oddKey: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'ukjent', ''),
  huge: fc.constantFrom('ø', '<b>', '🙂', '\u202E'),
};
const KINDS = Object.keys(VALUES) as Kind[];
const mutation: fc.Arbitrary<Mutation> = fc.constantFrom(...KINDS).chain((kind) => fc.record({
  kind: fc.constant(kind),
  pick: fc.nat(),
  value: VALUES[kind],
  n: kind === 'deepNest' ? fc.integer({ min: 50, max: 3000 }) : kind === 'huge' ? fc.integer({ min: 1000, max: 200_000 }) : fc.constant(0),
}));
/** A few rules of the standard pack (validating all of it 3,000 times would take minutes), with its metadata. */
const standardSlice = fc.uniqueArray(fc.integer({ min: 0, max: STANDARD.rules.length - 1 }), { minLength: 1, maxLength: 3 })
  .map((picked): Json => ({ ...structuredClone(STANDARD), rules: picked.map((i) => structuredClone(STANDARD.rules[i]!)) }));

function nest(kind: string, inner: Json, depth: number): Json {
  let value = inner;
  for (let i = 0; i < depth; i++) {
    if (kind === 'allOf') value = { type: 'allOf', checks: [value] };
    else if (kind === 'when') value = { type: 'when', condition: { not: { endsMeasure: true } }, check: value };
    else if (kind === 'not') value = i === depth - 1 ? { type: 'when', condition: value, check: inner } : { not: i === 0 ? { endsMeasure: false } : value };
    else value = [value];
  }
  return value;
}

function apply(root: Json, m: Mutation): void {
  const options = candidates(root, m.kind);
  if (!options.length) return;
  m.path = options[m.pick % options.length]!;
  const parent = at(root, m.path.slice(0, -1)) as Record<string | number, Json> | Json[];
  const key = m.path.at(-1)!;
  const here = (parent as Record<string | number, Json>)[key]!;
  switch (m.kind) {
    case 'drop':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, Json>)[key];
      return;
    case 'unknownCheck':
      if (here && typeof here === 'object' && !Array.isArray(here)) here.type = m.value;
      return;
    case 'oddKey':
      if (here && typeof here === 'object' && !Array.isArray(here)) Object.defineProperty(here, m.value as string, { value: { x: 1 }, enumerable: true, configurable: true, writable: true });
      return;
    case 'badRegex':
      if (here && typeof here === 'object' && !Array.isArray(here)) { here.regex = m.value; delete here.detector; }
      return;
    case 'deepNest':
      (parent as Record<string | number, Json>)[key] = nest(m.value as string, here, m.n);
      return;
    case 'huge':
      (parent as Record<string | number, Json>)[key] = (m.value as string).repeat(m.n);
      return;
    default:
      // A copy: fc.constantFrom hands out the same object every run, and a later mutation (oddKey, swap
      // inside it) would change it for every run after, up to a cycle that allPaths cannot finish.
      (parent as Record<string | number, Json>)[key] = structuredClone(m.value);
  }
}

const related = (a: Path, b: Path) => a.slice(0, Math.min(a.length, b.length)).every((k, i) => String(k) === String(b[i]));
const stepsOf = (path: string): Path => (path === '(rot)' ? [] : path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean));

describe('the standard pack, mutated', () => {
  it('is rejected with precise Norwegian errors, or compiles and runs; validation never throws', () => {
    let rejected = 0;
    fc.assert(
      fc.property(standardSlice, fc.array(mutation, { minLength: 1, maxLength: 3 }), anyDocument, (input, mutations, doc) => {
        for (const m of mutations) apply(input, m);
        const result = validatePack(input);
        if (!result.ok) {
          rejected++;
          expectPreciseErrors(input, result);
        } else {
          expectRuns(result.pack, [doc]);
        }
        // One mutation that can only be wrong: rejected, with an error at (or around) the mutated place.
        const [only] = mutations;
        if (mutations.length === 1 && only?.path && ['severity', 'unknownCheck', 'badRegex'].includes(only.kind)) {
          expect(result.ok, JSON.stringify(only)).toBe(false);
          if (!result.ok) expect(result.errors.some((e) => related(stepsOf(e.path), only.path!)), JSON.stringify([only, result.errors])).toBe(true);
        }
      }),
      { numRuns: runs(3000) },
    );
    expect(rejected).toBeGreaterThan(runs(3000) / 2);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------------------
const PARAMS = { n: 2, ord: ['barnet', 'mor*', 'støttekontakt'], tekst: 'skolen', flagg: true };
const topField = fc.constantFrom(...TOP_FIELDS);
const anyField = fc.constantFrom(...TOP_FIELDS, ...ROW_FIELDS);
const fieldSel = fc.oneof(anyField, fc.array(anyField, { minLength: 1, maxLength: 3 }));
const num = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant({ param: 'n' }));
const terms = fc.oneof(fc.array(fc.constantFrom('barnet', 'mor', 'alternativ*', '*kontakt', 'til barnets beste', 'ønsker', 'æøå', '🙂'), { minLength: 1, maxLength: 4 }), fc.constantFrom({ param: 'ord' }, { param: 'tekst' }));
const SAFE_REGEXES = ['\\d', '§\\s*\\d+-\\d+', '\\bbarnet\\b', '(mor|far) (sier|mener)', '[a-zæøå]+@[a-z]+\\.no', '.*x', '^\\s*$', '(ab){1,3}', '\\p{L}{3,}', '🙂+'];
const duration = fc.record({ years: num, months: num, days: num }, { requiredKeys: [] });
const operand = fc.oneof(fc.constant('today' as const), fc.record({ field: fieldSel, pick: fc.constantFrom('first', 'last') }, { requiredKeys: ['field'] }));
const optional = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', maxDepth: 3, depthIdentifier: 'cond' },
    fc.record({ childAge: fc.record({ min: num, max: num }, { requiredKeys: [] }) }),
    fc.record({ endsMeasure: fc.boolean() }),
    fc.record({ fieldPresent: fieldSel }),
    fc.record({ fieldMentions: fc.record({ field: fieldSel, terms }) }),
    fc.record({ not: tie('condition') }),
    fc.record({ all: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { maxLength: 3 }) }),
  ),
}));

const { check } = fc.letrec<{ check: Check }>((tie) => ({
  check: fc.oneof(
    { depthSize: 'small', maxDepth: 4, depthIdentifier: 'check' },
    fc.record({ type: fc.constant('present' as const), field: fieldSel, minWords: optional(num), minChars: optional(num) }).map(strip),
    fc.record({ type: fc.constant('mentions' as const), field: fieldSel, terms, mode: fc.constantFrom('require' as const, 'forbid' as const), min: optional(num) }).map(strip),
    fc.record({ type: fc.constant('notOnlyStockPhrases' as const), field: fieldSel, phrases: terms, minOtherWords: num }),
    fc.record({ type: fc.constant('childVoice' as const), field: fieldSel, minStatements: num, ignoreAgreementOnly: optional(fc.boolean()) }).map(strip),
    fc.record({ type: fc.constant('date' as const), from: fc.oneof(operand, fc.array(operand, { maxLength: 2 })), to: fc.oneof(operand, fc.array(operand, { maxLength: 2 })), max: optional(duration), min: optional(duration), whenMissing: optional(fc.constantFrom('pass' as const, 'report' as const)) }).map(strip),
    fc.record({ type: fc.constant('itemCount' as const), field: fieldSel, min: optional(num), max: optional(num) }).map(strip),
    fc.record({ type: fc.constant('rowCount' as const), rows: fc.constantFrom('delmal', 'tiltak', 'delmal.tiltak'), min: optional(num), max: optional(num) }).map(strip),
    fc.record({ type: fc.constant('pattern' as const), field: fc.oneof(fieldSel, fc.constant('*')), mode: fc.constantFrom('require' as const, 'forbid' as const), flags: optional(fc.constantFrom('i', 'iu', 'm', 's')), spec: fc.oneof(fc.record({ detector: fc.constantFrom('fodselsnummer' as const, 'telefonnummer' as const, 'epost' as const) }), fc.record({ regex: fc.constantFrom(...SAFE_REGEXES) })) })
      .map(({ spec, ...rest }) => strip({ ...rest, ...spec })),
    fc.record({ type: fc.constant('forEach' as const), rows: fc.constantFrom('delmal', 'tiltak'), check: tie('check') }),
    fc.record({ type: fc.constantFrom('allOf' as const, 'oneOf' as const), checks: fc.array(tie('check'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ type: fc.constant('when' as const), condition, check: tie('check') }),
  ) as fc.Arbitrary<Check>,
}));

const message = fc.oneof(fc.constantFrom('Skriv hva barnet selv sier.', '<img src=x onerror=alert(1)><script>alert(2)</script>', 'Ø 🙂 שלום'), fc.string({ minLength: 1, maxLength: 30 }));
const rule = (i: number): fc.Arbitrary<Rule> => fc.record({
  area: fc.constantFrom(...AREAS),
  severity: fc.constantFrom(...SEVERITIES),
  enabled: optional(fc.boolean()),
  appliesTo: fc.subarray(['vedtak', 'tiltaksplan', 'evaluering'] as const, { minLength: 1 }),
  when: optional(condition),
  check,
  message,
}).map((r) => strip({ id: `regel-${i}`, basis: { kind: 'god-praksis' as const, ref: 'fuzz' }, params: PARAMS, ...r }) as Rule);
const validPack: fc.Arbitrary<Pack> = fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rule(i))))
  .map((rules) => ({ id: 'fuzz', version: '1.0.0', language: 'nb' as const, metadata: { name: 'Fuzz' }, rules }));

describe('valid generated packs on random documents', () => {
  it('validate, compile and evaluate without throwing or failing', () => {
    fc.assert(
      fc.property(validPack, fc.array(anyDocument, { minLength: 1, maxLength: 2 }), (pack, docs) => {
        const result = validatePack(pack);
        expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
        if (!result.ok) return;
        expectRuns(result.pack, docs);
        const compiled = compilePack(result.pack);
        for (const doc of docs) expect(evaluate(compiled, doc, { today: TODAY }).failures).toEqual([]);
      }),
      { numRuns: runs(1500) },
    );
  }, 120_000);

  it('the standard pack evaluates any document without throwing or failing', () => {
    const compiled = compilePack(standardPack);
    fc.assert(
      fc.property(anyDocument, (doc) => {
        expect(evaluate(compiled, doc, { today: TODAY }).failures).toEqual([]);
      }),
      { numRuns: runs(1000) },
    );
  }, 120_000);
});
