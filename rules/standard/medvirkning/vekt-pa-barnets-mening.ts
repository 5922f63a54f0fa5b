import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { IKKE_HORT, VEKT } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'medvirkning/vekt-pa-barnets-mening',
  area: 'medvirkning',
  severity: 'feil',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 12-5 andre punktum («hvilken vekt barnets mening er tillagt»); § 1-4; barnekonvensjonen art. 12', url: BVL_URL },
  appliesTo: ['vedtak'],
  when: { all: [{ fieldPresent: 'barnetsSynspunkter' }, { not: { fieldMentions: { field: 'barnetsSynspunkter', terms: { param: 'ikkeHortOrd' } } } }] },
  params: { vektord: VEKT, ikkeHortOrd: IKKE_HORT },
  check: {
    type: 'oneOf',
    checks: [
      { type: 'mentions', field: 'barnetsSynspunkter', terms: { param: 'vektord' }, mode: 'require' },
      { type: 'mentions', field: 'vurdering', terms: { param: 'vektord' }, mode: 'require' },
      { type: 'mentions', field: 'barnetsBeste', terms: { param: 'vektord' }, mode: 'require' },
    ],
  },
  message: 'Skriv hvilken vekt barnets mening er tillagt i avgjørelsen, og hvorfor, ut fra barnets alder og modenhet.',
  why: 'Barnevernsloven § 12-5 krever at det går fram hvilken vekt barnets mening er tillagt. Riksrevisjonen fant at barnets synspunkter ofte ble gjengitt uten at det gikk fram hvordan de var vurdert.',
  example: '«Barnevernstjenesten har lagt stor vekt på at [navn] (12) selv ønsker støttekontakt, fordi hun er moden og har tenkt godt gjennom det.»',
  translations: {
    nn: {
      message: 'Skriv kva vekt meininga til barnet er tillagd i avgjerda, og kvifor, ut frå alderen og modenskapen til barnet.',
      why: 'Barnevernslova § 12-5 krev at det går fram kva vekt meininga til barnet er tillagd. Riksrevisjonen fann at synspunkta til barnet ofte vart attgjevne utan at det gjekk fram korleis dei var vurderte.',
      example: '«Barnevernstenesta har lagt stor vekt på at [namn] (12) sjølv ønskjer støttekontakt, fordi ho er moden og har tenkt godt gjennom det.»',
    },
    en: {
      message: "State what weight the child's view was given in the decision, and why, given the child's age and maturity.",
      why: "The Child Welfare Act § 12-5 requires the decision to state the weight given to the child's view. The national audit found children's views were often quoted without showing how they were assessed.",
      example: '"The service has given great weight to [name] (12) wanting a support contact, because she is mature and has thought it through."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('vektlagt i vurderingen', doc('vedtak', { barnetsSynspunkter: '[navn] sier at hun vil ha støttekontakt.', vurdering: 'Barnevernstjenesten har vektlagt barnets ønske om støttekontakt, da hun er 13 år og har gode grunner.' })),
    fx('lagt vekt på, i eget felt', doc('vedtak', { barnetsSynspunkter: 'Gutten ønsker å bo hjemme. Det er lagt vekt på dette i vurderingen av tiltak.' })),
    fx('nynorsk «vekta»', doc('vedtak', { barnetsSynspunkter: 'Ho seier at ho vil vere i besøksheimen kvar tredje helg.', barnetsBeste: 'Ønsket hennar er vekta tungt fordi ho er 14 år.' })),
    fx('ikke hørt – annen regel (guardrail)', doc('vedtak', { barnetsSynspunkter: 'Vi har ikke snakket med barnet fordi hun var på ferie.' })),
  ],
  bad: [
    fx('gjengitt uten vekting', doc('vedtak', { barnetsSynspunkter: 'Per (9) sier han er lei seg når mor og far krangler.', vurdering: 'Barnevernstjenesten vurderer at familien trenger foreldreveiledning.' })),
    fx('bare enighet, ingen vekt', doc('vedtak', { barnetsSynspunkter: 'Hun er enig i tiltaket.', barnetsBeste: 'Tiltaket er til barnets beste.' })),
  ],
};
