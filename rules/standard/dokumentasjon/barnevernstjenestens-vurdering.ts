import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { VURDERINGSORD } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'dokumentasjon/barnevernstjenestens-vurdering',
  area: 'dokumentasjon',
  severity: 'feil',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 12-5 første punktum (hvilke barnevernsfaglige vurderinger som er lagt til grunn); § 12-4; forvaltningsloven §§ 24–25', url: BVL_URL },
  appliesTo: ['vedtak'],
  params: { minOrd: 15, vurderingsord: VURDERINGSORD, minVurderingsord: 2 },
  check: {
    type: 'allOf',
    checks: [
      { type: 'present', field: 'vurdering', minWords: { param: 'minOrd' } },
      { type: 'when', condition: { fieldPresent: 'vurdering' }, check: { type: 'mentions', field: 'vurdering', terms: { param: 'vurderingsord' }, mode: 'require', min: { param: 'minVurderingsord' } } },
    ],
  },
  message: 'Skriv barnevernstjenestens egen vurdering: hva opplysningene betyr for barnet, hva som taler for og mot, og hvorfor dere konkluderer som dere gjør.',
  why: 'Vedtaket skal vise hvilke barnevernsfaglige vurderinger som er lagt til grunn (bvl. § 12-5). Riksrevisjonen fant at vurderingene ofte var knappe, og at det ikke gikk fram hvordan opplysningene hadde betydning for konklusjonen.',
  example: '«Vi vurderer at [navn]s fravær henger sammen med uroen om kveldene. Det taler for veiledning i hjemmet framfor tiltak på skolen, fordi …»',
  translations: {
    nn: {
      message: 'Skriv vurderinga til barnevernstenesta: kva opplysningane tyder for barnet, kva som talar for og mot, og kvifor de konkluderer som de gjer.',
      why: 'Vedtaket skal vise kva barnevernfaglege vurderingar som er lagde til grunn (bvl. § 12-5). Riksrevisjonen fann at vurderingane ofte var knappe, og at det ikkje gjekk fram korleis opplysningane hadde noko å seie for konklusjonen.',
      example: '«Vi vurderer at fråværet til [namn] heng saman med uroa om kveldane. Det talar for rettleiing i heimen framfor tiltak på skulen, fordi …»',
    },
    en: {
      message: "Write the service's own assessment: what the information means for the child, what speaks for and against, and why you conclude as you do.",
      why: 'The decision must show the professional assessments it is based on (Child Welfare Act § 12-5). The national audit found assessments were often thin and did not show how the facts mattered for the conclusion.',
      example: '"We consider that [name]\'s absence is linked to the unsettled evenings. That speaks for guidance at home rather than measures at school, because …"',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('vurdering med begrunnelse', doc('vedtak', { vurdering: 'Barnevernstjenesten vurderer at jentas fravær henger sammen med urolige kvelder og lite søvn. Mor er motivert og har tatt imot råd tidligere. Det taler for veiledning i hjemmet framfor tiltak på skolen, fordi utfordringene oppstår hjemme. Samtidig er vi bekymret for at mor er alene om omsorgen, og vil derfor vurdere avlastning ved første evaluering.' })),
    fx('nynorsk', doc('vedtak', { vurdering: 'Barnevernstenesta vurderer at guten har behov for ein fast vaksen utanfor heimen. Far meiner sjølv at han treng kvile, og det talar for støttekontakt. Vi har lagt vekt på at guten sjølv ønskjer det, og at tiltaket kan gje han meir meistring på fritida, fordi han i dag er mykje åleine.' })),
  ],
  bad: [
    fx('knapp (Riksrevisjonens funn)', doc('vedtak', { vurdering: 'Familien har behov for hjelp. Tiltaket innvilges.' })),
    fx('bare gjengitte fakta', doc('vedtak', { vurdering: 'Skolen melder om 30 dagers fravær dette skoleåret. Mor har vært sykmeldt siden januar. Gutten går i fjerde klasse og har to søsken. Far bor i en annen kommune og har samvær annenhver helg. Familien har tidligere hatt støttekontakt i ett år, og helsestasjonen har fulgt opp lillesøster.' })),
  ],
};
