import { countDistinctTerms, findTerms } from '../../text/terms';
import { readNumber, readTerms } from '../params';
import { refOf, selectField, textOf } from '../scope';
import type { CheckOf, CheckRunner } from './types';

/**
 * require: the field mentions at least `min` different terms (default 1); a missing field does not.
 * forbid: none of the terms occurs; each occurrence is reported with its range.
 */
export const checkMentions: CheckRunner<CheckOf<'mentions'>> = (check, scope, ctx) => {
  const field = selectField(scope, check.field);
  const terms = readTerms(check.terms, ctx.params);
  const text = textOf(field);
  const ref = refOf(field, scope);
  if (check.mode === 'forbid') {
    return findTerms(text, terms).map((m) => ({ ref, range: { start: m.start, end: m.end } }));
  }
  const min = check.min === undefined ? 1 : readNumber(check.min, ctx.params);
  return countDistinctTerms(text, terms) >= min ? [] : [{ ref }];
};
