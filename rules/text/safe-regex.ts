/**
 * Compiles a regular expression written in a rule pack. Packs come from quality leads and from files we
 * did not write, so a pattern that can backtrack catastrophically (a quantified group that itself holds
 * an unbounded quantifier, as in `(a+)+`, or a back-reference) is refused rather than run on every pause
 * in typing. `\b` and `\B` are rewritten to Unicode-aware boundaries: in JavaScript they are ASCII-only,
 * so `\bøkonomi\b` would otherwise never match («ø» is not a word character to it).
 */
export type CompiledRegex = { ok: true; regex: RegExp } | { ok: false; reason: string };

const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
const BOUNDARY = `(?:(?<!${WORD_CHAR})(?=${WORD_CHAR})|(?<=${WORD_CHAR})(?!${WORD_CHAR}))`;
const NON_BOUNDARY = `(?:(?<=${WORD_CHAR})(?=${WORD_CHAR})|(?<!${WORD_CHAR})(?!${WORD_CHAR}))`;
const MAX_LENGTH = 1000;

interface Group {
  hasUnboundedQuantifier: boolean;
}

/** Reads a quantifier at `i`; returns its length and whether it is unbounded (`*`, `+`, `{n,}`, or `{n,m}` with m > 1). */
function quantifierAt(source: string, i: number): { length: number; unbounded: boolean } | null {
  const ch = source[i];
  if (ch === '*' || ch === '+') return { length: source[i + 1] === '?' ? 2 : 1, unbounded: true };
  if (ch === '?') return { length: 1, unbounded: false };
  const m = /^\{(\d+)(,(\d*))?\}\??/u.exec(source.slice(i));
  if (!m) return null;
  const unbounded = m[2] !== undefined && (m[3] === '' || Number(m[3]) > 1);
  return { length: m[0].length, unbounded };
}

function findDanger(source: string): string | null {
  const stack: Group[] = [{ hasUnboundedQuantifier: false }];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      if (!inClass && /[1-9k]/u.test(source[i + 1] ?? '')) return 'tilbakereferanser (\\1, \\k) er ikke tillatt';
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      continue;
    }
    if (ch === '(') {
      stack.push({ hasUnboundedQuantifier: false });
      continue;
    }
    if (ch === ')') {
      const group = stack.pop();
      if (!group || stack.length === 0) return 'parentesene går ikke opp';
      const q = quantifierAt(source, i + 1);
      if (q && q.unbounded && group.hasUnboundedQuantifier) {
        return 'en gruppe med en ubegrenset gjentakelse gjentas selv (som i (a+)+) og kan henge nettleseren';
      }
      if (group.hasUnboundedQuantifier || q?.unbounded) stack.at(-1)!.hasUnboundedQuantifier = true;
      continue;
    }
    const q = quantifierAt(source, i);
    if (q) {
      if (q.unbounded) stack.at(-1)!.hasUnboundedQuantifier = true;
      i += q.length - 1;
    }
  }
  return null;
}

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

const cache = new Map<string, CompiledRegex>();

/** Compiles with the `g` and `u` flags added to the pack's own (`i`, `m`, `s`). */
export function compilePackRegex(source: string, flags = ''): CompiledRegex {
  const key = `${flags}/${source}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let result: CompiledRegex;
  if (source.length > MAX_LENGTH) {
    result = { ok: false, reason: `mønsteret er lengre enn ${MAX_LENGTH} tegn` };
  } else {
    const danger = findDanger(source);
    if (danger) {
      result = { ok: false, reason: `mønsteret er avvist: ${danger}` };
    } else {
      const allFlags = [...new Set(`${flags}gu`)].join('');
      try {
        result = { ok: true, regex: new RegExp(unicodeBoundaries(source), allFlags) };
      } catch (error) {
        result = { ok: false, reason: `mønsteret er ugyldig: ${(error as Error).message}` };
      }
    }
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, result);
  return result;
}
