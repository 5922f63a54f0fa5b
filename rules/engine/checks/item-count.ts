import { splitItems } from '../../text/items';
import { readOptionalNumber } from '../params';
import { refOf, selectField, textOf } from '../scope';
import type { CheckOf, CheckRunner } from './types';

/** The number of items listed in a field («Mor, far og skolen» is three) is within `min`–`max`. */
export const checkItemCount: CheckRunner<CheckOf<'itemCount'>> = (check, scope, ctx) => {
  const field = selectField(scope, check.field);
  const count = splitItems(textOf(field)).length;
  const min = readOptionalNumber(check.min, ctx.params);
  const max = readOptionalNumber(check.max, ctx.params);
  const outside = (min !== undefined && count < min) || (max !== undefined && count > max);
  return outside ? [{ ref: refOf(field, scope) }] : [];
};
