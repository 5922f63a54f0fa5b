import type { Check } from '../../pack/schema';
import { conditionHolds } from '../conditions';
import type { CheckContext, Violation } from '../context';
import { rowScope, rowsAt, type Scope } from '../scope';
import { checkChildVoice } from './child-voice';
import { checkDate } from './date';
import { checkItemCount } from './item-count';
import { checkMentions } from './mentions';
import { checkPattern } from './pattern';
import { checkPresent } from './present';
import { checkRowCount } from './row-count';
import { checkNotOnlyStockPhrases } from './stock-phrases';

/** Runs a check (and the checks it combines) in a scope; returns where the document falls short. */
export function runCheck(check: Check, scope: Scope, ctx: CheckContext): Violation[] {
  switch (check.type) {
    case 'present':
      return checkPresent(check, scope, ctx);
    case 'mentions':
      return checkMentions(check, scope, ctx);
    case 'notOnlyStockPhrases':
      return checkNotOnlyStockPhrases(check, scope, ctx);
    case 'childVoice':
      return checkChildVoice(check, scope, ctx);
    case 'date':
      return checkDate(check, scope, ctx);
    case 'itemCount':
      return checkItemCount(check, scope, ctx);
    case 'rowCount':
      return checkRowCount(check, scope, ctx);
    case 'pattern':
      return checkPattern(check, scope, ctx);
    case 'forEach':
      return rowsAt(scope, check.rows).flatMap((row) => runCheck(check.check, rowScope(row, ctx.document), ctx));
    case 'allOf':
      return check.checks.flatMap((c) => runCheck(c, scope, ctx));
    case 'oneOf': {
      let first: Violation[] | undefined;
      for (const c of check.checks) {
        const violations = runCheck(c, scope, ctx);
        if (violations.length === 0) return [];
        first ??= violations;
      }
      return first ?? [];
    }
    case 'when':
      return conditionHolds(check.condition, scope, ctx) ? runCheck(check.check, scope, ctx) : [];
  }
}
