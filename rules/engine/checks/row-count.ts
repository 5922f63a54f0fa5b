import { readOptionalNumber } from '../params';
import { anchorRef, rowsAt } from '../scope';
import type { CheckOf, CheckRunner } from './types';

/** The number of rows of a group in scope («every delmål has at least one tiltak») is within `min`–`max`. */
export const checkRowCount: CheckRunner<CheckOf<'rowCount'>> = (check, scope, ctx) => {
  const count = rowsAt(scope, check.rows).length;
  const min = readOptionalNumber(check.min, ctx.params);
  const max = readOptionalNumber(check.max, ctx.params);
  const outside = (min !== undefined && count < min) || (max !== undefined && count > max);
  return outside ? [{ ref: anchorRef(scope) }] : [];
};
