import type { Derivation } from './analysed-text';
import { splitSentences, type Sentence } from './sentences';
import { WORDS, type Words } from './words';

/**
 * A text's sentences, each with its words: a stretch of the text's own words (offsets in the whole text),
 * so the sentences of a field are not tokenized again one by one. A sentence ends where no word goes on
 * (at a full stop, quote or line break), so every word lies in one sentence. The stretches are indices
 * into `words`, not a list of words per sentence.
 */
export interface SentenceWords {
  words: Words;
  sentences: readonly Sentence[];
  /** The words of sentence `s` are `firstWord[s]` up to (not including) `endWord[s]`. */
  firstWord: Int32Array;
  endWord: Int32Array;
}

export const SENTENCE_WORDS: Derivation<SentenceWords> = (a) => {
  const words = a.get(WORDS);
  const sentences = splitSentences(a.text);
  const firstWord = new Int32Array(sentences.length);
  const endWord = new Int32Array(sentences.length);
  const { starts, ends, count } = words;
  let t = 0;
  sentences.forEach((sentence, s) => {
    while (t < count && starts[t]! < sentence.start) t++;
    firstWord[s] = t;
    while (t < count && ends[t]! <= sentence.end) t++;
    endWord[s] = t;
  });
  return { words, sentences, firstWord, endWord };
};
