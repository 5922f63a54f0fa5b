import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits on full stops before a capital, and on line breaks', () => {
    expect(splitSentences('Lisa er 12. Hun går i 7. klasse.\nMor er enig').map((s) => s.text)).toEqual([
      'Lisa er 12.', 'Hun går i 7. klasse.', 'Mor er enig',
    ]);
  });

  it('does not split after abbreviations, dates or inside quotes', () => {
    expect(splitSentences('Hun nevner f.eks. Ola og jf. Per.')).toHaveLength(1);
    expect(splitSentences('Møtet 13. juni 2023 gikk bra.')).toHaveLength(1);
    expect(splitSentences('«Jeg vil hjem. Det er kjedelig der», sier hun.')).toHaveLength(1);
  });

  it('keeps offsets that point into the original text', () => {
    const text = 'Første setning.  Andre setning.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('quotes that end a sentence', () => {
  it('splits after a closing quote that ends with a full stop and is followed by a new sentence', () => {
    const text = 'Hun sier: «Jeg vil at noen skal spørre meg.» Hun ønsker støttekontakt.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Hun sier: «Jeg vil at noen skal spørre meg.»', 'Hun ønsker støttekontakt.']);
  });
});

describe('the word before a full stop', () => {
  it('is the whole run of letters and digits, in any script and case', () => {
    expect(splitSentences('Møt ca. Per i dag.')).toHaveLength(1);
    expect(splitSentences('Møt CA. Per i dag.')).toHaveLength(1);
    expect(splitSentences('Hun bor på Tørå. Neste setning.')).toHaveLength(2);
    expect(splitSentences('Ordet ΑΒΓ. Neste setning.')).toHaveLength(2);
    // «αβca» is no abbreviation, though it ends in «ca».
    expect(splitSentences('Ordet ΑΒca. Neste setning.')).toHaveLength(2);
    expect(splitSentences('Ordet æca. Neste setning.')).toHaveLength(2);
    // At most 20 characters back.
    expect(splitSentences(`${'x'.repeat(25)}ca. Neste setning.`)).toHaveLength(2);
    expect(splitSentences(`${'x'.repeat(25)} ca. Neste setning.`)).toHaveLength(1);
  });
});
