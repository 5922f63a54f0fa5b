import { analysed, type Derivation } from './analysed-text';
/**
 * Norwegian dates in free text, as calendar dates (no time, no time zone). Reads `13.06.2023`, `13.06.23`,
 * `1.2.2024`, `13/06/2023`, `1/3-25`, `2023-06-13`, `2023.06.13`, `13. juni 2023`, `13 jun. 2023`, `1.mars-25`,
 * `juni 2023`, `juni -23`, and ranges written with `-`, `–`, `—`, «til», «til og med» or «t.o.m.»
 * (`13.06.23–05.02.25`, `13.06 – 05.09.2023`, `1. mars – 28. februar 2026`, `mars–juni 2025`). A two-digit
 * year is 20yy up to 50, else 19yy (birth dates of parents in the 1980s stay right); after a month name
 * without `-` or `'` it must end the phrase («mars 25.», not «i mars 25 timer»).
 *
 * Imprecise times keep the days they cover (`span`), never an invented exact day: a month; «medio mars»
 * (11th–20th) and «primo april» (1st–10th); a week («uke 12 2025», ISO weeks, Monday to Sunday); a quarter
 * or half-year («1. kvartal 2025», «Q3 2025», «andre halvår 2025»); a season read widely, as the school
 * year does: «våren» January–June, «sommeren» June–August, «høsten» August–December («vinteren» is left
 * out: which year it belongs to is unclear). A date without a year («15.04.», «1. september») is not read
 * here; `yearlessDateNear` reads one within four months of a given day.
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
  /** For an imprecise date (a month, week, quarter or season): the first and last day it covers. */
  span?: { first: CalendarDate; last: CalendarDate };
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
/** `2023-06-13`, `2023.06.13`. */
const ISO = String.raw`(?<iy>\d{4})(?<is>[-.])(?<im>\d{2})\k<is>(?<id>\d{2})`;
/** `13.06.2023`, `13/06/23`, `13-06-2023`, and the handwritten `1/3-2025`, `1/3-25`. */
const NUMERIC = String.raw`(?<nd>\d{1,2})(?<ns>[./-])(?<nm>\d{1,2})(?:\k<ns>|(?<=\/\d\d?)-)(?<ny>\d{4}|\d{2})`;
/** A year after a month name: `2025`, `-25`, `'25`, `’25`, or a bare `25` (see BARE_YEAR_FOLLOW). */
const yearAfter = (p: string) => String.raw`\s*(?:(?<${p}4>\d{4})|(?<${p}q>['’-])?(?<${p}2>\d{2}))`;
const WRITTEN = String.raw`(?<wd>\d{1,2})\.?\s*(?<wm>${MONTH_NAMES})\.?,?${yearAfter('w')}`;
const MONTH_YEAR = String.raw`(?<mm>${MONTH_NAMES})(?<mdot>\.)?,?${yearAfter('m')}`;
/** Imprecise periods: `uke 12 2025`, `veke 12/2025`, `1. kvartal 2025`, `Q1 2025`, `første halvår 2025`, `høsten 2025`. */
const WEEK = String.raw`(?:uke|veke)\s*(?<wk>\d{1,2})(?:\s*[/,-]\s*|\s+(?:i\s+)?)(?<wky>\d{4})`;
const ORDINAL = 'første|fyrste|andre|tredje|fjerde';
const QUARTER = String.raw`(?:(?:(?<qn>[1-4])\.\s*|(?<qw>${ORDINAL})\s+)(?<qh>kvartal|halvår)(?:et)?(?:\s+i)?|q(?<qq>[1-4])\s*[-/]?)\s*(?<qy>\d{4})`;
const SEASON = String.raw`(?<sn>vår|sommer|sommar|høst|haust)(?:en|semesteret|halvåret)(?:\s+i)?\s+(?<sy>\d{4})`;
/**
 * A range's first half may leave out the year, or the month and year: `13.06 – 05.09.2023`,
 * `1. mars – 28. februar 2026`, `1.–15. mars 2025`, `mars–juni 2025`.
 */
const OPEN_START = String.raw`(?:(?<od>\d{1,2})\.(?<om>\d{1,2})\.?|(?<owd>\d{1,2})\.?\s*(?<owm>${MONTH_NAMES})\.?|(?<oday>\d{1,2})\.|(?<!\p{L})(?<omo>${MONTH_NAMES})\.?)`;
const DASH = String.raw`\s*(?:[-–—]|(?<!\p{L})(?:til(?:\s+og\s+med)?|t\.\s?o\.\s?m\.?|tom\.?))\s*`;

/** At a word's start, not after a number and a dot (the look-ahead lets most positions fail fast). */
const WORD_START = String.raw`(?=[\p{L}\p{N}])(?<![\p{L}\p{N}]|\p{N}[.,/:])`;
const DATE_RE = new RegExp(
  `${WORD_START}(?:${ISO}|${NUMERIC}|${WRITTEN}|${MONTH_YEAR}|${WEEK}|${QUARTER}|${SEASON})${NOT_DIGIT_AFTER}`,
  'giu',
);
const RANGE_TAIL = new RegExp(`${DASH}$`, 'iu');
const OPEN_RANGE_RE = new RegExp(`${NOT_DIGIT_BEFORE}${OPEN_START}(?=(?<odash>${DASH})[\\p{L}\\p{N}])`, 'giu');
/** «innen utgangen av mars 2025», «i slutten av juni», «ultimo mai»: a month meant as its last day. */
const MONTH_END_BEFORE = /(?:(?:utgangen|slutten|enden)\s+av|ultimo)\s*$/iu;
/** «medio mars», «midt i mars», «midten av mars»: its middle third; «primo», «i starten/begynnelsen av»: its first. */
const MONTH_PART_BEFORE = /(?:(medio|midt\s+i|midten\s+av)|(primo|starten\s+av|begynnelsen\s+av|byrjinga\s+av))\s*$/iu;
/** After a bare two-digit year («mars 25»): the end, punctuation or a range, not a count («i mai 12 timer»). */
const BARE_YEAR_FOLLOW = /^\s*(?:$|[.,;!?)\]]|[-–—]\s*\p{L}|til(?!\p{L}))/u;
/** A two-digit «year» that is the next day of a range («1. mai-12. juni»). */
const DAY_NOT_YEAR = /^\.\s?\p{Ll}/u;
const QUARTER_ORDINALS: Record<string, number> = { første: 1, fyrste: 1, andre: 2, tredje: 3, fjerde: 4 };
/** First and last month of a season, read widely (a vague time must not give a warning before it is over). */
const SEASONS: Record<string, [number, number]> = { vår: [1, 6], sommer: [6, 8], sommar: [6, 8], høst: [8, 12], haust: [8, 12] };

type Groups = Record<string, string | undefined>;
interface Span { first: CalendarDate; last: CalendarDate }

function monthSpan(year: number, first: number, last = first): Span | null {
  const a = makeDate(year, first, 1);
  const b = makeDate(year, last, daysInMonth(year, last));
  return a && b ? { first: a, last: b } : null;
}

/** ISO week: Monday to Sunday, week 1 holds the year's first Thursday. */
function weekSpan(year: number, week: number): Span | null {
  if (week < 1 || week > 53) return null;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(Date.UTC(year, 0, 4 - ((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7));
  const first = calendarDateOfUtc(monday);
  const last = addDuration(first, { days: 6 });
  if (week === 53 && addDuration(last, { days: -3 }).year !== year) return null;
  return { first, last };
}

function calendarDateOfUtc(d: Date): CalendarDate {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function yearOf(g: Groups, p: string, text: string, end: number): number | null {
  if (g[`${p}4`]) return Number(g[`${p}4`]);
  const after = text.slice(end, end + 6);
  if (DAY_NOT_YEAR.test(after) || (!g[`${p}q`] && !BARE_YEAR_FOLLOW.test(after))) return null;
  return fullYear(g[`${p}2`]!);
}

/** The exact day a match names, or the span of days an imprecise one covers (a month, week, quarter, season). */
function readMatch(g: Groups, text: string, end: number): CalendarDate | Span | null {
  if (g.iy) return makeDate(Number(g.iy), Number(g.im), Number(g.id));
  if (g.nd) return makeDate(fullYear(g.ny!), Number(g.nm), Number(g.nd));
  if (g.wd) {
    const year = yearOf(g, 'w', text, end);
    return year === null ? null : makeDate(year, MONTHS[g.wm!.toLowerCase()]!, Number(g.wd));
  }
  if (g.mm) {
    // «jul 2025» is Christmas; July without a day is written out or with the abbreviation's dot.
    if (g.mm.toLowerCase() === 'jul' && !g.mdot) return null;
    const year = yearOf(g, 'm', text, end);
    return year === null ? null : monthSpan(year, MONTHS[g.mm.toLowerCase()]!);
  }
  if (g.wk) return weekSpan(Number(g.wky), Number(g.wk));
  if (g.qy) {
    const n = Number(g.qn ?? g.qq ?? 0) || QUARTER_ORDINALS[g.qw!.toLowerCase()]!;
    const months = g.qh?.toLowerCase() === 'halvår' ? 6 : 3;
    return n * months > 12 ? null : monthSpan(Number(g.qy), (n - 1) * months + 1, n * months);
  }
  if (g.sn) {
    const [first, last] = SEASONS[g.sn.toLowerCase()]!;
    return monthSpan(Number(g.sy), first, last);
  }
  return null;
}

function isSpan(read: CalendarDate | Span): read is Span {
  return 'first' in read;
}

/** A month named with «medio» or «primo» before it: its middle or first third. */
function monthPart(span: Span, before: string): Span {
  const part = MONTH_PART_BEFORE.exec(before);
  if (!part) return span;
  const { year, month } = span.first;
  return part[1] ? { first: { year, month, day: 11 }, last: { year, month, day: 20 } } : { first: span.first, last: { year, month, day: 10 } };
}

const DATES: Derivation<readonly DateMention[]> = (a) => findDates(a.text);

/** `findDates`, kept with the text's analysis (rules read the same date fields on every check). */
export function datesIn(text: string): readonly DateMention[] {
  return analysed(text).get(DATES);
}

/**
 * Every date written in the text, in order. An imprecise one (a month, a week, a quarter, a season) keeps
 * the days it covers in `span`, and its `date` is the first of them, or the last when it ends a range; a
 * month after «utgangen av», «slutten av» or «ultimo» is its last day (exact), after «medio» its 15th.
 * Checks compare with the span's end that favours the text (date.ts), so a vague time is not warned about
 * before it is over. A date without a year («1. september», «uke 12») is not read.
 */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const end = m.index + m[0].length;
    const read = readMatch(m.groups!, text, end);
    // Not a date after all («1. mai-12. juni»): what it took may hold one, so search on from its next character.
    if (!read) {
      DATE_RE.lastIndex = m.index + 1;
      continue;
    }
    const mention: DateMention = isSpan(read) ? spanMention(read, m, text) : { date: read, start: m.index, end };
    const previous = found.at(-1);
    if (previous && mention.span && RANGE_TAIL.test(text.slice(Math.max(previous.end, m.index - 24), m.index))) {
      mention.date = mention.span.last;
    }
    found.push(mention);
  }
  for (const m of text.matchAll(OPEN_RANGE_RE)) {
    const end = m.index + m[0].length;
    const nextStart = end + m.groups!.odash!.length;
    const next = found.find((d) => d.start >= end);
    if (!next || next.start !== nextStart || found.some((d) => d.start < end && d.end > m.index)) continue;
    const open = openStart(m.groups!, next.date);
    if (!open) continue;
    found.push({ ...open, start: m.index, end });
    if (next.span) next.date = next.span.last;
  }
  return found.sort((a, b) => a.start - b.start);
}

function spanMention(span: Span, m: RegExpExecArray, text: string): DateMention {
  const start = m.index;
  const end = start + m[0].length;
  if (m.groups!.mm) {
    const before = text.slice(Math.max(0, start - 24), start);
    if (MONTH_END_BEFORE.test(before)) return { date: span.last, start, end };
    const part = monthPart(span, before);
    if (part !== span) return { date: part.first.day === 11 ? { ...part.first, day: 15 } : part.first, span: part, start, end };
  }
  return { date: span.first, span, start, end };
}

/** The first half of a range without a year: in the year of the second half, or the year before. */
function openStart(g: Groups, next: CalendarDate): { date: CalendarDate; span?: Span } | null {
  const day = Number(g.od ?? g.owd ?? g.oday ?? 1);
  if (g.omo?.toLowerCase() === 'jul') return null; // «jul» is Christmas
  const month = g.om ? Number(g.om) : g.owm ? MONTHS[g.owm.toLowerCase()]! : g.omo ? MONTHS[g.omo.toLowerCase()]! : next.month;
  let year = next.year;
  let date = makeDate(year, month, day);
  if (date && compareDates(date, next) > 0) date = g.oday ? null : makeDate(--year, month, day);
  if (!date) return null;
  const span = g.omo ? monthSpan(year, month) : null;
  return span ? { date, span } : { date };
}

/** A day without a year: «15.04.», «15. april», «15 apr.» (not «15.04», which may be a time). */
const YEARLESS_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}]|\p{N}[.,/:]|kl\.?\s?)(?:(?<d>\d{1,2})\.(?<m>\d{1,2})\.|(?<wd>\d{1,2})\.?\s*(?<wm>${MONTH_NAMES})(?!\p{L}))(?!\s?\p{N})`,
  'giu',
);
const YEARLESS: Derivation<ReadonlyArray<{ month: number; day: number; start: number; end: number }>> = (a) =>
  [...a.text.matchAll(YEARLESS_RE)].map((m) => {
    const g = m.groups!;
    const month = g.m ? Number(g.m) : MONTHS[g.wm!.toLowerCase()]!;
    return { month, day: Number(g.d ?? g.wd), start: m.index, end: m.index + m[0].length };
  });
/** How far from the reference day a date without a year may be read: further off, its year is a guess. */
const YEARLESS_MONTHS = 4;

/**
 * A date written without a year («Neste evaluering: 15.04.», «evalueres innen 1. september»), in the year
 * that puts it nearest the reference day (the day the document is worked on), and only when that is within
 * four months of it; undefined otherwise, or when the text holds no such day.
 */
export function yearlessDateNear(text: string, reference: CalendarDate, pick: 'first' | 'last' = 'first'): DateMention | undefined {
  const list = analysed(text).get(YEARLESS);
  const found = pick === 'last' ? list.at(-1) : list[0];
  if (!found) return undefined;
  const from = addDuration(reference, { months: -YEARLESS_MONTHS });
  const to = addDuration(reference, { months: YEARLESS_MONTHS });
  for (const year of [reference.year, reference.year + 1, reference.year - 1]) {
    const date = makeDate(year, found.month, found.day);
    if (date && compareDates(date, from) >= 0 && compareDates(date, to) <= 0) return { date, start: found.start, end: found.end };
  }
  return undefined;
}

const NUMBER_WORDS: Record<string, number> = {
  en: 1, ett: 1, et: 1, ein: 1, eitt: 1, ei: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9,
  ti: 10, elleve: 11, tolv: 12, atten: 18, tjuefire: 24, 'et halvt': 0.5, 'eit halvt': 0.5, halvannet: 1.5, halvannen: 1.5,
  halvanna: 1.5,
};
const NUMBER_WORD_NAMES = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|').replace(/ /gu, String.raw`\s+`);
/**
 * A length of time: «i 6 måneder», «for ett år», «et halvt år», «tolv månader», «18 mnd», «1,5 år». Not one
 * that says when something happens within it («evalueres etter tre måneder», «hver 3. måned», «innen to uker»),
 * nor an age («12 år gammel», «fyller 12 år»).
 */
const DURATION_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<!(?:etter|om|innen|innan|hver|hvert|kvar|kvart|siste|første|fyrste|fyller|fylte|fyllte)\s)(?<n>\d{1,2}(?:[.,]5)?|${NUMBER_WORD_NAMES})\s*(?<u>år|måneder|månader|måned|månad|mnd|md|uker|veker|uke|veke|dager|dagar|dag)(?!\p{L}|\s+gam[lm])`,
  'iu',
);

/** The first length of time written in the text, or undefined. */
export function findDuration(text: string): { duration: Duration; start: number; end: number } | undefined {
  const m = DURATION_RE.exec(text);
  if (!m) return undefined;
  const word = m.groups!.n!.toLowerCase().replace(/\s+/gu, ' ');
  const n = NUMBER_WORDS[word] ?? Number(word.replace(',', '.'));
  const unit = m.groups!.u!.toLowerCase();
  const duration: Duration = unit === 'år' ? { months: n * 12 } : unit.startsWith('m') ? { months: n } : unit.startsWith('d') ? { days: n } : { days: n * 7 };
  if (!Object.values(duration).every(Number.isInteger)) return undefined;
  return { duration, start: m.index, end: m.index + m[0].length };
}

/**
 * A period's end: its last date, or, when only its start is written with a length («01.03.2025, i 12 måneder»,
 * «fra 1. mars 2025 og et halvt år fram»), the start plus that length (the mention is the length's words).
 */
export function periodEndIn(text: string): DateMention | undefined {
  const dates = datesIn(text);
  if (dates.length !== 1) return dates.at(-1);
  const length = findDuration(text);
  if (!length) return dates[0];
  return { date: addDuration(dates[0]!.date, length.duration), start: length.start, end: length.end };
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
