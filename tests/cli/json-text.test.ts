import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn, parseJsonText } from '../../cli/json-text';

describe('parseJsonText', () => {
  it('parses valid JSON, also with a byte order mark', () => {
    expect(parseJsonText('{"a": [1, 2.5e3, true, null, "x\\u00e6"]}')).toEqual({ ok: true, value: { a: [1, 2500, true, null, 'xæ'] } });
    expect(parseJsonText('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ['{\n  "a": 1,\n}', 3, 1, 'uventet tegn «}»'],
    ['{\n  "a": tru\n}', 2, 11, 'uventet linjeskift'],
    ['[1, 2,, 3]', 1, 7, 'uventet tegn «,»'],
    ['{"a" 1}', 1, 6, 'uventet tegn «1»'],
    ['{"a": "b', 1, 9, 'filen slutter før JSON-en er ferdig'],
    ['{}\n{}', 2, 1, 'uventet tegn «{»'],
    ["{'a': 1}", 1, 2, "uventet tegn «'»"],
  ])('reports %j at line %i, column %i', (text, line, column, what) => {
    const result = parseJsonText(text);
    expect(result).toEqual({ ok: false, message: `Ugyldig JSON på linje ${line}, kolonne ${column}: ${what}.` });
  });

  it('says so when the file is empty', () => {
    expect(parseJsonText('  \n')).toEqual({ ok: false, message: 'Ugyldig JSON: filen er tom.' });
  });

  it('finds the same offsets as a position-reporting JSON.parse would, for valid prefixes', () => {
    expect(jsonErrorOffset('{"a": 1}')).toBe(8);
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
