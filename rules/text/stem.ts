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
const NYNORSK: Record<string, string> = {
  ikkje: 'ikke', eg: 'jeg', ho: 'hun', kva: 'hva', korleis: 'hvordan', kvifor: 'hvorfor', kven: 'hvem',
  meiner: 'mener', meinte: 'mente', meining: 'mening', meininga: 'meningen', seier: 'sier', fortel: 'forteller',
  fortalde: 'fortalte', ynskjer: 'ønsker', ønskjer: 'ønsker', ynskje: 'ønske', ønskje: 'ønske', synest: 'synes',
  likar: 'liker', trur: 'tror', sjølv: 'selv', sjøl: 'selv', berre: 'bare', mykje: 'mye', noko: 'noe', nokon: 'noen',
  heime: 'hjemme', heim: 'hjem', skule: 'skole', skulen: 'skolen', grunngjeving: 'begrunnelse',
  grunngiving: 'begrunnelse', medverknad: 'medvirkning', tenesta: 'tjenesten', teneste: 'tjeneste',
  barnevernstenesta: 'barnevernstjenesten', barnevernstenesten: 'barnevernstjenesten', difor: 'derfor', sidan: 'siden', utan: 'uten', frå: 'fra', 
  avslutta: 'avsluttet', halde: 'holde', fram: 'frem', òg: 'også', me: 'vi', dykk: 'dere',
};

/** Nynorsk endings with a regular bokmål counterpart: «ansvarleg» → «ansvarlig», «-teneste» → «-tjeneste». */
function toBokmal(lower: string): string {
  const mapped = NYNORSK[lower];
  if (mapped) return mapped;
  return lower
    .replace(/leg(e|t)?$/u, (_, e: string | undefined) => `lig${e ?? ''}`)
    .replace(/tenest/u, 'tjenest');
}

/** The stem of one lower-cased word. Stop words are returned as written, never conflated with others. */
export function stem(lower: string): string {
  let result = cache.get(lower);
  if (result === undefined) {
    const word = toBokmal(lower);
    result = STOP_WORDS.has(word) ? word : stemmer.stemWord(word);
    if (cache.size > 20000) cache.clear();
    cache.set(lower, result);
  }
  return result;
}

export function isStopWord(lower: string): boolean {
  return STOP_WORDS.has(toBokmal(lower));
}
