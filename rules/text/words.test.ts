import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nonOverlapping, findTerms, removeTerms } from './terms';
import { lowerOf, scanWords, substantiveWordCount, substantiveWordCountOutside, tokenize, writtenOf } from './words';

/** The regex the hand-written scanner replaces, with the same lower-casing rules, as the reference. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’-]|[\u00ad\u200b-\u200d]+)[\p{L}\p{M}\p{N}]+)*/gu;
function regexTokens(text: string) {
  const plain = !/[\u00ad\u200b-\u200d]/u.test(text) && text === text.normalize('NFC');
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    lower: plain ? m[0].toLowerCase() : m[0].replace(/[\u00ad\u200b-\u200d]/gu, '').normalize('NFC').toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}
const plainTokens = (text: string) => tokenize(text).map(({ text, lower, start, end }) => ({ text, lower, start, end }));

/** Characters at the edges of what a word is: joiners, invisibles, marks, surrogates, case oddities. */
const tricky = fc.constantFrom(
  'a', 'Ø', 'å', 'a\u030a', '\u030a', '-', "'", '’', '\u00ad', '\u200b', '\u200d', ' ', '\n', '.', '1', '½', '²',
  'İ', 'Σ', 'ΟΔΟΣ', 'ß', '𝔸', '😀', '\ud835', '\udd38', '«', '–', 'Ǆ', 'ﬁ', '\u0301', 'x',
  'æ', 'Ø', 'ÅS', 'Ŋ', 'ŧ', 'Č', 'đ', 'ž', '0', '9', '\u0660', '𝟘', '\u2019s', 'o\u0308',
);
const anyText = fc.array(fc.oneof(tricky, fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 40 }).map((p) => p.join(''));

describe('tokenize', () => {
  it('finds the same words, offsets and lower case as the Unicode word regex', () => {
    fc.assert(fc.property(anyText, (text) => { expect(plainTokens(text)).toEqual(regexTokens(text)); }), { numRuns: 2000 });
  });

  it('lower-cases words whose case depends on their neighbours one by one', () => {
    expect(tokenize('ΟΔΟΣ İstanbul').map((t) => t.lower)).toEqual(['οδος', 'i̇stanbul']);
  });
});

describe('scanWords', () => {
  it('keeps the same words as the regex in flat arrays, each distinct lower-case word once', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const words = scanWords(text);
        const flat = Array.from({ length: words.count }, (_, i) => ({
          text: writtenOf(words, i), lower: lowerOf(words, i), start: words.starts[i], end: words.ends[i],
        }));
        expect(flat).toEqual(regexTokens(text));
        expect(new Set(words.lowers).size).toBe(words.lowers.length);
        expect([...new Set(flat.map((w) => w.lower))]).toEqual(words.lowers);
      }),
      { numRuns: 1000 },
    );
  });

  it('numbers repeated words alike, in order of first occurrence', () => {
    const words = scanWords('Mor sa at mor og far kom. Far gikk.');
    expect([...words.ids]).toEqual([0, 1, 2, 0, 3, 4, 5, 4, 6]);
    expect(words.lowers).toEqual(['mor', 'sa', 'at', 'og', 'far', 'kom', 'gikk']);
  });

  it('reads the same words after the numbering of known words was emptied (when full)', () => {
    const before = scanWords('Mor og far kom, mor gikk.');
    scanWords(Array.from({ length: 50_010 }, (_, i) => `ord${i}`).join(' '));
    const text = 'Far og mor kom, far gikk. Mor og far.';
    const after = scanWords(text);
    expect(Array.from({ length: after.count }, (_, i) => lowerOf(after, i))).toEqual(regexTokens(text).map((t) => t.lower));
    expect([...after.ids]).toEqual([0, 1, 2, 3, 0, 4, 2, 1, 0]);
    expect(Array.from({ length: before.count }, (_, i) => lowerOf(before, i))).toEqual(['mor', 'og', 'far', 'kom', 'mor', 'gikk']);
  });

  it('reads texts longer than the scratch space it starts with', () => {
    const text = 'ord '.repeat(5000);
    const words = scanWords(text);
    expect(words.count).toBe(5000);
    expect(words.starts[4999]).toBe(4 * 4999);
    expect(words.lowers).toEqual(['ord']);
  });
});

describe('substantiveWordCountOutside', () => {
  const note = fc
    .array(fc.constantFrom('Tiltaket', 'anses', 'å', 'være', 'til', 'barnets', 'beste', 'Lisa', 'trives', '[navn]', '12', 'x', ',', '.', '\n'), { maxLength: 30 })
    .map((p) => p.join(' '));
  const phrases = ['tiltaket', 'anses å være', 'til barnets beste', 'barnets'];

  it('counts what substantiveWordCount counts in the text with the passages cut out', () => {
    fc.assert(
      fc.property(note, (text) => {
        const cut = nonOverlapping(findTerms(text, phrases));
        expect(substantiveWordCountOutside(text, cut)).toBe(substantiveWordCount(removeTerms(text, phrases)));
      }),
      { numRuns: 500 },
    );
  });
});
