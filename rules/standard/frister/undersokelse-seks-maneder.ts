import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { UTVIDET_FRIST } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

const GRUNN_FELT = ['bakgrunn', 'vurdering', 'vedtak'];

export const rule: Rule = {
  id: 'frister/undersokelse-seks-maneder',
  area: 'frister',
  severity: 'feil',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 2-2 (i spesielle tilfeller kan undersøkelsestiden utvides til inntil seks måneder totalt)', url: BVL_URL },
  appliesTo: ['vedtak'],
  // Without a stated extension, the three-month rule applies and reports the delay.
  when: { any: GRUNN_FELT.map((f) => ({ fieldMentions: { field: f, terms: { param: 'utvidetFristOrd' } } })) },
  params: { fristMnd: 6, meldingsfristDager: 7, utvidetFristOrd: UTVIDET_FRIST },
  check: {
    type: 'date',
    from: { field: 'meldingMottatt' },
    // Not the vedtaksdato: a later vedtak in the same case may show the old melding date.
    to: { field: 'undersokelseAvsluttet' },
    max: { months: { param: 'fristMnd' }, days: { param: 'meldingsfristDager' } },
  },
  message: 'Undersøkelsen tok mer enn seks måneder, som er lengste tillatte frist også når den er utvidet. Skriv hva som forsinket saken.',
  why: 'Selv med utvidet frist skal undersøkelsen være ferdig innen seks måneder (bvl. § 2-2). Når fristen er brutt, bør årsaken dokumenteres.',
  example: '«Undersøkelsen ble forsinket fordi familien var utenlands i to måneder; dette er meldt som avvik.»',
  translations: {
    nn: {
      message: 'Undersøkinga tok meir enn seks månader, som er lengste tillatne frist også når ho er utvida. Skriv kva som forseinka saka.',
      why: 'Sjølv med utvida frist skal undersøkinga vere ferdig innan seks månader (bvl. § 2-2). Når fristen er broten, bør årsaka dokumenterast.',
      example: '«Undersøkinga vart forseinka fordi familien var utanlands i to månader; dette er meldt som avvik.»',
    },
    en: {
      message: 'The investigation took more than six months, the longest deadline allowed even when extended. State what delayed the case.',
      why: 'Even with an extended deadline, the investigation must be completed within six months (Child Welfare Act § 2-2). When the deadline is missed, the reason should be documented.',
      example: '"The investigation was delayed because the family was abroad for two months; this has been reported as a deviation."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('utvidet, innen seks måneder', doc('vedtak', { meldingMottatt: '01.06.2025', undersokelseAvsluttet: '01.12.2025', bakgrunn: 'Fristen ble utvidet fordi vi ventet på uttalelse fra BUP.' })),
    fx('nynorsk, utvida frist', doc('vedtak', { meldingMottatt: '01.03.2025', undersokelseAvsluttet: '20.08.2025', vurdering: 'Fristen vart utvida på grunn av sjukdom i familien.' })),
  ],
  bad: [
    fx('utvidet, men over seks måneder', doc('vedtak', { meldingMottatt: '01.01.2025', undersokelseAvsluttet: '01.09.2025', bakgrunn: 'Fristen ble utvidet fordi familien var på reise.' })),
    fx('sju måneder, spesielle tilfeller nevnt', doc('vedtak', { meldingMottatt: '10.02.2025', undersokelseAvsluttet: '15.09.2025', vurdering: 'Saken er et av de spesielle tilfellene der det var behov for mer tid.' })),
  ],
};
