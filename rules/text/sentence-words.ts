import type { Derivation } from './analysed-text';
import { splitSentences, type Sentence } from './sentences';
import { TOKENS, type Token } from './words';

/**
 * A text's sentences, each with its words: the text's own tokens (offsets in the whole text), so the
 * sentences of a field are not tokenized again one by one. A sentence ends where no word goes on (at a
 * full stop, quote or line break), so every word lies in one sentence.
 */
export interface SentenceWords {
  sentence: Sentence;
  tokens: readonly Token[];
}

export const SENTENCE_WORDS: Derivation<readonly SentenceWords[]> = (a) => {
  const tokens = a.get(TOKENS);
  let t = 0;
  return splitSentences(a.text).map((sentence) => {
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t]!.end <= sentence.end) t++;
    return { sentence, tokens: tokens.slice(from, t) };
  });
};
