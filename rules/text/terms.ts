import { isStopWord, stemKeys } from './stem';
import { tokenize, type Token } from './words';

/**
 * Finds pack terms in text. A term is a word or phrase matched on word stems, so «alternativ» finds
 * «alternativene» and «veileder» finds «veilederen». A `*` at the end matches any ending (`alternativ*`),
 * at the start any compound head (`*veileder` finds «familieveilederen»). Phrase words must follow each
 * other with nothing but spaces or hyphens between them (no sentence or clause punctuation).
 */
export interface TermMatch {
  term: string;
  start: number;
  end: number;
}

interface WordPattern {
  /** For `foo*`: the lower-case prefix. */
  prefix: string;
  /** Otherwise: the word's stem keys (see stemKeys). */
  keys: readonly string[];
  /** A function word: it only matches itself, never a content word with the same stem («men» ≠ «mener»). */
  stopWord: boolean;
  anyEnding: boolean;
  anyHead: boolean;
}
interface CompiledTerm {
  term: string;
  words: WordPattern[];
}

const compiledCache = new Map<string, CompiledTerm | null>();

function compileTerm(term: string): CompiledTerm | null {
  const cached = compiledCache.get(term);
  if (cached !== undefined) return cached;
  const words: WordPattern[] = [];
  for (const raw of term.trim().split(/\s+/u)) {
    const anyHead = raw.startsWith('*');
    const anyEnding = raw.endsWith('*') && raw.length > 1;
    const bare = raw.replace(/^\*|\*$/gu, '');
    const token = tokenize(bare)[0];
    if (!token) continue;
    words.push({ prefix: token.lower, keys: stemKeys(token.lower), stopWord: isStopWord(token.lower), anyEnding, anyHead });
  }
  const compiled = words.length ? { term, words } : null;
  if (compiledCache.size > 5000) compiledCache.clear();
  compiledCache.set(term, compiled);
  return compiled;
}

function sharesKey(a: readonly string[], b: readonly string[]): boolean {
  return a.some((key) => b.includes(key));
}

function wordMatches(pattern: WordPattern, token: Token): boolean {
  if (pattern.anyEnding) {
    return pattern.anyHead ? token.lower.includes(pattern.prefix) : token.lower.startsWith(pattern.prefix);
  }
  if (pattern.stopWord !== isStopWord(token.lower)) return false;
  if (!pattern.anyHead) return sharesKey(stemKeys(token.lower), pattern.keys);
  // A compound: some tail of the word, inflected, is the term («familie|veilederen»).
  const head = pattern.prefix.slice(0, 3);
  for (let i = token.lower.indexOf(head, 1); i >= 0; i = token.lower.indexOf(head, i + 1)) {
    if (sharesKey(stemKeys(token.lower.slice(i)), pattern.keys)) return true;
  }
  return sharesKey(stemKeys(token.lower), pattern.keys);
}

const PHRASE_GAP = /^[\s\u00a0\-–]*$/u;

/**
 * A text's words indexed by stem key, built once per text: the content script checks the same field
 * against dozens of term lists on every pause in typing.
 */
interface TextIndex {
  tokens: readonly Token[];
  byKey: Map<string, number[]>;
  /** Token positions by lower-case form, for prefix and compound terms. */
  byLower: Map<string, number[]>;
}

const indexCache = new Map<string, TextIndex>();
// As words.ts's token cache: room for every text of a large form, least recently used out first.
const INDEX_CACHE_SIZE = 256;
const INDEX_CACHE_CHARS = 400_000;
let indexCacheChars = 0;

function push(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list) {
    if (list.at(-1) !== position) list.push(position);
  } else {
    map.set(key, [position]);
  }
}

function indexOf(text: string): TextIndex {
  const cached = indexCache.get(text);
  if (cached) {
    indexCache.delete(text);
    indexCache.set(text, cached);
    return cached;
  }
  const tokens = tokenize(text);
  const byKey = new Map<string, number[]>();
  const byLower = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    push(byLower, token.lower, i);
    for (const key of stemKeys(token.lower)) push(byKey, key, i);
  });
  const index = { tokens, byKey, byLower };
  while (indexCache.size && (indexCache.size >= INDEX_CACHE_SIZE || indexCacheChars + text.length > INDEX_CACHE_CHARS)) {
    const oldest = indexCache.keys().next().value!;
    indexCacheChars -= oldest.length;
    indexCache.delete(oldest);
  }
  indexCache.set(text, index);
  indexCacheChars += text.length;
  return index;
}

/** Positions where the term's first word may match (verified word by word afterwards). */
function candidates(first: WordPattern, index: TextIndex): Iterable<number> {
  if (first.anyEnding || first.anyHead) {
    const positions: number[] = [];
    for (const list of index.byLower.values()) {
      if (wordMatches(first, index.tokens[list[0]!]!)) positions.push(...list);
    }
    return positions.sort((a, b) => a - b);
  }
  const positions = new Set<number>();
  for (const key of first.keys) for (const i of index.byKey.get(key) ?? []) positions.add(i);
  return [...positions].sort((a, b) => a - b);
}

/** Every occurrence of every term, in text order (overlaps allowed between different terms). */
export function findTerms(text: string, terms: readonly string[]): TermMatch[] {
  if (!text || terms.length === 0) return [];
  const index = indexOf(text);
  const { tokens } = index;
  const matches: TermMatch[] = [];
  for (const term of terms) {
    const compiled = compileTerm(term);
    if (!compiled) continue;
    const n = compiled.words.length;
    for (const i of candidates(compiled.words[0]!, index)) {
      if (i + n > tokens.length) continue;
      let ok = wordMatches(compiled.words[0]!, tokens[i]!);
      for (let k = 1; k < n && ok; k++) {
        const token = tokens[i + k]!;
        ok = wordMatches(compiled.words[k]!, token) && PHRASE_GAP.test(text.slice(tokens[i + k - 1]!.end, token.start));
      }
      if (ok) matches.push({ term, start: tokens[i]!.start, end: tokens[i + n - 1]!.end });
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** How many different terms occur in the text. */
export function countDistinctTerms(text: string, terms: readonly string[]): number {
  return new Set(findTerms(text, terms).map((m) => m.term)).size;
}

/** The text with every term occurrence cut out (used to see what remains besides stock phrases). */
export function removeTerms(text: string, terms: readonly string[]): string {
  let result = '';
  let cursor = 0;
  for (const m of findTerms(text, terms)) {
    if (m.start < cursor) continue;
    result += text.slice(cursor, m.start) + ' ';
    cursor = m.end;
  }
  return result + text.slice(cursor);
}
