import { analysed, type AnalysedText } from './analysed-text';
import { piecewise } from './pieces';
import { personWord } from './person-words';
import { endWordOf, firstWordOf, SENTENCE_WORDS } from './sentence-words';
import { lowerOf, writtenOf } from './words';

/** A quick no for most words: one that starts with a lower-case ASCII letter or a digit is no capitalised word, in NFC or not. */
function startsCapitalised(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  return !((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39));
}

/**
 * The child's name when the form has no «Barnets navn» field (many fagsystems show it only in the case
 * header): the proper noun the document uses most, counted where a capital letter cannot be sentence
 * case — inside a sentence. Roles, services and acronyms («Mor», «PPT», «BUP») are not names; a name
 * must occur at least twice.
 */
const NO_NAMES: ReadonlySet<string> = new Set();
const NOT_NAMES = new Set([
  'januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november',
  'desember', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'barnevernsloven',
  'barnevernloven', 'forvaltningsloven', 'familia', 'modulus', 'visma', 'bufdir', 'bufetat', 'statsforvalteren',
  'fylkesnemnda', 'høyesterett', 'norge', 'oslo', 'jeg', 'eg',
]);

interface NameCount {
  /** As first written. */
  name: string;
  count: number;
}

/** Adds counts to `into`, a name's first spelling kept (maps keep the order names were first met). */
function addCounts(into: Map<string, NameCount>, counts: ReadonlyMap<string, NameCount>): void {
  for (const [lower, entry] of counts) {
    const known = into.get(lower);
    if (known) known.count += entry.count;
    else into.set(lower, { name: entry.name, count: entry.count });
  }
}

function countNames(a: AnalysedText): ReadonlyMap<string, NameCount> {
  const { text } = a;
  const counts = new Map<string, NameCount>();
  const sentences = a.get(SENTENCE_WORDS);
  const { words } = sentences;
  for (let s = 0; s < sentences.count; s++) {
    // Not the sentence's first word: there a capital letter is sentence case.
    for (let i = firstWordOf(sentences, s) + 1; i < endWordOf(sentences, s); i++) {
      if (!startsCapitalised(text, words.starts[i]!)) continue;
      const written = writtenOf(words, i);
      if (!/^\p{Lu}\p{Ll}/u.test(written.normalize('NFC'))) continue;
      const lower = lowerOf(words, i);
      if (NOT_NAMES.has(lower) || personWord(lower, NO_NAMES) !== null) continue;
      const entry = counts.get(lower) ?? { name: written, count: 0 };
      entry.count++;
      counts.set(lower, entry);
    }
  }
  return counts;
}

/**
 * Per text, and per piece of a text being typed into (a piece starts a sentence): the name is inferred
 * again whenever any field changes, and a long field would otherwise be read whole on every keystroke.
 */
const NAME_COUNTS = piecewise(countNames, (values) => {
  const joined = new Map<string, NameCount>();
  for (const counts of values) addCounts(joined, counts);
  return joined;
});

export function inferChildName(texts: readonly string[]): string | undefined {
  const counts = new Map<string, NameCount>();
  for (const text of texts) addCounts(counts, analysed(text).get(NAME_COUNTS));
  // A genitive («Emils») counts for the name when the name also occurs on its own.
  for (const [lower, entry] of counts) {
    const base = counts.get(lower.replace(/s$/u, ''));
    if (base && base !== entry) {
      base.count += entry.count;
      counts.delete(lower);
    }
  }
  let best: { name: string; count: number } | undefined;
  for (const entry of counts.values()) if (entry.count >= 2 && (!best || entry.count > best.count)) best = entry;
  return best?.name;
}
