import * as z from 'zod/mini';
import { calendarDateOf, formatIsoDate, parseIsoDate } from '../rules/text/dates';
import { InputError } from './input-error';

const IsoDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/),
  z.refine((s) => parseIsoDate(s) !== null),
);

/** The `--today` option: a real calendar date `YYYY-MM-DD`; default the local date today. */
export function resolveToday(option: string | undefined, now: Date = new Date()): string {
  if (option === undefined) return formatIsoDate(calendarDateOf(now));
  if (!IsoDateSchema.safeParse(option).success) {
    throw new InputError(`Ugyldig dato for --today: «${option}». Bruk formen ÅÅÅÅ-MM-DD, for eksempel 2026-11-23.`);
  }
  return option;
}
