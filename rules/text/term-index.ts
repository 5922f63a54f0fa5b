import type { Derivation } from './analysed-text';
import { stemKeys } from './stem';
import { WORDS, type Words } from './words';

/**
 * A text's words indexed for term search, built once per text: the content script checks the same field
 * against dozens of term lists on every evaluation. Each distinct word (lower case) has a number (see
 * `Words`); its occurrences are chained in text order, and each stem key leads to the words that have it.
 * Chains in typed arrays instead of a list per word keep the index to a few objects however long the text is.
 */
export interface TermIndex {
  /** The text's words (offsets and word numbers). */
  tokens: Words;
  /** The distinct words, by number. */
  words: readonly string[];
  /** The first occurrence of each word; then `nextToken` to the next occurrence of the same word, -1 at the end. */
  firstToken: Int32Array;
  nextToken: Int32Array;
  /** Words with a stem key: the first entry of the key, then `nextEntry`; each entry names a word. */
  firstEntry: Map<string, number>;
  entryWord: readonly number[];
  nextEntry: readonly number[];
  /** Word numbers in code-unit order of the words, for prefix search (sorted when first asked for). */
  sorted?: Int32Array;
  /** A mark per word for visiting each word once per search (see `visitOnce`). */
  visited: Int32Array;
  visit: number;
}

export const TERM_INDEX: Derivation<TermIndex> = (a) => {
  const tokens = a.get(WORDS);
  const words = tokens.lowers;
  const firstToken = new Int32Array(words.length);
  const nextToken = new Int32Array(tokens.count);
  const { ids } = tokens;
  // Backwards, so each chain starts at the word's first occurrence (every word occurs, so every chain is set).
  firstToken.fill(-1);
  for (let i = tokens.count - 1; i >= 0; i--) {
    const id = ids[i]!;
    nextToken[i] = firstToken[id]!;
    firstToken[id] = i;
  }
  const firstEntry = new Map<string, number>();
  const entryWord: number[] = [];
  const nextEntry: number[] = [];
  for (let id = 0; id < words.length; id++) {
    for (const key of stemKeys(words[id]!)) {
      nextEntry.push(firstEntry.get(key) ?? -1);
      firstEntry.set(key, entryWord.length);
      entryWord.push(id);
    }
  }
  return { tokens, words, firstToken, nextToken, firstEntry, entryWord, nextEntry, visited: new Int32Array(words.length), visit: 0 };
};

/** A new round of `visitOnce`: every word counts as not yet visited. */
export function newVisit(index: TermIndex): void {
  index.visit++;
}

/** True the first time a word is asked about in this round. */
export function visitOnce(index: TermIndex, id: number): boolean {
  if (index.visited[id] === index.visit) return false;
  index.visited[id] = index.visit;
  return true;
}

/** Word numbers in code-unit order of the words. */
export function sortedWords(index: TermIndex): Int32Array {
  if (!index.sorted) {
    const { words } = index;
    index.sorted = Int32Array.from(words.keys()).sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
  }
  return index.sorted;
}

/** Where the words that start with `prefix` begin in `sortedWords(index)` (they follow each other there). */
export function firstWithPrefix(index: TermIndex, prefix: string): number {
  const sorted = sortedWords(index);
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (index.words[sorted[mid]!]! < prefix) low = mid + 1;
    else high = mid;
  }
  return low;
}
