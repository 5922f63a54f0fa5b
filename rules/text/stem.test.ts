import StemmerNo from '@nlpjs/lang-no/src/stemmer-no.js';
import { describe, expect, it } from 'vitest';
import { countChildStatements } from './child-voice';
import { personWord } from './person-words';
import { stem, stemKeys } from './stem';
import { mentionsAny } from './terms';

describe('stem', () => {
  it('gives the Snowball stemmer’s own stems (called step by step, without the library’s unbounded cache)', () => {
    const library = new StemmerNo();
    const words = [
      'alternativene', 'alternativ', 'veilederen', 'veileder', 'barnehagen', 'skolene', 'støttekontakten', 'tiltakene',
      'vurderingen', 'vurderinger', 'samarbeidet', 'kontaktpersonen', 'fotballtreningene', 'begrunnelsen', 'ønskene',
      'hjemmet', 'foreldrenes', 'besøkshjem', 'trivsel', 'fritidsaktiviteter', 'x', 'æøå', '2026',
    ];
    for (const word of words) expect(stem(word), word).toBe(library.stemWord(word));
  });

  it('maps nynorsk to bokmål before stemming', () => {
    expect(stem('ansvarleg')).toBe(stem('ansvarlig'));
    expect(stem('barnevernstenesta')).toBe(stem('barnevernstjenesten'));
    expect(stem('meininga')).toBe(stem('meningen'));
  });

  it('treats words named like Object’s own properties as ordinary words', () => {
    for (const word of ['constructor', 'valueof', 'tostring', '__proto__', 'hasownproperty']) {
      expect(typeof stem(word), word).toBe('string');
      expect(stemKeys(word).every((k) => typeof k === 'string'), word).toBe(true);
      expect(personWord(word, new Set()), word).toBeNull();
    }
    // As any other word that is no person: not the child speaking.
    for (const sentence of ['I går sa constructor at det var fint.', 'constructor ønsker å bo hjemme.']) {
      expect(countChildStatements(sentence), sentence).toBe(countChildStatements(sentence.replace('constructor', 'bilen')));
      expect(countChildStatements(sentence), sentence).toBe(0);
    }
    expect(mentionsAny('Han bygde en constructor.', ['constructor'])).toBe(true);
  });
});
