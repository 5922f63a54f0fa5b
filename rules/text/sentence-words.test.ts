import { describe, expect, it } from 'vitest';
import { analysed } from './analysed-text';
import { endWordOf, firstWordOf, SENTENCE_WORDS, sentenceAt } from './sentence-words';
import { splitSentences } from './sentences';
import { lowerOf, tokenize } from './words';

describe('SENTENCE_WORDS', () => {
  it('gives each sentence the stretch of the text’s words that lie in it', () => {
    const text = 'Lisa sier at hun trives. «Jeg vil bo hjemme,» sa hun.\nMor mener f.eks. at  Lisa har det bra!\n\nSlutt';
    const sw = analysed(text).get(SENTENCE_WORDS);
    const sentences = Array.from({ length: sw.count }, (_, s) => sentenceAt(sw, s));
    expect(sentences).toEqual(splitSentences(text));
    expect(sentences.map((s) => s.text)).toEqual(['Lisa sier at hun trives.', '«Jeg vil bo hjemme,» sa hun.', 'Mor mener f.eks. at  Lisa har det bra!', 'Slutt']);
    const stretches = sentences.map((_, s) => Array.from({ length: endWordOf(sw, s) - firstWordOf(sw, s) }, (_, k) => lowerOf(sw.words, firstWordOf(sw, s) + k)));
    const expected = sentences.map((sentence) => tokenize(text).filter((t) => t.start >= sentence.start && t.end <= sentence.end).map((t) => t.lower));
    expect(stretches).toEqual(expected);
    expect(stretches.flat()).toEqual(tokenize(text).map((t) => t.lower));
  });
});
