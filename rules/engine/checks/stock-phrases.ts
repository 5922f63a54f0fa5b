import { removeTerms } from '../../text/terms';
import { substantiveWordCount } from '../../text/words';
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
  const rest = removeTerms(field.value.text, readTerms(check.phrases, ctx.params));
  return substantiveWordCount(rest) >= readNumber(check.minOtherWords, ctx.params) ? [] : [{ ref: refOf(field, scope) }];
};
