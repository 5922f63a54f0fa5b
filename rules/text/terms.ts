import { analysed, type Derivation } from './analysed-text';
import { piecewise } from './pieces';
import { isSpaceCode } from './char-class';
import { isStopWord, stemKeys } from './stem';
import { firstEntry, firstWithPrefix, keyNumber, newVisit, sortedWords, TERM_INDEX, visitOnce, type TermIndex } from './term-index';
import { tokenize } from './words';

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

function wordMatches(pattern: WordPattern, lower: string): boolean {
  if (pattern.anyEnding) {
    return pattern.anyHead ? lower.includes(pattern.prefix) : lower.startsWith(pattern.prefix);
  }
  if (pattern.stopWord !== isStopWord(lower)) return false;
  if (!pattern.anyHead) return sharesKey(stemKeys(lower), pattern.keys);
  // A compound: some tail of the word, inflected, is the term («familie|veilederen»).
  const head = pattern.prefix.slice(0, 3);
  for (let i = lower.indexOf(head, 1); i >= 0; i = lower.indexOf(head, i + 1)) {
    if (sharesKey(stemKeys(lower.slice(i)), pattern.keys)) return true;
  }
  return sharesKey(stemKeys(lower), pattern.keys);
}

/** Between the words of a phrase: nothing but spaces and hyphens (`/^[\s\u00a0\-–]*$/u`). */
function isPhraseGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x2d && code !== 0x2013 && !isSpaceCode(code)) return false;
  }
  return true;
}

type Found = (start: number, end: number) => boolean;

/** The occurrences of a term that start with the word numbered `id` (a match of its first word); true to stop. */
function searchWord(text: string, index: TermIndex, compiled: CompiledTerm, id: number, found: Found): boolean {
  const { starts, ends, ids, count } = index.tokens;
  const n = compiled.words.length;
  for (let i = index.firstToken[id]!; i >= 0 && i + n <= count; i = index.nextToken[i]!) {
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      ok = wordMatches(compiled.words[k]!, index.words[ids[i + k]!]!) && isPhraseGap(text, ends[i + k - 1]!, starts[i + k]!);
    }
    if (ok && found(starts[i]!, ends[i + n - 1]!)) return true;
  }
  return false;
}

/**
 * Every occurrence of one term, in no particular order; `found` returns true to stop the search (when
 * one occurrence is all the caller needs to know). The words the term's first word can be are found
 * through the index (stem keys, or the sorted words for a prefix), each tried once.
 */
function searchTerm(text: string, index: TermIndex, compiled: CompiledTerm, found: Found): void {
  const first = compiled.words[0]!;
  const { words } = index;
  if (first.anyEnding && !first.anyHead) {
    const sorted = sortedWords(index);
    for (let r = firstWithPrefix(index, first.prefix); r < sorted.length && words[sorted[r]!]!.startsWith(first.prefix); r++) {
      if (searchWord(text, index, compiled, sorted[r]!, found)) return;
    }
  } else if (first.anyHead) {
    for (let id = 0; id < words.length; id++) {
      if (wordMatches(first, words[id]!) && searchWord(text, index, compiled, id, found)) return;
    }
  } else {
    newVisit(index);
    for (const key of first.keys) {
      const k = keyNumber(index, key);
      if (k < 0) continue;
      for (let e = firstEntry(index, k); e < index.entryKey.length && index.entryKey[e] === k; e++) {
        const id = index.entryWord[e]!;
        if (visitOnce(index, id) && wordMatches(first, words[id]!) && searchWord(text, index, compiled, id, found)) return;
      }
    }
  }
}

/**
 * A term list compiled once, with what each text's search for it found (see `searchedFor`): the lists are
 * the pack's own arrays, which outlive many evaluations.
 */
interface TermList {
  terms: string[];
  /** The compiled terms that occur, each term once (first indices, ascending). */
  found: Derivation<readonly number[]>;
  /** Every occurrence of every term, in text order. */
  matches: Derivation<readonly TermMatch[]>;
}

/** The terms are compared on every use, so a list edited in place (the workbench) is compiled again. */
const lists = new WeakMap<readonly string[], TermList>();
const NONE: readonly never[] = [];

function termList(terms: readonly string[]): TermList {
  const cached = lists.get(terms);
  if (cached && cached.terms.length === terms.length && cached.terms.every((t, i) => t === terms[i])) return cached;
  const compiled = terms.map(compileTerm).filter((t) => t !== null);
  // A list may name a term twice: it counts once, as the first.
  const firstOf = Int32Array.from(compiled, (c) => compiled.findIndex((d) => d.term === c.term));
  const list: TermList = { terms: [...terms], found: searchedFor(compiled, firstOf), matches: matchesOf(compiled) };
  lists.set(terms, list);
  return list;
}

/** Remembered first-word candidates per list: bounded, emptied when full. */
const CANDIDATES_KEPT = 20_000;

function searchedFor(compiled: CompiledTerm[], firstOf: Int32Array): Derivation<readonly number[]> {
  const terms = compiled.flatMap((_, i) => (firstOf[i] === i ? [i] : []));
  // Terms whose first word is matched on its stem keys, by key; the others (a `*`) are tried one by one.
  const byKey = new Map<string, number[]>();
  const others: number[] = [];
  for (const i of terms) {
    const first = compiled[i]!.words[0]!;
    if (first.anyEnding || first.anyHead) others.push(i);
    else for (const key of first.keys) byKey.set(key, [...(byKey.get(key) ?? []), i]);
  }
  /** Per word: the terms whose first word it can be (most words of a text were met before). */
  const candidates = new Map<string, readonly number[]>();
  const candidatesOf = (word: string): readonly number[] => {
    let found = candidates.get(word);
    if (found === undefined) {
      // Asked for every new word of every list (a word being typed is new on every keystroke): no sets.
      const matched: number[] = [];
      for (const i of others) if (wordMatches(compiled[i]!.words[0]!, word)) matched.push(i);
      for (const key of stemKeys(word)) {
        for (const i of byKey.get(key) ?? NONE) if (!matched.includes(i) && wordMatches(compiled[i]!.words[0]!, word)) matched.push(i);
      }
      found = matched.length === 0 ? NONE : matched.sort((x, y) => x - y);
      if (candidates.size >= CANDIDATES_KEPT) candidates.clear();
      candidates.set(word, found);
    }
    return found;
  };
  const direct: Derivation<readonly number[]> = (a) => {
    const index = a.get(TERM_INDEX);
    const found = new Set<number>();
    // A short text (a sentence, a piece of a field) is read word by word; a long one is searched term by term.
    if (index.words.length < terms.length) {
      index.words.forEach((word, id) => {
        for (const i of candidatesOf(word)) {
          if (!found.has(i) && searchWord(a.text, index, compiled[i]!, id, () => true)) found.add(i);
        }
      });
    } else {
      for (const i of terms) if (occurs(a.text, index, compiled[i]!)) found.add(i);
    }
    return found.size === 0 ? NONE : [...found].sort((x, y) => x - y);
  };
  return piecewise(direct, (values) => {
    const some = values.filter((v) => v.length > 0);
    if (some.length <= 1) return some[0] ?? NONE;
    const seen = new Uint8Array(compiled.length);
    for (const v of some) for (const i of v) seen[i] = 1;
    const found: number[] = [];
    seen.forEach((s, i) => s && found.push(i));
    return found;
  });
}

function matchesOf(compiled: CompiledTerm[]): Derivation<readonly TermMatch[]> {
  const direct: Derivation<readonly TermMatch[]> = (a) => {
    const index = a.get(TERM_INDEX);
    const matches: TermMatch[] = [];
    for (const c of compiled) {
      searchTerm(a.text, index, c, (start, end) => {
        matches.push({ term: c.term, start, end });
        return false;
      });
    }
    // Stable: occurrences at the same place keep the order of the terms.
    return matches.sort((a, b) => a.start - b.start || b.end - a.end);
  };
  return piecewise(direct, (values, pieces) => {
    const matches: TermMatch[] = [];
    values.forEach((v, p) => {
      const offset = pieces[p]!.start;
      for (const m of v) matches.push({ term: m.term, start: offset + m.start, end: offset + m.end });
    });
    return matches;
  });
}

/** Every occurrence of every term, in text order (overlaps allowed between different terms). */
export function findTerms(text: string, terms: readonly string[]): readonly TermMatch[] {
  if (!text || terms.length === 0) return NONE;
  return analysed(text).get(termList(terms).matches);
}

function occurs(text: string, index: TermIndex, compiled: CompiledTerm): boolean {
  let found = false;
  searchTerm(text, index, compiled, () => (found = true));
  return found;
}

/** How many different terms occur in the text. */
export function countDistinctTerms(text: string, terms: readonly string[]): number {
  if (!text || terms.length === 0) return 0;
  return analysed(text).get(termList(terms).found).length;
}

/** Whether any of the terms occurs in the text. */
export function mentionsAny(text: string, terms: readonly string[]): boolean {
  if (!text || terms.length === 0) return false;
  return analysed(text).get(termList(terms).found).length > 0;
}

/** The occurrences a cut removes: in text order, each one that does not overlap one already taken. */
export function nonOverlapping(matches: readonly TermMatch[]): TermMatch[] {
  const taken: TermMatch[] = [];
  for (const m of matches) if (m.start >= (taken.at(-1)?.end ?? 0)) taken.push(m);
  return taken;
}

/** The text with every term occurrence cut out (each replaced by a space). */
export function removeTerms(text: string, terms: readonly string[]): string {
  let result = '';
  let cursor = 0;
  for (const m of nonOverlapping(findTerms(text, terms))) {
    result += text.slice(cursor, m.start) + ' ';
    cursor = m.end;
  }
  return result + text.slice(cursor);
}
