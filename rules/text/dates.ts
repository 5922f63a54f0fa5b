import { analysed, type Derivation } from './analysed-text';
/**
 * Norwegian dates in free text, as calendar dates (no time, no time zone). Reads `13.06.2023`, `13.06.23`,
 * `1.2.2024`, `13/06/2023`, `2023-06-13`, `13. juni 2023`, `13 jun. 2023`, `juni 2023`, and ranges written
 * with `-`, `–`, `—` or «til» (`13.06.23–05.02.25`, `13.06 – 05.09.2023`). A two-digit year is 20yy up to 50,
 * else 19yy (birth dates of parents in the 1980s stay right).
 */
export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}
export interface DateMention {
  date: CalendarDate;
  start: number;
  end: number;
}
export interface Duration {
  years?: number;
  months?: number;
  days?: number;
}

const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, februar: 2, feb: 2, mars: 3, mar: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6, juli: 7,
  jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11,
  desember: 12, des: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n <= 50 ? 2000 + n : 1900 + n) : n;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function makeDate(year: number, month: number, day: number): CalendarDate | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** `YYYY-MM-DD` → a date, or null. */
export function parseIsoDate(iso: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso.trim());
  return m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function formatIsoDate(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Today in the local calendar (the caseworker's day), or a given Date's local day. */
export function calendarDateOf(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** Not part of a longer number (a fødselsnummer, a version); a dash before or after may start or end a range. */
const NOT_DIGIT_BEFORE = String.raw`(?<!\p{N}|\p{N}[.,/:])`;
const NOT_DIGIT_AFTER = String.raw`(?!\p{N}|[.,/]\p{N})`;
const NUMERIC = String.raw`(\d{1,2})(?<sep>[./-])(\d{1,2})\k<sep>(\d{4}|\d{2})`;
const ISO = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const WRITTEN = String.raw`(\d{1,2})\.?\s*(${MONTH_NAMES})\.?,?\s+(\d{4})`;
const MONTH_YEAR = String.raw`(?<!\p{L})(${MONTH_NAMES})\.?\s+(\d{4})`;
/** A range's first half may leave out the year («13.06 – 05.09.2023», «13. – 20. juni 2023» is not covered). */
const DAY_MONTH = String.raw`(\d{1,2})\.(\d{1,2})\.?`;
const DASH = String.raw`\s*(?:[-–—]|til)\s*`;

const DATE_RE = new RegExp(
  `${NOT_DIGIT_BEFORE}(?:${ISO}|${NUMERIC}|${WRITTEN}|${MONTH_YEAR})${NOT_DIGIT_AFTER}`,
  'giu',
);
const RANGE_TAIL = new RegExp(`${DASH}$`, 'u');
/** «innen utgangen av mars 2025», «i slutten av juni», «ultimo mai»: a month meant as its last day. */
const MONTH_END_BEFORE = /(?:(?:utgangen|slutten|enden)\s+av|ultimo)\s*$/iu;
const OPEN_RANGE_RE = new RegExp(`${NOT_DIGIT_BEFORE}${DAY_MONTH}(?=${DASH}\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})`, 'gu');

function dateFromMatch(m: RegExpExecArray, rangeEnd: boolean): CalendarDate | null {
  if (m[1]) return makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (m[4]) return makeDate(fullYear(m[7]!), Number(m[6]), Number(m[4]));
  if (m[8]) return makeDate(Number(m[10]), MONTHS[m[9]!.toLowerCase()]!, Number(m[8]));
  if (m[11]) {
    const year = Number(m[12]);
    const month = MONTHS[m[11].toLowerCase()]!;
    return makeDate(year, month, rangeEnd ? daysInMonth(year, month) : 1);
  }
  return null;
}

const DATES: Derivation<readonly DateMention[]> = (a) => findDates(a.text);

/** `findDates`, kept with the text's analysis (rules read the same date fields on every check). */
export function datesIn(text: string): readonly DateMention[] {
  return analysed(text).get(DATES);
}

/**
 * Every date written in the text, in order. A month without a day is its first day, or its last when it ends
 * a range or follows «utgangen av», «slutten av» or «ultimo».
 */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const endsRange = found.length > 0 && RANGE_TAIL.test(text.slice(found.at(-1)!.end, m.index));
    // Only a month without a day (MONTH_YEAR, group 11) can mean its last day.
    const monthEnd = m[11] !== undefined && MONTH_END_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
    const date = dateFromMatch(m as RegExpExecArray, endsRange || monthEnd);
    if (date) found.push({ date, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(OPEN_RANGE_RE)) {
    const next = found.find((d) => d.start > m.index);
    if (!next) continue;
    let date = makeDate(next.date.year, Number(m[2]), Number(m[1]));
    if (date && compareDates(date, next.date) > 0) date = makeDate(next.date.year - 1, Number(m[2]), Number(m[1]));
    if (date) found.push({ date, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Calendar arithmetic: 31 January + 1 month is 28/29 February (the month's last day), as in date-fns. */
export function addDuration(d: CalendarDate, duration: Duration): CalendarDate {
  const totalMonths = d.year * 12 + (d.month - 1) + (duration.years ?? 0) * 12 + (duration.months ?? 0);
  const year = Math.floor(totalMonths / 12);
  const month = (totalMonths % 12) + 1;
  const day = Math.min(d.day, daysInMonth(year, month));
  const shifted = new Date(Date.UTC(year, month - 1, day + (duration.days ?? 0)));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Age in completed years on a given day. */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}
