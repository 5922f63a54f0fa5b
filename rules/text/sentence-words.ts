import type { Derivation } from './analysed-text';
import { sentenceBounds, type Sentence } from './sentences';
import { WORDS, type Words } from './words';

/**
 * A text's sentences, each with its words: a stretch of the text's own words (offsets in the whole text),
 * so the sentences of a field are not tokenized again one by one. A sentence ends where no word goes on
 * (at a full stop, quote or line break), so every word lies in one sentence. Kept as numbers in one typed
 * array (no object or word list per sentence); `sentenceAt` makes a sentence's object when one is wanted.
 */
export interface SentenceWords {
  words: Words;
  /** How many sentences. */
  count: number;
  /**
   * Per sentence `s`: its start `[4s]` and end `[4s + 1]` in the text, and its words, `[4s + 2]` up to
   * (not including) `[4s + 3]`.
   */
  spans: Int32Array;
}

export const firstWordOf = (sw: SentenceWords, s: number): number => sw.spans[4 * s + 2]!;
export const endWordOf = (sw: SentenceWords, s: number): number => sw.spans[4 * s + 3]!;

/** Sentence `s` as `splitSentences` gives it (made on each call). */
export function sentenceAt(sw: SentenceWords, s: number): Sentence {
  const start = sw.spans[4 * s]!;
  const end = sw.spans[4 * s + 1]!;
  return { text: sw.words.text.slice(start, end), start, end };
}

export const SENTENCE_WORDS: Derivation<SentenceWords> = (a) => {
  const words = a.get(WORDS);
  const bounds = sentenceBounds(a.text);
  const count = bounds.length / 2;
  const spans = new Int32Array(4 * count);
  const { starts, ends } = words;
  let t = 0;
  for (let s = 0; s < count; s++) {
    const start = bounds[2 * s]!;
    const end = bounds[2 * s + 1]!;
    spans[4 * s] = start;
    spans[4 * s + 1] = end;
    while (t < words.count && starts[t]! < start) t++;
    spans[4 * s + 2] = t;
    while (t < words.count && ends[t]! <= end) t++;
    spans[4 * s + 3] = t;
  }
  return { words, count, spans };
};
