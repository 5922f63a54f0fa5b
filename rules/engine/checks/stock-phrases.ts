import { findTerms, nonOverlapping } from '../../text/terms';
import { substantiveWordCountOutside } from '../../text/words';
import { readNumber, readTerms } from '../params';
import { hasContent, refOf, selectField } from '../scope';
import type { CheckOf, CheckRunner } from './types';

/**
 * The text says more than stock phrases: with every phrase cut out, at least `minOtherWords` content words
 * remain («Tiltaket anses å være til barnets beste.» leaves almost nothing). An empty field passes: whether
 * it must be filled in is a `present` check's job.
 */
export const checkNotOnlyStockPhrases: CheckRunner<CheckOf<'notOnlyStockPhrases'>> = (check, scope, ctx) => {
  const field = selectField(scope, check.field);
  if (!field.value || !hasContent(field.value)) return [];
  const text = field.value.text;
  const phrases = nonOverlapping(findTerms(text, readTerms(check.phrases, ctx.params)));
  return substantiveWordCountOutside(text, phrases) >= readNumber(check.minOtherWords, ctx.params) ? [] : [{ ref: refOf(field, scope) }];
};
