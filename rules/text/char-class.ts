/**
 * Unicode character classes for scanning text one code unit at a time, without a Unicode regex per word:
 * a letter, mark or number (`[\p{L}\p{M}\p{N}]`, what words are made of) and a number (`\p{N}`).
 * Each class of a BMP character is worked out with the regex and kept in a 64 KiB table, a block of 256
 * characters at a time when one of them is first met; a supplementary character (a surrogate pair) is
 * asked of the regex every time (rare in case notes).
 */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const NUMBER_CHAR = /^\p{N}$/u;

/** Bits of `CHAR_CLASS`: 0 means not looked up yet (call `learnClass`). */
export const KNOWN = 1;
export const WORD = 2;
export const NUMBER = 4;
/** Half of a surrogate pair: what it is depends on its pair (`pairWordWidth`). */
export const SURROGATE = 8;
/** The class bits of each BMP code unit, for scanning loops to read directly (`table[code] || learnClass(code)`). */
export const CHAR_CLASS = new Uint8Array(0x10000);
const table = CHAR_CLASS;

/** Fills in the classes of the block of 256 code units that `code` is in; returns the class of `code`. */
export function learnClass(code: number): number {
  const base = code & 0xff00;
  for (let c = base; c < base + 0x100; c++) {
    if ((c & 0xf800) === 0xd800) {
      table[c] = KNOWN | SURROGATE;
      continue;
    }
    const ch = String.fromCharCode(c);
    table[c] = KNOWN | (WORD_CHAR.test(ch) ? WORD : 0) | (NUMBER_CHAR.test(ch) ? NUMBER : 0);
  }
  return table[code]!;
}

/** Small enough to be inlined in the scanning loops; the table is filled as characters are met. */
function classOf(code: number): number {
  const bits = table[code]!;
  return bits === 0 ? learnClass(code) : bits;
}

const isSurrogate = (code: number) => (code & 0xf800) === 0xd800;

/** Whether a surrogate pair starts at `i` (a supplementary character, two code units). */
function isPairAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

/** How many code units the character at `i` takes: 2 for a surrogate pair, else 1. */
export function charWidth(text: string, i: number): number {
  return isSurrogate(text.charCodeAt(i)) && isPairAt(text, i) ? 2 : 1;
}

/**
 * The length (1, or 2 for a surrogate pair) of the letter, combining mark or number at `i`, or 0 when
 * there is none there (a lone surrogate is none of these). One call per character of every text read.
 */
export function wordCharWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (!isSurrogate(code)) return (classOf(code) & WORD) !== 0 ? 1 : 0;
  return pairWordWidth(text, i);
}

/** At a surrogate `i`: 2 when a surrogate pair that is a letter, mark or number starts there, else 0. */
export function pairWordWidth(text: string, i: number): number {
  return isPairAt(text, i) && WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
}

/** A number (`\p{N}`: digits, and also «½», «²», «Ⅳ») starts at `i`. */
export function isNumberCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (!isSurrogate(code)) return (classOf(code) & NUMBER) !== 0;
  return isPairAt(text, i) && NUMBER_CHAR.test(text.slice(i, i + 2));
}

/** The characters from `start` to `end` are all numbers, and there is at least one (`/^\p{N}+$/u`). */
export function isAllNumbers(text: string, start = 0, end = text.length): boolean {
  if (start >= end) return false;
  for (let i = start; i < end; i += charWidth(text, i)) if (!isNumberCharAt(text, i)) return false;
  return true;
}

/** White space as `\s` in a regex means it (spaces, tabs, line breaks, no-break and other Unicode spaces). */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
