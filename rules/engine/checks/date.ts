import type { z } from 'zod/mini';
import type { DateOperandSchema, DurationSchema } from '../../pack/schema';
import {
  addDuration, compareDates, datesIn, periodEndIn, yearlessDateNear, type CalendarDate, type DateMention, type Duration,
} from '../../text/dates';
import type { CheckContext, Violation } from '../context';
import { readOptionalNumber } from '../params';
import { anchorRef, refOf, selectField, type Scope } from '../scope';
import type { CheckOf, CheckRunner } from './types';

/**
 * Date arithmetic between fields and today: `to` is at most `max` and at least `min` after `from`.
 * «Planperiode ≤ 12 months» is from planperiodeFra to planperiodeTil with max 12 months; «plan not expired»
 * is from planperiodeTil to today with max 0 days. A field operand reads the first (or last) date written
 * in the field, so one field can hold a whole range («13.06.23–05.02.25»). A list of operands takes the
 * first that gives a date. A finding points at the `to` field, else the `from` field, with the date's range.
 * `pick: 'last'` on a field with only a start and a length («01.03.2025, i 12 måneder») reads start + length.
 * An imprecise date (a month, a quarter, a season) is read the way that favours the text: «neste evaluering
 * april 2026» is not overdue before May, nor more than three months after 10.01.2026 (dates.ts, `span`).
 * Both ends from the same words («planperiode: mars 2026») are one date, not a period.
 * A date without a year («15.04.») is read near today (dates.ts, `yearlessDateNear`).
 */
type Operand = z.infer<typeof DateOperandSchema>;

interface Resolved {
  date?: CalendarDate;
  earliest?: CalendarDate;
  latest?: CalendarDate;
  ref?: string;
  range?: { start: number; end: number };
}

function resolveOne(operand: Operand, scope: Scope, ctx: CheckContext): Resolved {
  if (operand === 'today') return { date: ctx.today };
  const field = selectField(scope, operand.field);
  const text = field.value?.text ?? '';
  const mention: DateMention | undefined =
    (operand.pick === 'last' ? periodEndIn(text) : datesIn(text)[0]) ?? yearlessDateNear(text, ctx.today, operand.pick);
  const ref = refOf(field, scope);
  if (!mention) return { ref };
  const { date, span, start, end } = mention;
  return { date, earliest: span?.first ?? date, latest: span?.last ?? date, ref, range: { start, end } };
}

function resolve(operands: Operand | Operand[], scope: Scope, ctx: CheckContext): Resolved {
  const list = Array.isArray(operands) ? operands : [operands];
  const resolved = list.map((o) => resolveOne(o, scope, ctx));
  return resolved.find((r) => r.date) ?? resolved.find((r) => r.ref) ?? {};
}

function duration(value: z.infer<typeof DurationSchema>, ctx: CheckContext): Duration {
  return {
    years: readOptionalNumber(value.years, ctx.params),
    months: readOptionalNumber(value.months, ctx.params),
    days: readOptionalNumber(value.days, ctx.params),
  };
}

export const checkDate: CheckRunner<CheckOf<'date'>> = (check, scope, ctx) => {
  const from = resolve(check.from, scope, ctx);
  const to = resolve(check.to, scope, ctx);
  if (!from.date || !to.date) {
    if (check.whenMissing !== 'report') return [];
    const missing = !to.date && to.ref ? to : !from.date && from.ref ? from : undefined;
    return [{ ref: missing?.ref ?? anchorRef(scope) }];
  }
  const same = from.ref !== undefined && from.ref === to.ref && from.range?.start === to.range?.start;
  const early = (r: Resolved) => (same ? r.date : r.earliest ?? r.date)!;
  const late = (r: Resolved) => (same ? r.date : r.latest ?? r.date)!;
  const tooLate = check.max && compareDates(early(to), addDuration(late(from), duration(check.max, ctx))) > 0;
  const tooEarly = check.min && compareDates(late(to), addDuration(early(from), duration(check.min, ctx))) < 0;
  if (!tooLate && !tooEarly) return [];
  const at = to.ref ? to : from;
  const violation: Violation = { ref: at.ref ?? anchorRef(scope) };
  if (at.range) violation.range = at.range;
  return [violation];
};
