import { packRegex } from './pack-regex';

/**
 * Checks and compiles a regular expression written in a rule pack. Packs come from quality leads and from
 * files we did not write, so a pattern that can backtrack catastrophically (a quantified group that itself
 * holds an unbounded quantifier, as in `(a+)+`, or a back-reference) is refused rather than run on every
 * pause in typing; an invalid one gets its reason in Norwegian. The compilation itself is `packRegex`.
 */
export type CompiledRegex = { ok: true; regex: RegExp } | { ok: false; reason: string };

const MAX_LENGTH = 1000;

interface Group {
  hasUnboundedQuantifier: boolean;
  /** `|` directly inside, or inside a group within it. */
  hasAlternation: boolean;
}

/** At most this many unbounded quantifiers on wildcard atoms (`.*`, `\S+`, `[^,]*`): each one multiplies the work. */
const MAX_WILDCARD_REPEATS = 2;

/**
 * Reads a quantifier at `i`: its length, whether it is unbounded (`*`, `+`, `{n,}`, or `{n,m}` with m > 1),
 * and how often it may repeat what it follows (`max`; Infinity for `*`, `+`, `{n,}`).
 */
function quantifierAt(source: string, i: number): { length: number; unbounded: boolean; max: number } | null {
  const ch = source[i];
  if (ch === '*' || ch === '+') return { length: source[i + 1] === '?' ? 2 : 1, unbounded: true, max: Infinity };
  if (ch === '?') return { length: source[i + 1] === '?' ? 2 : 1, unbounded: false, max: 1 };
  const m = /^\{(\d+)(,(\d*))?\}\??/u.exec(source.slice(i));
  if (!m) return null;
  const unbounded = m[2] !== undefined && (m[3] === '' || Number(m[3]) > 1);
  const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
  return { length: m[0].length, unbounded, max };
}

/** A wildcard atom: `.`, `\S`, `\W`, `\D`, `\P{…}` or a negated class `[^…]`. */
function isWildcardAtom(atom: string): boolean {
  return atom === '.' || /^\\[SWDP]/u.test(atom) || atom.startsWith('[^');
}

type AtomSet = { lit: string } | { cls: 'd' | 'w' | 's' } | 'any';

/** What one atom can match, as far as the overlap test needs: a character, \\d/\\w/\\s, or anything else. */
function atomSet(atom: string): AtomSet {
  if (atom.length === 1) return atom === '.' ? 'any' : { lit: atom };
  if (/^\\[dws]$/u.test(atom)) return { cls: atom[1] as 'd' | 'w' | 's' };
  const control: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
  if (atom.length === 2 && control[atom[1]!]) return { lit: control[atom[1]!]! };
  if (atom.length === 2 && !/[A-Za-z0-9]/u.test(atom[1]!)) return { lit: atom[1]! };
  return 'any';
}

const CLASS_TEST = { d: /\d/u, w: /\w/u, s: /\s/u };

/** Whether two atoms can match the same character (when unsure: yes). Letters compare case-insensitively. */
function overlaps(a: string, b: string): boolean {
  const x = atomSet(a);
  const y = atomSet(b);
  if (x === 'any' || y === 'any') return true;
  if ('lit' in x && 'lit' in y) return x.lit.toLowerCase() === y.lit.toLowerCase();
  if ('cls' in x && 'cls' in y) return x.cls === y.cls || (x.cls !== 's' && y.cls !== 's');
  const [lit, cls] = 'lit' in x ? [x.lit, (y as { cls: 'd' | 'w' | 's' }).cls] : [(y as { lit: string }).lit, x.cls];
  return CLASS_TEST[cls].test(lit);
}

/**
 * At most this many unbounded quantifiers in a row on atoms that can match the same text (`\\w*\\w*\\w*`,
 * `a+.*a+`): a run of k can split one stretch of text in about n^k ways before the search gives up.
 */
const MAX_OVERLAPPING_RUN = 2;

function findDanger(source: string): string | null {
  /** The run of unbounded quantified atoms that can share text, since the last atom that cannot. */
  let run: string[] = [];
  const quantified = (atom: string): string | null => {
    run = run.length && overlaps(run.at(-1)!, atom) ? [...run, atom] : [atom];
    return run.length > MAX_OVERLAPPING_RUN
      ? `mønsteret har ${run.length} ubegrensede gjentakelser etter hverandre som kan dele på den samme teksten (som \\w*\\w*\\w*), og arbeidet vokser med hver av dem`
      : null;
  };
  /** A plain atom ends the run when none of the text the run matches can be it. */
  const plain = (atom: string, next: number) => {
    const q = quantifierAt(source, next);
    if (!q && run.length && !overlaps(run.at(-1)!, atom)) run = [];
  };
  const stack: Group[] = [{ hasUnboundedQuantifier: false, hasAlternation: false }];
  let inClass = false;
  let classStart = -1;
  let wildcardRepeats = 0;
  /** The atom a quantifier at the current position would apply to (for the wildcard count). */
  let lastAtom = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      if (!inClass && /[1-9k]/u.test(source[i + 1] ?? '')) return 'tilbakereferanser (\\1, \\k) er ikke tillatt';
      // \p{L}, \u{1F600}: the braces belong to the escape, not a quantifier.
      const braced = /^\\[pPu]\{[^}]*\}/u.exec(source.slice(i))?.[0];
      const escape = braced ?? source.slice(i, i + 2);
      if (!inClass) {
        lastAtom = escape;
        plain(escape, i + escape.length);
      }
      i += escape.length - 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') {
        inClass = false;
        lastAtom = source.slice(classStart, i + 1);
        plain(lastAtom, i + 1);
      }
      continue;
    }
    if (ch === '[') {
      inClass = true;
      classStart = i;
      continue;
    }
    if (ch === '(') {
      stack.push({ hasUnboundedQuantifier: false, hasAlternation: false });
      lastAtom = '';
      continue;
    }
    if (ch === '|') {
      stack.at(-1)!.hasAlternation = true;
      lastAtom = '';
      run = [];
      continue;
    }
    if (ch === ')') {
      const group = stack.pop();
      if (!group || stack.length === 0) return 'parentesene går ikke opp';
      const q = quantifierAt(source, i + 1);
      // (a+)+, and (.*a){20}: a group that can match in many ways, repeated, multiplies those ways.
      if (q && group.hasUnboundedQuantifier && (q.unbounded || q.max > 1)) {
        return 'en gruppe med en ubegrenset gjentakelse gjentas selv (som i (a+)+ eller (.*a){20}) og kan henge nettleseren';
      }
      // (a|a)*b: alternatives that can match the same text, repeated, double the ways at every repetition.
      if (q && group.hasAlternation && q.max > 3) {
        return 'en gruppe med alternativer (|) gjentas (som i (a|a)*) og kan henge nettleseren; bruk en tegnklasse som [ab] eller skriv alternativene ut';
      }
      const parent = stack.at(-1)!;
      if (group.hasUnboundedQuantifier || q?.unbounded) parent.hasUnboundedQuantifier = true;
      if (group.hasAlternation) parent.hasAlternation = true;
      if (q && q.max > 20) {
        const danger = quantified('(…)');
        if (danger) return danger;
      }
      if (q) i += q.length;
      lastAtom = '';
      continue;
    }
    const q = quantifierAt(source, i);
    if (q) {
      if (q.unbounded) stack.at(-1)!.hasUnboundedQuantifier = true;
      if (q.max === Infinity && isWildcardAtom(lastAtom) && ++wildcardRepeats > MAX_WILDCARD_REPEATS) {
        return `mønsteret har mer enn ${MAX_WILDCARD_REPEATS} ubegrensede jokertegn (som .* eller \\S+), og arbeidet vokser med hvert av dem`;
      }
      if (q.max > 20 && lastAtom) {
        const danger = quantified(lastAtom);
        if (danger) return danger;
      }
      i += q.length - 1;
      lastAtom = '';
      continue;
    }
    lastAtom = ch;
    if (ch !== '^' && ch !== '$') plain(ch, i + 1);
  }
  return null;
}

/** V8's syntax errors are English; a quality lead gets the common ones in Norwegian. */
const SYNTAX_PROBLEMS: Array<[RegExp, string]> = [
  [/Unterminated group/u, 'en parentes er ikke lukket'],
  [/Unmatched '\)'/u, 'en parentes lukkes uten å være åpnet'],
  [/Unterminated character class/u, 'en [ er ikke lukket'],
  [/Nothing to repeat/u, 'et gjentakelsestegn (*, +, ?, {}) står uten noe foran seg'],
  [/out of order/u, 'et tall- eller tegnintervall går baklengs (som z-a eller {2,1})'],
  [/Lone quantifier brackets/u, 'en { eller } står alene'],
  [/Duplicate capture group name/u, 'to grupper har samme navn'],
  [/Invalid property name/u, 'ukjent egenskap i \\p{…}'],
  [/\\ at end of pattern/u, 'mønsteret slutter med \\'],
  [/Invalid (escape|Unicode escape)/u, 'ugyldig \\-sekvens'],
];
function syntaxProblem(message: string): string {
  return SYNTAX_PROBLEMS.find(([english]) => english.test(message))?.[1] ?? 'feil i skrivemåten for regulære uttrykk';
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
      try {
        result = { ok: true, regex: packRegex(source, flags) };
      } catch (error) {
        result = { ok: false, reason: `mønsteret er ugyldig: ${syntaxProblem((error as Error).message)}` };
      }
    }
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, result);
  return result;
}
