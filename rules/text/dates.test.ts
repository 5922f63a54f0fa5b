import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDuration, ageOn, findDates, findDuration, formatIsoDate, parseIsoDate, periodEndIn, yearlessDateNear } from './dates';

const iso = (text: string) => findDates(text).map((d) => formatIsoDate(d.date));

describe('findDates', () => {
  it('reads the numeric Norwegian forms', () => {
    expect(iso('13.06.2023')).toEqual(['2023-06-13']);
    expect(iso('13.06.23')).toEqual(['2023-06-13']);
    expect(iso('1.2.2024')).toEqual(['2024-02-01']);
    expect(iso('13/06/2023')).toEqual(['2023-06-13']);
    expect(iso('2023-06-13')).toEqual(['2023-06-13']);
  });

  it('reads dates with month names, with or without the ordinal dot', () => {
    expect(iso('Møte 13. juni 2023')).toEqual(['2023-06-13']);
    expect(iso('5 feb. 2025')).toEqual(['2025-02-05']);
    expect(iso('3. Desember 2024')).toEqual(['2024-12-03']);
  });

  it('reads ranges with hyphen, en dash or «til»', () => {
    expect(iso('13.06.23–05.02.25')).toEqual(['2023-06-13', '2025-02-05']);
    expect(iso('13.06.23-05.02.25')).toEqual(['2023-06-13', '2025-02-05']);
    expect(iso('fra 13.06.2023 til 05.02.2024')).toEqual(['2023-06-13', '2024-02-05']);
    expect(iso('13.06 – 05.09.2023')).toEqual(['2023-06-13', '2023-09-05']);
  });

  it('takes a month without a day as its first day, or its last when it ends a range', () => {
    expect(iso('juni 2023 – mai 2024')).toEqual(['2023-06-01', '2024-05-31']);
  });

  it('takes a month as its last day after «utgangen av», «slutten av» or «ultimo»', () => {
    expect(iso('Evalueres innen utgangen av februar 2028.')).toEqual(['2028-02-29']);
    expect(iso('i slutten av juni 2025')).toEqual(['2025-06-30']);
    expect(iso('Ultimo mai 2025, og så i mars 2026')).toEqual(['2025-05-31', '2026-03-01']);
    expect(iso('ved utgangen av 12.03.2025')).toEqual(['2025-03-12']);
  });

  it('ignores impossible dates, times and long numbers', () => {
    expect(iso('31.02.2024')).toEqual([]);
    expect(iso('kl. 14.30')).toEqual([]);
    expect(iso('13062312345')).toEqual([]);
  });

  it('keeps two-digit years of parents born in the last century', () => {
    expect(iso('født 02.03.85')).toEqual(['1985-03-02']);
  });
});

describe('findDates: how caseworkers write dates', () => {
  it.each([
    ['Møte 1/3-2025 hjemme hos mor', ['2025-03-01']],
    ['Neste evaluering 1/3-25.', ['2025-03-01']],
    ['Planperiode 1/3-25 – 28/2-26', ['2025-03-01', '2026-02-28']],
    ['Født 2015.03.02', ['2015-03-02']],
    ['Samtale 1.jan.2025 på skolen', ['2025-01-01']],
    ['Møte mandag 3.mars 2025 kl. 10', ['2025-03-03']],
    ['Evaluering 1. mars -25', ['2025-03-01']],
    ['Evaluering 1.mars-25', ['2025-03-01']],
    ['Evaluering 1. mars 25.', ['2025-03-01']],
    ['Evaluering i mars -25', ['2025-03-01']],
    ["Evaluering i mars '25", ['2025-03-01']],
    ['Evaluering i mars ’25', ['2025-03-01']],
    ['Evaluering i mars 25', ['2025-03-01']],
    ['fra mars 25 til februar 26', ['2025-03-01', '2026-02-28']],
    ['Avlastning jul. 2025', ['2025-07-01']],
    ['Ferie 24. jul 2025', ['2025-07-24']],
  ])('«%s»', (text, expected) => {
    expect(iso(text)).toEqual(expected);
  });

  it.each([
    ['fra og med 1.3.2025 til og med 28.2.2026', ['2025-03-01', '2026-02-28']],
    ['frå januar 2025 til og med desember 2025', ['2025-01-01', '2025-12-31']],
    ['januar 2025 t.o.m. juni 2025', ['2025-01-01', '2025-06-30']],
    ['januar 2025 tom. juni 2025', ['2025-01-01', '2025-06-30']],
    ['1. mars – 28. februar 2026', ['2025-03-01', '2026-02-28']],
    ['1. mars til 28. februar 2026', ['2025-03-01', '2026-02-28']],
    ['1.–15. mars 2025', ['2025-03-01', '2025-03-15']],
    ['mars–juni 2025', ['2025-03-01', '2025-06-30']],
    ['1.3.–28.2.2026', ['2025-03-01', '2026-02-28']],
    ['1. mars - 25. april 2025', ['2025-03-01', '2025-04-25']],
    ['1. mai-12. juni 2025', ['2025-05-01', '2025-06-12']],
    ['mars 25 – februar 26', ['2025-03-01', '2026-02-28']],
  ])('reads the range «%s»', (text, expected) => {
    expect(iso(text)).toEqual(expected);
  });

  it.each([
    ['i løpet av mars 2025', '2025-03-01', '2025-03-01', '2025-03-31'],
    ['medio mars 2025', '2025-03-15', '2025-03-11', '2025-03-20'],
    ['midten av mars 2025', '2025-03-15', '2025-03-11', '2025-03-20'],
    ['primo april 2025', '2025-04-01', '2025-04-01', '2025-04-10'],
    ['uke 12 2025', '2025-03-17', '2025-03-17', '2025-03-23'],
    ['uke 12/2025', '2025-03-17', '2025-03-17', '2025-03-23'],
    ['veke 12 i 2025', '2025-03-17', '2025-03-17', '2025-03-23'],
    ['uke 1 2025', '2024-12-30', '2024-12-30', '2025-01-05'],
    ['uke 53 2020', '2020-12-28', '2020-12-28', '2021-01-03'],
    ['1. kvartal 2025', '2025-01-01', '2025-01-01', '2025-03-31'],
    ['fjerde kvartal 2025', '2025-10-01', '2025-10-01', '2025-12-31'],
    ['Q3 2025', '2025-07-01', '2025-07-01', '2025-09-30'],
    ['andre halvår 2025', '2025-07-01', '2025-07-01', '2025-12-31'],
    ['våren 2026', '2026-01-01', '2026-01-01', '2026-06-30'],
    ['sommaren 2025', '2025-06-01', '2025-06-01', '2025-08-31'],
    ['høsten 2025', '2025-08-01', '2025-08-01', '2025-12-31'],
    ['hausten 2025', '2025-08-01', '2025-08-01', '2025-12-31'],
  ])('keeps the days «%s» covers', (text, date, first, last) => {
    const [found] = findDates(text);
    expect(found && [formatIsoDate(found.date), formatIsoDate(found.span!.first), formatIsoDate(found.span!.last)]).toEqual([date, first, last]);
  });

  it('takes an imprecise time that ends a range as its last day', () => {
    expect(iso('fra høsten 2025 til våren 2026')).toEqual(['2025-08-01', '2026-06-30']);
    expect(iso('1. kvartal 2025 – 2. kvartal 2025')).toEqual(['2025-01-01', '2025-06-30']);
  });

  it.each([
    'uke 53 2025', 'uke 12', '3. halvår 2025', 'høst 2025', 'før jul 2025', 'i mars 25 timer',
    'i mai 12 ganger', 'i mars 25-30 timer', 'mai 10:00', '1. mars 25 personer', 'saksnr. 2024/12345', 'skoleåret 2025/26', '§ 4-4 andre ledd',
    'versjon 2025.1', 'tlf 22 33 44 55', 'fnr 13062312345', 'kr 12.500', 'kl. 09.00–11.00', '2-3 ganger per uke', '4/5 stilling',
  ])('reads no date in «%s»', (text) => {
    expect(iso(text)).toEqual([]);
  });

  it('reads «jul» without a day as Christmas, not July', () => {
    expect(iso('Avlastning i jul – 05.01.2026')).toEqual(['2026-01-05']);
  });
});

describe('findDates: any way of writing a day', () => {
  const NAMES = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
  const pad = (n: number) => String(n).padStart(2, '0');
  const forms: Array<(d: number, m: number, y: number) => string> = [
    (d, m, y) => `${d}.${m}.${y}`,
    (d, m, y) => `${pad(d)}.${pad(m)}.${pad(y % 100)}`,
    (d, m, y) => `${d}/${m}-${y}`,
    (d, m, y) => `${d}/${m}-${pad(y % 100)}`,
    (d, m, y) => `${y}-${pad(m)}-${pad(d)}`,
    (d, m, y) => `${d}. ${NAMES[m - 1]} ${y}`,
    (d, m, y) => `${d}.${NAMES[m - 1]!.toUpperCase()} ${y}`,
    (d, m, y) => `${d}. ${NAMES[m - 1]} -${pad(y % 100)}`,
  ];
  it('reads the same day in every form, inside a sentence', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2001-01-01'), max: new Date('2049-12-31'), noInvalidDate: true }), fc.nat(forms.length - 1), (when, f) => {
        const [d, m, y] = [when.getUTCDate(), when.getUTCMonth() + 1, when.getUTCFullYear()];
        expect(iso(`Neste evaluering er ${forms[f]!(d, m, y)}, hjemme hos mor.`)).toEqual([`${y}-${pad(m)}-${pad(d)}`]);
      }),
    );
  });
});

describe('findDuration and periodEndIn', () => {
  it.each([
    ['i 6 måneder', { months: 6 }],
    ['for ett år', { months: 12 }],
    ['et halvt år', { months: 6 }],
    ['tolv månader', { months: 12 }],
    ['18 mnd', { months: 18 }],
    ['18mnd', { months: 18 }],
    ['1,5 år', { months: 18 }],
    ['halvannet år', { months: 18 }],
    ['i åtte uker', { days: 56 }],
  ])('reads «%s»', (text, duration) => {
    expect(findDuration(text)?.duration).toEqual(duration);
  });

  it.each(['evalueres etter tre måneder', 'ny evaluering om tre måneder', 'evaluering hver 3. måned', 'innen to uker', 'i måneden', 'han er 12 år gammel', 'hun fyller 12 år'])(
    'reads no length of the plan in «%s»',
    (text) => expect(findDuration(text)).toBeUndefined(),
  );

  it('ends a period written as a start and a length at the start plus the length', () => {
    const end = (text: string) => { const m = periodEndIn(text); return m && formatIsoDate(m.date); };
    expect(end('01.03.2025, i 12 måneder')).toBe('2026-03-01');
    expect(end('Planen gjelder i 6 måneder fra 1. mars 2025')).toBe('2025-09-01');
    expect(end('01.03.2025–28.02.2026')).toBe('2026-02-28');
    expect(end('01.03.2025')).toBe('2025-03-01');
    expect(end('01.03.2025, evalueres etter tre måneder')).toBe('2025-03-01');
  });
});

describe('yearlessDateNear: a day without a year, read near the day the document is worked on (15.01.2026)', () => {
  const near = (text: string) => {
    const m = yearlessDateNear(text, parseIsoDate('2026-01-15')!);
    return m ? formatIsoDate(m.date) : undefined;
  };
  it.each([
    ['Neste evaluering: 15.04.', '2026-04-15'],
    ['den 3.5. hos mor', '2026-05-03'],
    ['evalueres innen 1. mars', '2026-03-01'],
    ['Møte 20. desember', '2025-12-20'],
    ['innen 14. mai', '2026-05-14'],
    ['15. sep.', '2025-09-15'],
  ])('«%s» → %s', (text, expected) => expect(near(text)).toBe(expected));

  it.each(['evalueres innen 1. september', 'innen 16. mai', '15.04', 'kl. 10.30', 'kl 12.05.', '30.02.', '12. juni 2026', 'Mål 1. Tiltak 2.', 'mai'])(
    'reads nothing in «%s» (too far from the day to know the year, a time, or no day)',
    (text) => expect(near(text)).toBeUndefined(),
  );
});

describe('date arithmetic', () => {
  it('adds months with the month end clamped', () => {
    expect(formatIsoDate(addDuration(parseIsoDate('2024-01-31')!, { months: 1 }))).toBe('2024-02-29');
    expect(formatIsoDate(addDuration(parseIsoDate('2023-06-13')!, { years: 1 }))).toBe('2024-06-13');
    expect(formatIsoDate(addDuration(parseIsoDate('2023-12-30')!, { days: 3 }))).toBe('2024-01-02');
  });

  it('counts age in completed years', () => {
    expect(ageOn(parseIsoDate('2020-06-13')!, parseIsoDate('2023-06-12')!)).toBe(2);
    expect(ageOn(parseIsoDate('2020-06-13')!, parseIsoDate('2023-06-13')!)).toBe(3);
  });
});
