import type { Derivation } from './analysed-text';
import { stemKeys } from './stem';
import { WORDS, type Words } from './words';

/**
 * A text's words indexed for term search, built once per text: the content script checks the same field
 * against dozens of term lists on every evaluation. Each distinct word (lower case) has a number (see
 * `Words`); its occurrences are chained in text order, and each stem key leads to the words that have it (entries sorted by key).
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
  /**
   * The words' stem keys: entries sorted by key number (see `keyNumber`), `entryKey[e]` the key and
   * `entryWord[e]` the word, two typed arrays instead of a map with an entry per key.
   */
  entryKey: Int32Array;
  entryWord: Int32Array;
  /** The numbering of keys the entries were made with (see `keyNumber`); -1 before they are made. */
  keyEpoch: number;
  /** Word numbers in code-unit order of the words, for prefix search (sorted when first asked for). */
  sorted?: Int32Array;
  /** A mark per word for visiting each word once per search (see `visitOnce`). */
  visited: Int32Array;
  visit: number;
}

export const TERM_INDEX: Derivation<TermIndex> = (a) => {
  const tokens = a.get(WORDS);
  const words = tokens.lowers;
  // One buffer for the three arrays (each buffer is an object that every collection has to track).
  const buffer = new Int32Array(2 * words.length + tokens.count);
  const firstToken = buffer.subarray(0, words.length);
  const visited = buffer.subarray(words.length, 2 * words.length);
  const nextToken = buffer.subarray(2 * words.length);
  const { ids } = tokens;
  // Backwards, so each chain starts at the word's first occurrence (every word occurs, so every chain is set).
  firstToken.fill(-1);
  for (let i = tokens.count - 1; i >= 0; i--) {
    const id = ids[i]!;
    nextToken[i] = firstToken[id]!;
    firstToken[id] = i;
  }
  const index: TermIndex = {
    tokens, words, firstToken, nextToken, entryKey: NO_ENTRIES, entryWord: NO_ENTRIES, keyEpoch: -1,
    visited, visit: 0,
  };
  // The stem-key entries are made when a search first asks for a key (see `keyNumber`): a short text is
  // searched word by word and never needs them.
  return index;
};

/**
 * Stem keys numbered once for all texts, so that a text's index holds numbers, not a map of key strings.
 * Bounded: emptied when full, after which an index made with the old numbers makes its entries again
 * when next searched.
 */
const KEY_LIMIT = 100_000;
const keyNumbers = new Map<string, number>();
let keyEpoch = 0;
const NO_ENTRIES = new Int32Array(0);
/** Scratch space for sorting an index's entries, reused (grows with the text with the most). */
let packed = new Float64Array(1024);

function indexKeys(index: TermIndex): void {
  if (keyNumbers.size > KEY_LIMIT) {
    keyNumbers.clear();
    keyEpoch++;
  }
  const { words } = index;
  const w = Math.max(1, words.length);
  let n = 0;
  for (let id = 0; id < words.length; id++) {
    for (const key of stemKeys(words[id]!)) {
      let k = keyNumbers.get(key);
      if (k === undefined) {
        k = keyNumbers.size;
        keyNumbers.set(key, k);
      }
      if (n === packed.length) {
        const grown = new Float64Array(packed.length * 2);
        grown.set(packed);
        packed = grown;
      }
      // Key and word in one number, so one numeric sort orders the entries by key (then word).
      packed[n++] = k * w + id;
    }
  }
  const sorted = packed.subarray(0, n).sort();
  const entries = new Int32Array(2 * n);
  const entryKey = entries.subarray(0, n);
  const entryWord = entries.subarray(n);
  for (let e = 0; e < n; e++) {
    const p = sorted[e]!;
    const id = p % w;
    entryWord[e] = id;
    entryKey[e] = (p - id) / w;
  }
  index.entryKey = entryKey;
  index.entryWord = entryWord;
  index.keyEpoch = keyEpoch;
}

/** Empties the numbering of stem keys, as when it is full (for tests: indexes made before renumber their keys). */
export function forgetKeyNumbers(): void {
  keyNumbers.clear();
  keyEpoch++;
}

/** The number of a stem key in the index's entries, or -1 when no word of the text has it. */
export function keyNumber(index: TermIndex, key: string): number {
  if (index.keyEpoch !== keyEpoch) indexKeys(index);
  return keyNumbers.get(key) ?? -1;
}

/** The first entry with key number `k` (then the following entries while `entryKey` is `k`). */
export function firstEntry(index: TermIndex, k: number): number {
  const { entryKey } = index;
  let low = 0;
  let high = entryKey.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (entryKey[mid]! < k) low = mid + 1;
    else high = mid;
  }
  return low;
}

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
    // Filled by index, not from words.keys(): the iterator made an object per word of every long text.
    const sorted = new Int32Array(words.length);
    for (let id = 0; id < sorted.length; id++) sorted[id] = id;
    index.sorted = sorted.sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
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
