import { analysed } from './analysed-text';
import { personWord } from './person-words';
import { SENTENCE_WORDS } from './sentence-words';

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

export function inferChildName(texts: readonly string[]): string | undefined {
  const counts = new Map<string, { name: string; count: number }>();
  for (const text of texts) {
    for (const { tokens } of analysed(text).get(SENTENCE_WORDS)) {
      tokens.forEach((token, i) => {
        if (i === 0 || !/^\p{Lu}\p{Ll}/u.test(token.text.normalize('NFC'))) return;
        if (NOT_NAMES.has(token.lower) || personWord(token.lower, NO_NAMES) !== null) return;
        const entry = counts.get(token.lower) ?? { name: token.text, count: 0 };
        entry.count++;
        counts.set(token.lower, entry);
      });
    }
  }
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
