import { describe, expect, it } from 'vitest';
import { analysed } from './analysed-text';
import { SENTENCE_WORDS } from './sentence-words';
import { splitSentences } from './sentences';
import { lowerOf, tokenize } from './words';

describe('SENTENCE_WORDS', () => {
  it('gives each sentence the stretch of the text’s words that lie in it', () => {
    const text = 'Lisa sier at hun trives. «Jeg vil bo hjemme,» sa hun.\nMor mener f.eks. at  Lisa har det bra!\n\nSlutt';
    const { words, sentences, firstWord, endWord } = analysed(text).get(SENTENCE_WORDS);
    expect(sentences).toEqual(splitSentences(text));
    const stretches = sentences.map((_, s) => Array.from({ length: endWord[s]! - firstWord[s]! }, (_, k) => lowerOf(words, firstWord[s]! + k)));
    const expected = sentences.map((sentence) => tokenize(text).filter((t) => t.start >= sentence.start && t.end <= sentence.end).map((t) => t.lower));
    expect(stretches).toEqual(expected);
    expect(stretches.flat()).toEqual(tokenize(text).map((t) => t.lower));
  });
});
