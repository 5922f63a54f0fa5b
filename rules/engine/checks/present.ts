import { hasWrittenContent, substantiveWordCount } from '../../text/words';
import { readOptionalNumber } from '../params';
import { refOf, selectField } from '../scope';
import type { CheckOf, CheckRunner } from './types';

/**
 * The field is there and filled in: not empty, not only placeholders or filler («-», «x», «[navn]»; a date
 * or «Nei» is filled in), and, when asked, at least `minWords` content words and `minChars` characters. A ticked checkbox counts as
 * present when no length is asked for.
 */
export const checkPresent: CheckRunner<CheckOf<'present'>> = (check, scope, ctx) => {
  const field = selectField(scope, check.field);
  const violation = [{ ref: refOf(field, scope) }];
  if (!field.value) return violation;
  const minWords = readOptionalNumber(check.minWords, ctx.params);
  const minChars = readOptionalNumber(check.minChars, ctx.params);
  if (field.value.checked === true && minWords === undefined && minChars === undefined) return [];
  if (!hasWrittenContent(field.value.text)) return violation;
  if (minWords !== undefined && substantiveWordCount(field.value.text) < minWords) return violation;
  if (minChars !== undefined && field.value.text.trim().length < minChars) return violation;
  return [];
};
