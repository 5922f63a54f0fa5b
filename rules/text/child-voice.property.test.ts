import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countChildStatements } from './child-voice';

/**
 * Sentences built from the parts caseworkers write with: whoever the child is called and however the
 * saying is phrased, the child's statement counts, and the same statement reported by someone else does not.
 */
const CHILD = ['Emil', 'Emil (8)', 'E.', 'Gutten', 'Barnet', 'Ungdommen', '[navn]', 'Han', 'Han selv', 'Guten'];
const SAYING = [
  'forteller at', 'sier at', 'sa at', 'uttrykker at', 'gir uttrykk for at', 'ga tydelig uttrykk for at', 'forklarer at',
  'har fortalt at', 'har selv sagt at', 'kunne fortelle at', 'fortel at', 'seier at', 'bekrefter at', 'var tydelig på at',
  'har i samtale med saksbehandler fortalt at', 'gjev uttrykk for at',
];
const CONTENT = [
  'han vil bo hos far', 'det er mye krangling hjemme', 'han gruer seg til helgene', 'han savner mor',
  'han ikke vil flytte', 'skolen er kjedelig', 'han blir redd når far drikker', 'det er fint i fosterhjemmet',
];
const OTHERS = [
  'Mor sier at', 'Far forteller at', 'Skolen melder at', 'Kontaktlæreren opplyser at', 'Foreldrene mener at',
  'Vi vurderer at', 'Barnevernstjenesten ser at', 'Det er mors oppfatning at', 'Ifølge mor', 'Det er sagt at',
  'Fosterforeldra fortel at', 'Det opplyses at', 'Vårt inntrykk er at', 'Etter mors syn',
];

const pick = (list: string[]) => fc.constantFrom(...list);

describe('the child\'s statement, however phrased, and the same reported by others', () => {
  it('counts the child speaking', () => {
    fc.assert(fc.property(pick(CHILD), pick(SAYING), pick(CONTENT), (child, saying, content) => {
      expect(countChildStatements(`${child} ${saying} ${content}.`, { childName: 'Emil Hansen', ignoreAgreementOnly: true })).toBe(1);
    }), { numRuns: 300 });
  });

  it('does not count it in someone else\'s report', () => {
    fc.assert(fc.property(pick(OTHERS), pick(CHILD), pick(SAYING), pick(CONTENT), (other, child, saying, content) => {
      const lead = child.startsWith('Han') || child === 'Guten' || child === 'Gutten' || child === 'Barnet' || child === 'Ungdommen'
        ? child.toLowerCase() : child;
      const text = `${other} ${lead} ${saying} ${content}.`;
      expect(countChildStatements(text, { childName: 'Emil Hansen', ignoreAgreementOnly: true }), text).toBe(0);
    }), { numRuns: 300 });
  });

  it('does not count the wish alone, reported by others', () => {
    fc.assert(fc.property(pick(OTHERS), pick(['gutten ønsker å bo hos far', 'Emil vil flytte', 'han trives godt', 'barnet gleder seg til samvær']), (other, wish) => {
      const text = `${other} ${wish}.`;
      expect(countChildStatements(text, { childName: 'Emil Hansen', ignoreAgreementOnly: true }), text).toBe(0);
    }), { numRuns: 200 });
  });
});
