/**
 * Word tokens with their character offsets. JavaScript's `\b` and `\w` are ASCII-only, so «ø» would
 * split «støttekontakt»; everything here uses Unicode letter and number classes instead.
 */
export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-cased. */
  lower: string;
  start: number;
  end: number;
}

/**
 * A word: letters (with combining marks, as in a decomposed «å») and digits, with inner hyphens or
 * apostrophes («PMTO-behandling») and the invisible soft hyphens and zero-width characters that rich-text
 * editors leave inside words.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’-]|[\u00ad\u200b-\u200d]+)[\p{L}\p{M}\p{N}]+)*/gu;
const INVISIBLE = /[\u00ad\u200b-\u200d]/gu;
/** Anonymised names and template gaps: «[navn]», «[Anonymisert navn]», «<navn>», «XX». */
const PLACEHOLDER = /\[[^\]\n]{1,40}\]|<[^>\n]{1,40}>|\{[^}\n]{1,40}\}/gu;

const tokenCache = new Map<string, readonly Token[]>();
/**
 * Enough for every text one check of a large form tokenizes (its fields and the combinations rules read),
 * so a check never evicts what it will ask for again; bounded by characters, not only by count.
 */
const TOKEN_CACHE_SIZE = 512;
const TOKEN_CACHE_CHARS = 400_000;
let tokenCacheChars = 0;
const HAS_INVISIBLE = /[\u00ad\u200b-\u200d]/u;

/** The words of a text. Cached for recent texts: many rules read the same fields on every pause in typing. */
export function tokenize(text: string): readonly Token[] {
  const cached = tokenCache.get(text);
  if (cached) {
    // Most recently used last: a text in use is not the next to go.
    tokenCache.delete(text);
    tokenCache.set(text, cached);
    return cached;
  }
  const tokens: Token[] = [];
  // A text in NFC without invisible characters needs neither step per word (its words are NFC too).
  const plain = !HAS_INVISIBLE.test(text) && text === text.normalize('NFC');
  for (const m of text.matchAll(WORD)) {
    const lower = plain ? m[0].toLowerCase() : m[0].replace(INVISIBLE, '').normalize('NFC').toLowerCase();
    tokens.push({ text: m[0], lower, start: m.index, end: m.index + m[0].length });
  }
  if (text.length > 40) {
    while (tokenCache.size && (tokenCache.size >= TOKEN_CACHE_SIZE || tokenCacheChars + text.length > TOKEN_CACHE_CHARS)) {
      const oldest = tokenCache.keys().next().value!;
      tokenCacheChars -= oldest.length;
      tokenCache.delete(oldest);
    }
    tokenCache.set(text, tokens);
    tokenCacheChars += text.length;
  }
  return tokens;
}

/** Ranges of bracketed placeholders in the text («[navn]»). */
export function placeholderRanges(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Function words (bokmål and nynorsk) that carry no content of their own. Used to judge whether a text
 * is substantive, and to keep stemming from conflating a content word with one of them («mener» → «men»).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'og', 'i', 'jeg', 'eg', 'det', 'at', 'en', 'ein', 'et', 'eit', 'ei', 'den', 'til', 'er', 'som', 'på', 'de', 'dei',
  'med', 'han', 'av', 'ikke', 'ikkje', 'der', 'så', 'var', 'meg', 'seg', 'men', 'ett', 'har', 'om', 'vi', 'me',
  'min', 'mitt', 'ha', 'hadde', 'hun', 'ho', 'nå', 'no', 'over', 'da', 'då', 'ved', 'fra', 'frå', 'du', 'ut', 'sin',
  'dem', 'oss', 'opp', 'man', 'kan', 'hans', 'hennes', 'hennar', 'hvor', 'kor', 'eller', 'hva', 'kva', 'skal',
  'selv', 'sjølv', 'sjøl', 'alle', 'vil', 'bli', 'ble', 'vart', 'blitt', 'blir', 'blei', 'også', 'og', 'òg',
  'deg', 'her', 'dette', 'denne', 'disse', 'desse', 'dei', 'noe', 'noko', 'noen', 'nokon', 'mot', 'mye', 'mykje',
  'etter', 'før', 'under', 'uten', 'utan', 'hvis', 'viss', 'dersom', 'for', 'fordi', 'når', 'seg', 'sitt', 'sine',
  'sin', 'si', 'mine', 'mi', 'din', 'ditt', 'dine', 'vår', 'vårt', 'våre', 'deres', 'dykkar', 'hvordan', 'korleis',
  'hvilke', 'kva', 'kvifor', 'hvorfor', 'enn', 'litt', 'ja', 'nei', 'være', 'vere', 'vært', 'vore', 'kunne',
  'skulle', 'ville', 'må', 'måtte', 'bare', 'berre', 'slik', 'sånn', 'samt', 'både', 'hos', 'mellom', 'inn',
  'the', 'of', 'and',
]);

/** Template filler that says nothing: «-», «x», «ikke utfylt», «fylles ut», «se over». */
const FILLER_WORDS: ReadonlySet<string> = new Set([
  'x', 'xx', 'xxx', 'tbd', 'na', 'n', 'a', 'utfylt', 'utfylles', 'fylles', 'fyll', 'skriv', 'se',
  'ovenfor', 'nedenfor', 'vedlegg', 'vedlagt', 'ok',
]);

function countTokens(text: string, keep: (t: Token) => boolean): number {
  const blanks = placeholderRanges(text);
  let count = 0;
  let b = 0;
  for (const t of tokenize(text)) {
    while (b < blanks.length && blanks[b]!.end <= t.start) b++;
    if (blanks[b] && t.start >= blanks[b]!.start) continue;
    if (!FILLER_WORDS.has(t.lower) && keep(t)) count++;
  }
  return count;
}

/** Counts the words that carry content: not stop words, not filler, not placeholders, not pure numbers. */
export function substantiveWordCount(text: string): number {
  return countTokens(text, (t) => !STOP_WORDS.has(t.lower) && !/^\p{N}+$/u.test(t.text));
}

/** Whether anything was written besides placeholders and filler: a date, «Nei» or a number counts. */
export function hasWrittenContent(text: string): boolean {
  return countTokens(text, () => true) > 0;
}
