import type { ParamRef, ParamValue } from '../pack/schema';

/**
 * Reads literal-or-`{ param }` values of a rule. A missing or mistyped parameter is a fault in the pack,
 * not in the document: it throws a RuleConfigError, which the engine reports as a failure of that rule
 * (the other rules still run).
 */
export class RuleConfigError extends Error {}

type Params = Record<string, ParamValue> | undefined;

function lookup(ref: ParamRef, params: Params): ParamValue {
  const value = params?.[ref.param];
  if (value === undefined) throw new RuleConfigError(`parameteren «${ref.param}» er ikke satt i regelen`);
  return value;
}

export function readNumber(value: number | ParamRef, params: Params): number {
  if (typeof value === 'number') return value;
  const resolved = lookup(value, params);
  if (typeof resolved !== 'number' || !Number.isFinite(resolved)) {
    throw new RuleConfigError(`parameteren «${value.param}» skal være et tall`);
  }
  return resolved;
}

export function readOptionalNumber(value: number | ParamRef | undefined, params: Params): number | undefined {
  return value === undefined ? undefined : readNumber(value, params);
}

/**
 * One list per single-string parameter: the term search remembers its work per list object (terms.ts),
 * so a new `[value]` on every evaluation would search again and leave a new entry on every text each time.
 */
const singleTermLists = new Map<string, string[]>();

function singleTermList(term: string): readonly string[] {
  let list = singleTermLists.get(term);
  if (!list) {
    if (singleTermLists.size >= 1000) singleTermLists.clear();
    list = [term];
    singleTermLists.set(term, list);
  }
  return list;
}

export function readTerms(value: string[] | ParamRef, params: Params): readonly string[] {
  if (Array.isArray(value)) return value;
  const resolved = lookup(value, params);
  if (typeof resolved === 'string') return singleTermList(resolved);
  if (Array.isArray(resolved)) return resolved;
  throw new RuleConfigError(`parameteren «${value.param}» skal være en liste med ord eller uttrykk`);
}
