import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'barnets-beste/vurdering-av-barnets-beste',
  area: 'barnets-beste',
  severity: 'feil',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 12-5 tredje punktum og § 1-3; Grunnloven § 104 andre ledd; barnekonvensjonen art. 3', url: BVL_URL },
  appliesTo: ['vedtak'],
  params: {
    minOrd: 8,
    barnetsBesteOrd: ['barnets beste', 'barnet sitt beste', 'beste for barnet', 'best for barnet', 'barnets interesser', 'barnet sine interesser', 'barnets beste-vurdering', 'barnets bestevurdering'],
  },
  check: {
    type: 'oneOf',
    checks: [
      { type: 'present', field: 'barnetsBeste', minWords: { param: 'minOrd' } },
      { type: 'mentions', field: 'vurdering', terms: { param: 'barnetsBesteOrd' }, mode: 'require' },
    ],
  },
  message: 'Skriv en egen vurdering av hva som er best for barnet, og hvordan tiltaket ivaretar det.',
  why: 'Vedtaket skal vise hvordan barnets beste er vurdert (bvl. § 12-5 og § 1-3; Grunnloven § 104). Kommunerevisjonen fant at barnets beste ikke alltid var tydelig vurdert.',
  example: '«Barnets beste: [navn] (10) trenger forutsigbare ettermiddager. Støttekontakt to dager i uka gir henne en trygg voksen og avlaster mor, som i dag …»',
  translations: {
    nn: {
      message: 'Skriv ei eiga vurdering av kva som er best for barnet, og korleis tiltaket tek vare på det.',
      why: 'Vedtaket skal vise korleis det beste for barnet er vurdert (bvl. § 12-5 og § 1-3; Grunnlova § 104). Kommunerevisjonen fann at det beste for barnet ikkje alltid var tydeleg vurdert.',
      example: '«Barnet sitt beste: [namn] (10) treng føreseielege ettermiddagar. Støttekontakt to dagar i veka gjev henne ein trygg vaksen og avlastar mor, som i dag …»',
    },
    en: {
      message: "Write a separate assessment of what is best for the child, and how the measure serves it.",
      why: "The decision must show how the child's best interests were assessed (Child Welfare Act §§ 12-5 and 1-3; Constitution § 104). The Oslo audit found best interests were not always clearly assessed.",
      example: '"Best interests: [name] (10) needs predictable afternoons. A support contact two days a week gives her a safe adult and relieves her mother, who currently …"',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('eget felt', doc('vedtak', { barnetsBeste: '[navn] trenger faste rutiner og en trygg voksen etter skolen. Støttekontakt gir dette, og mor får tid til behandling.' })),
    fx('i vurderingen', doc('vedtak', { vurdering: 'Etter en samlet vurdering av barnets beste mener vi at avlastning én helg i måneden gir gutten hvile og mor mulighet til å hente seg inn.' })),
  ],
  bad: [
    fx('mangler helt', doc('vedtak', { vurdering: 'Familien har behov for veiledning. Foreldreveiledning innvilges.' })),
    fx('tomt felt', doc('vedtak', { barnetsBeste: ' ', vurdering: 'Tiltaket innvilges.' })),
  ],
};
