import { describe, expect, it } from 'vitest';
import { analysed, type Derivation } from './analysed-text';
import { forgetKeyNumbers } from './term-index';
import { findTerms, mentionsAny } from './terms';

describe('analysed', () => {
  it('works out each derivation of a text once, however many rules ask', () => {
    let runs = 0;
    const length: Derivation<number> = (a) => (runs++, a.text.length);
    const text = 'Lisa forteller at hun trives på skolen. ' + Math.random();
    expect(analysed(text).get(length)).toBe(text.length);
    expect(analysed(text).get(length)).toBe(text.length);
    expect(runs).toBe(1);
  });

  it('keeps a bounded number of characters: old texts are analysed again', () => {
    let runs = 0;
    const count: Derivation<number> = () => ++runs;
    const first = 'x'.repeat(1000) + Math.random();
    analysed(first).get(count);
    for (let i = 0; i < 500; i++) analysed(`${i} ${'y'.repeat(1000)}`);
    analysed(first).get(count);
    expect(runs).toBe(2);
  });
});

describe('findTerms through the text index', () => {
  it('finds every occurrence of repeated words, prefixes and shared stems once each, in text order', () => {
    const text = 'Alternativ A. Alternativene ble vurdert, alternativet valgt. Alternativ B.';
    const found = findTerms(text, ['alternativ', 'alternativ*']).map((m) => `${m.term}@${m.start}`);
    expect(found).toEqual([
      'alternativ@0', 'alternativ*@0', 'alternativ@14', 'alternativ*@14', 'alternativ@41', 'alternativ*@41', 'alternativ@61', 'alternativ*@61',
    ]);
  });

  it('finds terms in a text indexed before the stem keys were numbered afresh', () => {
    const text = `Veilederen og foreldrene snakket om alternativene. ${Math.random()}`;
    expect(mentionsAny(text, ['veileder'])).toBe(true);
    forgetKeyNumbers();
    expect(mentionsAny(`Noe helt annet om skolen. ${Math.random()}`, ['skole'])).toBe(true);
    expect(findTerms(text, ['alternativ', 'foreldre', 'veileder', 'barnehage']).map((m) => m.term)).toEqual(['veileder', 'foreldre', 'alternativ']);
  });
});
