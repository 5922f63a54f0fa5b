import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { UTVIDET_FRIST } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

const GRUNN_FELT = ['bakgrunn', 'vurdering', 'vedtak'];

export const rule: Rule = {
  id: 'frister/undersokelse-tre-maneder',
  area: 'frister',
  severity: 'feil',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 2-2 (undersøkelsen skal gjennomføres senest innen tre måneder etter at fristen på én uke i § 2-1 er ute)', url: BVL_URL },
  appliesTo: ['vedtak'],
  when: { not: { any: GRUNN_FELT.map((f) => ({ fieldMentions: { field: f, terms: { param: 'utvidetFristOrd' } } })) } },
  params: { fristMnd: 3, meldingsfristDager: 7, utvidetFristOrd: UTVIDET_FRIST },
  check: {
    type: 'date',
    from: { field: 'meldingMottatt' },
    // Not the vedtaksdato: a later vedtak in the same case may show the old melding date.
    to: { field: 'undersokelseAvsluttet' },
    max: { months: { param: 'fristMnd' }, days: { param: 'meldingsfristDager' } },
  },
  message: 'Undersøkelsen tok mer enn tre måneder etter meldingsfristen. Skriv om fristen ble utvidet, og hvorfor.',
  why: 'Undersøkelsen skal være ferdig senest tre måneder etter at ukesfristen for å vurdere meldingen er ute; bare i spesielle tilfeller kan den utvides til seks måneder (bvl. § 2-2).',
  example: '«Fristen ble utvidet til seks måneder fordi det var nødvendig å innhente uttalelse fra BUP.»',
  translations: {
    nn: {
      message: 'Undersøkinga tok meir enn tre månader etter meldingsfristen. Skriv om fristen vart utvida, og kvifor.',
      why: 'Undersøkinga skal vere ferdig seinast tre månader etter at vekefristen for å vurdere meldinga er ute; berre i spesielle tilfelle kan ho utvidast til seks månader (bvl. § 2-2).',
      example: '«Fristen vart utvida til seks månader fordi det var naudsynt å hente inn fråsegn frå BUP.»',
    },
    en: {
      message: 'The investigation took more than three months after the report deadline. State whether the deadline was extended, and why.',
      why: 'The investigation must be completed within three months after the one-week deadline for assessing the report; only in special cases can it be extended to six months (Child Welfare Act § 2-2).',
      example: '"The deadline was extended to six months because a statement from the child psychiatric service was needed."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('innen tre måneder og en uke', doc('vedtak', { meldingMottatt: '01.09.2025', undersokelseAvsluttet: '05.12.2025' })),
    fx('bare vedtaksdato – kan være et senere vedtak (guardrail)', doc('vedtak', { meldingMottatt: '01.01.2024', vedtaksdato: '20.12.2025' })),
    fx('over tre måneder, utvidet frist med grunn (guardrail)', doc('vedtak', { meldingMottatt: '01.06.2025', undersokelseAvsluttet: '01.11.2025', bakgrunn: 'Fristen ble utvidet til seks måneder fordi vi ventet på uttalelse fra BUP.' })),
  ],
  bad: [
    fx('fire måneder uten grunn', doc('vedtak', { meldingMottatt: '01.06.2025', undersokelseAvsluttet: '15.10.2025' })),
    fx('håndskrevne datoer', doc('vedtak', { meldingMottatt: '1/3-25', undersokelseAvsluttet: '20/9-25' })),
    fx('datoer med månedsnavn', doc('vedtak', { meldingMottatt: '3. mars 2025', undersokelseAvsluttet: '10. september 2025' })),
  ],
};
