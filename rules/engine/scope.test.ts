import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasContent } from './scope';

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
