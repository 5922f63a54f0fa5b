/**
 * A rule pack's regular expression as the engine runs it: `\b` and `\B` rewritten to Unicode-aware
 * boundaries (in JavaScript they are ASCII-only, so `\bøkonomi\b` would never match: «ø» is not a word
 * character to it), and the `g` and `u` flags added to the pack's own (`i`, `m`, `s`).
 *
 * This is only the compilation. Whether a pattern is safe to run is decided once, where packs are
 * validated (`safe-regex.ts`, through the engine's `compilePack`); pages get packs that have passed it.
 */
const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
const BOUNDARY = `(?:(?<!${WORD_CHAR})(?=${WORD_CHAR})|(?<=${WORD_CHAR})(?!${WORD_CHAR}))`;
const NON_BOUNDARY = `(?:(?<=${WORD_CHAR})(?=${WORD_CHAR})|(?<!${WORD_CHAR})(?!${WORD_CHAR}))`;

/** Rewrites `\b`/`\B` outside character classes to Unicode-aware lookarounds. */
function unicodeBoundaries(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && next === 'b') out += BOUNDARY;
      else if (!inClass && next === 'B') out += NON_BOUNDARY;
      else out += ch + next;
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
  }
  return out;
}

/** The RegExp for a pack pattern; throws the engine's SyntaxError when it is not valid JavaScript. */
export function packRegex(source: string, flags = ''): RegExp {
  return new RegExp(unicodeBoundaries(source), [...new Set(`${flags}gu`)].join(''));
}
