import StemmerNo from '@nlpjs/lang-no/src/stemmer-no.js';
import { STOP_WORDS } from './words';

/**
 * Word stems for matching inflected Norwegian: «alternativene» and «alternativ» share a stem. The
 * Snowball stemmer is bokmål; nynorsk spellings of common words are mapped to their bokmål stem first
 * so a pack written in one variant also matches text written in the other.
 */
const stemmer = new StemmerNo();
const cache = new Map<string, string>();

/** Nynorsk → bokmål for words whose stems differ (inflections are handled by the stemmer). */
// A Map, not an object: a text's «constructor» would otherwise find Object's own constructor.
const NYNORSK = new Map<string, string>(Object.entries({
  ikkje: 'ikke', eg: 'jeg', ho: 'hun', kva: 'hva', korleis: 'hvordan', kvifor: 'hvorfor', kven: 'hvem',
  meiner: 'mener', meinte: 'mente', meining: 'mening', meininga: 'meningen', seier: 'sier', fortel: 'forteller',
  fortalde: 'fortalte', ynskjer: 'ønsker', ønskjer: 'ønsker', ynskje: 'ønske', ønskje: 'ønske', synest: 'synes',
  likar: 'liker', trur: 'tror', sjølv: 'selv', sjøl: 'selv', berre: 'bare', mykje: 'mye', noko: 'noe', nokon: 'noen',
  heime: 'hjemme', heim: 'hjem', skule: 'skole', skulen: 'skolen', grunngjeving: 'begrunnelse',
  grunngiving: 'begrunnelse', medverknad: 'medvirkning', tenesta: 'tjenesten', teneste: 'tjeneste',
  barnevernstenesta: 'barnevernstjenesten', barnevernstenesten: 'barnevernstjenesten', difor: 'derfor', sidan: 'siden', utan: 'uten', frå: 'fra', 
  avslutta: 'avsluttet', halde: 'holde', fram: 'frem', òg: 'også', me: 'vi', dykk: 'dere',
}));

/** Nynorsk endings with a regular bokmål counterpart: «ansvarleg» → «ansvarlig», «-teneste» → «-tjeneste». */
function toBokmal(lower: string): string {
  const mapped = NYNORSK.get(lower);
  if (mapped) return mapped;
  // Most words have neither ending: tested first, as two replaces cost as much as the stemming itself.
  let word = lower;
  if (word.includes('leg')) word = word.replace(/leg(e|t)?$/u, (_, e: string | undefined) => `lig${e ?? ''}`);
  if (word.includes('tenest')) word = word.replace(/tenest/u, 'tjenest');
  return word;
}

/**
 * The Snowball steps of the stemmer's stemWord, called directly: stemWord also keeps every word it ever
 * saw in an object of its own, which would grow all day in a content script (our cache is bounded), and
 * its dictionaries are empty for Norwegian.
 */
function snowball(word: string): string {
  stemmer.setCurrent(word);
  stemmer.innerStem();
  return stemmer.getCurrent();
}

/** The stem of one lower-cased word. Stop words are returned as written, never conflated with others. */
export function stem(lower: string): string {
  let result = cache.get(lower);
  if (result === undefined) {
    const word = toBokmal(lower);
    result = STOP_WORDS.has(word) ? word : snowball(word);
    if (cache.size > 20000) cache.clear();
    cache.set(lower, result);
  }
  return result;
}

/**
 * Snowball strips one suffix, so «veileder» → «veiled» but «veilederen» → «veileder». The keys of a word are
 * its stem plus the stems of the word with one inflection ending removed; two words match when their keys
 * share one («veilederen» → {veileder, veiled}).
 */
const ENDINGS = ['ene', 'ane', 'ens', 'ets', 'ers', 'en', 'et', 'er', 'ne', 'ar', 'a', 'e', 's'];
const keysCache = new Map<string, readonly string[]>();

export function stemKeys(lower: string): readonly string[] {
  let keys = keysCache.get(lower);
  if (keys === undefined) {
    const set = new Set([stem(lower)]);
    if (!isStopWord(lower)) {
      for (const ending of ENDINGS) {
        if (lower.endsWith(ending) && lower.length - ending.length >= 4) set.add(stem(lower.slice(0, -ending.length)));
      }
    }
    keys = [...set];
    if (keysCache.size > 20000) keysCache.clear();
    keysCache.set(lower, keys);
  }
  return keys;
}

const stopWordCache = new Map<string, boolean>();

export function isStopWord(lower: string): boolean {
  // Asked for every word of every text a rule counts: remembered, as stems are.
  let stop = stopWordCache.get(lower);
  if (stop === undefined) {
    stop = STOP_WORDS.has(toBokmal(lower));
    if (stopWordCache.size > 20000) stopWordCache.clear();
    stopWordCache.set(lower, stop);
  }
  return stop;
}
