import type { Condition } from '../pack/schema';
import { mentionsAny } from '../text/terms';
import type { CheckContext } from './context';
import { childAge, endsMeasure } from './document-facts';
import { readOptionalNumber, readTerms } from './params';
import { hasContent, selectField, textOf, type Scope } from './scope';

/**
 * Whether a rule's or check's condition holds. Every key given must hold (an empty condition always does).
 * An unknown age never satisfies `childAge`; write `not: { childAge: { max: 3 } }` for «unless known to be
 * under 4», which then also applies when the birth date is missing.
 */
export function conditionHolds(condition: Condition, scope: Scope, ctx: CheckContext): boolean {
  if (condition.childAge) {
    const age = childAge(scope.document, ctx.today);
    const min = readOptionalNumber(condition.childAge.min, ctx.params);
    const max = readOptionalNumber(condition.childAge.max, ctx.params);
    if (age === undefined || (min !== undefined && age < min) || (max !== undefined && age > max)) return false;
  }
  if (condition.endsMeasure !== undefined && endsMeasure(scope) !== condition.endsMeasure) return false;
  if (condition.fieldPresent !== undefined) {
    const field = selectField(scope, condition.fieldPresent);
    if (!field.value || !hasContent(field.value)) return false;
  }
  if (condition.fieldMentions) {
    const text = textOf(selectField(scope, condition.fieldMentions.field));
    if (!mentionsAny(text, readTerms(condition.fieldMentions.terms, ctx.params))) return false;
  }
  if (condition.not && conditionHolds(condition.not, scope, ctx)) return false;
  if (condition.all && !condition.all.every((c) => conditionHolds(c, scope, ctx))) return false;
  if (condition.any && !condition.any.some((c) => conditionHolds(c, scope, ctx))) return false;
  return true;
}
