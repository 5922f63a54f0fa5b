import { describe, expect, it } from 'vitest';
import { readNumber, readTerms, RuleConfigError } from './params';

describe('readTerms', () => {
  it('gives a literal list as it is, and a list parameter as it is set', () => {
    const literal = ['skolen', 'barnehagen'];
    expect(readTerms(literal, undefined)).toBe(literal);
    const params = { ord: ['mor*', 'far'] };
    expect(readTerms({ param: 'ord' }, params)).toBe(params.ord);
  });

  it('gives a single-string parameter as the same one-term list every time, so its search is remembered', () => {
    // terms.ts keeps its work per list object: a new list per evaluation would search every text again.
    const first = readTerms({ param: 'ord' }, { ord: 'skolen' });
    expect(first).toEqual(['skolen']);
    expect(readTerms({ param: 'ord' }, { ord: 'skolen' })).toBe(first);
    expect(readTerms({ param: 'annet' }, { annet: 'skolen' })).toBe(first);
    expect(readTerms({ param: 'ord' }, { ord: 'barnehagen' })).toEqual(['barnehagen']);
  });

  it('refuses a missing or mistyped parameter with a Norwegian reason', () => {
    expect(() => readTerms({ param: 'mangler' }, {})).toThrow(new RuleConfigError('parameteren «mangler» er ikke satt i regelen'));
    expect(() => readTerms({ param: 'n' }, { n: 3 })).toThrow(/skal være en liste med ord eller uttrykk/);
    expect(() => readNumber({ param: 'n' }, { n: 'tre' })).toThrow(/skal være et tall/);
  });
});
