import { describe, expect, it } from 'vitest';
import { countDistinctTerms, findTerms, removeTerms } from './terms';
import { substantiveWordCount } from './words';

describe('findTerms', () => {
  it('matches inflected forms on the stem', () => {
    expect(countDistinctTerms('Vi har vurdert flere alternativer.', ['alternativ'])).toBe(1);
    expect(countDistinctTerms('Tiltakene fortsetter.', ['tiltak'])).toBe(1);
    expect(countDistinctTerms('Barnets behov er tydelige.', ['behov'])).toBe(1);
  });

  it('uses Unicode word boundaries, so æøå are letters', () => {
    const text = 'Støttekontakten møter Åse på søndager.';
    const [match] = findTerms(text, ['støttekontakt']);
    expect(text.slice(match!.start, match!.end)).toBe('Støttekontakten');
    expect(findTerms('Møtet ble utsatt.', ['øtet'])).toEqual([]);
  });

  it('supports a trailing * for any ending and a leading * for a compound head', () => {
    expect(findTerms('Alternativene ble drøftet.', ['alternativ*'])).toHaveLength(1);
    expect(findTerms('Familieveilederen kommer hver uke.', ['*veileder'])).toHaveLength(1);
    expect(findTerms('Familieveilederen kommer hver uke.', ['veileder'])).toHaveLength(0);
  });

  it('matches phrases only on consecutive words in one clause', () => {
    expect(findTerms('Dette er til barnets beste.', ['til barnets beste'])).toHaveLength(1);
    expect(findTerms('Til barnas beste.', ['til barnets beste'])).toHaveLength(1);
    expect(findTerms('Det er til barnets. Beste hilsen', ['til barnets beste'])).toHaveLength(0);
  });

  it('never conflates a content word with a function word through stemming', () => {
    // Snowball stems «mener» to «men»; «men» (but) must still not count as «mener».
    expect(findTerms('Lisa er glad, men sliten.', ['mener'])).toHaveLength(0);
    expect(findTerms('Lisa mener noe annet.', ['mener'])).toHaveLength(1);
  });

  it('matches nynorsk spellings of common words against bokmål terms', () => {
    expect(findTerms('Ho meiner at det går betre.', ['mener'])).toHaveLength(1);
    expect(findTerms('Kontaktlæraren er ansvarleg.', ['ansvarlig'])).toHaveLength(1);
  });
});

describe('removeTerms and substantive words', () => {
  it('leaves almost nothing of a stock assertion', () => {
    const rest = removeTerms('Tiltaket anses å være til barnets beste.', ['tiltaket', 'anses å være', 'til barnets beste']);
    expect(substantiveWordCount(rest)).toBe(0);
  });

  it('does not count placeholders, filler or stop words as content', () => {
    expect(substantiveWordCount('[navn] - x')).toBe(0);
    expect(substantiveWordCount('Se vedlegg.')).toBe(0);
    expect(substantiveWordCount('Lisa trives på skolen')).toBe(3);
  });
});

describe('text pasted from other editors', () => {
  it('reads words with soft hyphens, zero-width characters and decomposed letters', () => {
    expect(findTerms('Støtte\u00adkontakten kommer.', ['støttekontakt'])).toHaveLength(1);
    expect(findTerms('Barne\u200bvernstjenesten', ['barnevernstjeneste'])).toHaveLength(1);
    const decomposed = 'Gutten er pa\u030a skolen og gla\u030ar.'.normalize('NFD');
    expect(findTerms(decomposed, ['skolen'])).toHaveLength(1);
    expect(findTerms('Hun fa\u030ar hjelp'.normalize('NFD'), ['får'])).toHaveLength(1);
  });
});

describe('searching a list word by word or term by term', () => {
  it('finds the terms that searching for each term alone finds', () => {
    // A list longer than the text's words is read word by word; one term at a time is searched term by term.
    const list = ['alternativ*', '*veileder', 'til barnets beste', 'barnets beste', 'mor', 'far', 'skole', 'veileder', 'sier', 'enig', 'men', 'ikke hørt', 'hørt', 'bo hjemme'];
    const words = ['Alternativene', 'familieveilederen', 'til', 'barnets', 'beste', 'Mor', 'mener', 'skolen', 'sier', 'enig', 'men', 'ikke', 'hørt', 'bo', 'hjemme', '.', ',', 'far'];
    let seed = 3;
    const next = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 1 + next(12) }, () => words[next(words.length)]).join(' ') + ` ${i}`;
      const alone = list.filter((term) => countDistinctTerms(text, [term]) > 0).length;
      expect(countDistinctTerms(text, list), text).toBe(alone);
    }
  });
});
