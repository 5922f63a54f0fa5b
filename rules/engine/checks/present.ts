import { substantiveWordCount } from '../../text/words';
import { readOptionalNumber } from '../params';
import { refOf, selectField } from '../scope';
import type { CheckOf, CheckRunner } from './types';

/**
 * The field is there and says something: not empty, not only placeholders or filler («-», «x», «[navn]»),
 * and, when asked, at least `minWords` content words and `minChars` characters. A ticked checkbox counts as
 * present when no length is asked for.
 */
export const checkPresent: CheckRunner<CheckOf<'present'>> = (check, scope, ctx) => {
  const field = selectField(scope, check.field);
  const violation = [{ ref: refOf(field, scope) }];
  if (!field.value) return violation;
  const minWords = readOptionalNumber(check.minWords, ctx.params);
  const minChars = readOptionalNumber(check.minChars, ctx.params);
  if (field.value.checked === true && minWords === undefined && minChars === undefined) return [];
  const words = substantiveWordCount(field.value.text);
  if (words === 0) return violation;
  if (minWords !== undefined && words < minWords) return violation;
  if (minChars !== undefined && field.value.text.trim().length < minChars) return violation;
  return [];
};
