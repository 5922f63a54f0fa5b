import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { BARNETS_BESTE_FRASER } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'barnets-beste/konkret-ikke-pastand',
  area: 'barnets-beste',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 1-3 («må avgjøres etter en konkret vurdering») og § 12-5; HR-2020-661-S', url: BVL_URL },
  appliesTo: ['vedtak'],
  params: { fraser: BARNETS_BESTE_FRASER, minAndreOrd: 10 },
  check: { type: 'notOnlyStockPhrases', field: ['barnetsBeste', 'vurdering'], phrases: { param: 'fraser' }, minOtherWords: { param: 'minAndreOrd' } },
  message: '«Til barnets beste» står her uten begrunnelse. Beskriv hva ved barnets situasjon og behov som gjør at dette tiltaket er best, og hvorfor.',
  why: 'Hva som er barnets beste «må avgjøres etter en konkret vurdering» (bvl. § 1-3). Høyesterett (2020) krever at vurderingen vises, ikke bare konstateres.',
  example: '«Foreldreveiledning (ICDP) er valgt fordi [navn] (4) har mange raserianfall, og mor ønsker verktøy for å møte dem rolig.»',
  translations: {
    nn: {
      message: '«Til barnet sitt beste» står her utan grunngjeving. Skildra kva ved situasjonen og behova til barnet som gjer at dette tiltaket er best, og kvifor.',
      why: 'Kva som er til beste for barnet «må avgjerast etter ei konkret vurdering» (bvl. § 1-3). Høgsterett (2020) krev at vurderinga blir vist, ikkje berre slått fast.',
      example: '«Foreldrerettleiing (ICDP) er vald fordi [namn] (4) har mange raserianfall, og mor ønskjer verktøy for å møte dei roleg.»',
    },
    en: {
      message: '"In the child\'s best interests" is stated without reasons. Describe what in the child\'s situation and needs makes this measure best, and why.',
      why: 'Best interests "must be decided by a concrete assessment" (Child Welfare Act § 1-3). The Supreme Court (2020) requires the assessment to be shown, not merely asserted.',
      example: '"Parental guidance (ICDP) is chosen because [name] (4) has many tantrums, and the mother wants tools to meet them calmly."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('konkret vurdering', doc('vedtak', { barnetsBeste: 'Gutten har stort fravær og sover lite. Familieveileder to ganger i uka kan hjelpe mor med faste leggetider, noe som gir ham overskudd på skolen.' })),
    fx('nynorsk', doc('vedtak', { barnetsBeste: 'Jenta treng ein stabil vaksen utanfor heimen. Besøksheim annakvar helg gjev henne kvile og mor tid til behandling, og ho har sjølv sagt at ho vil prøve.' })),
  ],
  bad: [
    fx('ren påstand (Riksrevisjonens mønster)', doc('vedtak', { barnetsBeste: 'Familien innvilges foreldreveiledning (ICDP). Tiltaket anses å være til barnets beste.' })),
    fx('standardsetning', doc('vedtak', { barnetsBeste: 'Barnevernstjenesten vurderer at tiltaket er til barnets beste.' })),
    fx('nynorsk påstand', doc('vedtak', { barnetsBeste: 'Tiltaket blir vurdert å vere til det beste for barnet.' })),
  ],
};
