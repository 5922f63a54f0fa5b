import { describe, expect, it } from 'vitest';
import { addDuration, ageOn, findDates, formatIsoDate, parseIsoDate } from './dates';

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
