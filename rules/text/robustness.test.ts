import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findChildStatements } from './child-voice';
import { findDates, findDuration, periodEndIn, yearlessDateNear } from './dates';
import { detect } from './detectors';
import { splitItems } from './items';
import { splitSentences } from './sentences';
import { findTerms } from './terms';
import { substantiveWordCount } from './words';

/** Text that looks like case notes: Norwegian words, names, dates, quotes and punctuation in any order. */
const piece = fc.constantFrom(
  'Lisa', 'hun', 'han', 'mor', 'sier', 'forteller', 'at', 'barnet', 'ikke', 'enig', 'målene', '«', '»', '"', '[navn]',
  '13.06.23', '–', '-', '.', ',', ':', '\n', ' ', 'ønsker', 'vil', 'få', 'Ifølge', 'f.eks.', '12', 'juni', '2023', 'og',
  'støttekontakt', 'æøå', 'Ho', 'seier', '(9)', '@', 'x',
);
const noteText = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(' '));

const inBounds = (text: string, r: { start: number; end: number }) => r.start >= 0 && r.start < r.end && r.end <= text.length;

describe('text functions on arbitrary input', () => {
  it('never throw and only return ranges inside the text', () => {
    fc.assert(
      fc.property(noteText, (text) => {
        for (const r of findChildStatements(text, { childName: 'Lisa Berg' })) expect(inBounds(text, r)).toBe(true);
        for (const r of findTerms(text, ['mor', 'alternativ*', '*kontakt', 'til barnets beste'])) expect(inBounds(text, r)).toBe(true);
        for (const r of findDates(text)) expect(inBounds(text, r)).toBe(true);
        for (const name of ['fodselsnummer', 'telefonnummer', 'epost'] as const) {
          for (const r of detect(name, text)) expect(inBounds(text, r)).toBe(true);
        }
        for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(substantiveWordCount(text)).toBeGreaterThanOrEqual(0);
        expect(splitItems(text).every((item) => item.trim() === item && item !== '')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('finds only real calendar dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 14 }), fc.integer({ min: 0, max: 99 }), (d, m, y) => {
        const text = `${d}.${m}.${String(y).padStart(2, '0')}`;
        for (const { date } of findDates(text)) {
          const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
          expect(check.getUTCDate()).toBe(date.day);
          expect(check.getUTCMonth() + 1).toBe(date.month);
        }
      }),
    );
  });
});

describe('pathological input stays fast (no catastrophic backtracking)', () => {
  const inputs = {
    'long run of spaces': `a${' '.repeat(20000)}b`,
    'one long word': 'a'.repeat(20000),
    'digits and dots': '1.'.repeat(10000),
    'unclosed quotes': '«'.repeat(20000),
    'unclosed brackets': '['.repeat(20000),
    'dates glued with dashes': '1.1.2020-'.repeat(2000),
    'run-on sentence': 'Hun sier at '.repeat(3000),
    'at signs': 'a@'.repeat(10000),
    'spaces after a number': `1${' '.repeat(20000)}mars 2025`,
    'month names and dashes': 'mars – '.repeat(4000),
    'weeks without a number': 'uke '.repeat(5000),
    'half a length, repeated': 'et halvt '.repeat(4000),
  };
  it.each(Object.entries(inputs))('%s', (_name, text) => {
    const started = performance.now();
    findChildStatements(text);
    findTerms(text, ['alternativ*', '*veileder', 'til barnets beste']);
    findDates(text);
    findDuration(text);
    periodEndIn(text);
    yearlessDateNear(text, { year: 2026, month: 1, day: 15 });
    splitItems(text);
    for (const name of ['fodselsnummer', 'telefonnummer', 'epost'] as const) detect(name, text);
    substantiveWordCount(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
