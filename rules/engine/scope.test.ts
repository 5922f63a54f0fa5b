import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePack } from './evaluate';
import { hasContent } from './scope';
import { document, pack, rule } from './test-support/build';

// Every white space `trim` removes, and characters that look empty but are not white space.
const SPACES = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const NOT_SPACE = ['\u200b', '\u00ad', 'a', 'ø', '.', '🙂'];

describe('hasContent', () => {
  it('is true exactly when the text has something trim would keep, or the box is ticked', () => {
    const text = fc.array(fc.constantFrom(...SPACES, ...NOT_SPACE), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), fc.option(fc.boolean(), { nil: undefined }), (t, checked) => {
        expect(hasContent({ text: t, ref: 'felt', ...(checked === undefined ? {} : { checked }) })).toBe(t.trim() !== '' || checked === true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('field and group names that Object has as properties', () => {
  it('are fields like any other: missing when the page lacks them, read when it has them', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const present = rule({ type: 'present', field: name }, { id: 'felt' });
      const rows = rule({ type: 'rowCount', rows: name, min: 1 }, { id: 'rader' });
      const empty = evaluatePack(pack(present, rows), document('vedtak'), { today: '2026-01-15' });
      expect(empty.failures, name).toEqual([]);
      expect(empty.findings.map((f) => f.ruleId), name).toEqual(['felt', 'rader']);
      const model = document('vedtak');
      Object.defineProperty(model.fields, name, { value: { text: 'Skrevet.', ref: name }, enumerable: true });
      expect(evaluatePack(pack(present), model, { today: '2026-01-15' }).findings, name).toEqual([]);
    }
  });
});
