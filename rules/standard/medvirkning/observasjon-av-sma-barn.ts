import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import { OBSERVASJON } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'medvirkning/observasjon-av-sma-barn',
  area: 'medvirkning',
  severity: 'advarsel',
  basis: { kind: 'veileder', ref: 'Bufdirs veiledning om medvirkning; SSBs kodeliste «barnet medvirket ved observasjon»; bvl. § 1-4 (ingen nedre aldersgrense)' },
  appliesTo: ['vedtak', 'tiltaksplan', 'evaluering'],
  when: { childAge: { max: { param: 'smabarnAlderTil' } } },
  params: { smabarnAlderTil: 3, observasjonsord: OBSERVASJON },
  // An observation described in any of these fields counts.
  check: {
    type: 'oneOf',
    checks: [
      { type: 'mentions', field: ['barnetsSynspunkter', 'situasjonsbeskrivelse', 'samletVurdering', 'vurdering', 'barnetsBeste'], terms: { param: 'observasjonsord' }, mode: 'require' },
      { type: 'mentions', field: 'barnetsSynspunkter', terms: { param: 'observasjonsord' }, mode: 'require' },
      { type: 'mentions', field: 'situasjonsbeskrivelse', terms: { param: 'observasjonsord' }, mode: 'require' },
      { type: 'mentions', field: 'samletVurdering', terms: { param: 'observasjonsord' }, mode: 'require' },
      { type: 'mentions', field: 'vurdering', terms: { param: 'observasjonsord' }, mode: 'require' },
      { type: 'mentions', field: 'barnetsBeste', terms: { param: 'observasjonsord' }, mode: 'require' },
    ],
  },
  message: 'Beskriv hva dere har sett av barnet, for eksempel samspill, lek, reaksjoner og hvordan barnet søker trøst. Det er slik et lite barns perspektiv kommer fram.',
  why: 'Også små barn har rett til medvirkning (bvl. § 1-4). Når barnet er for lite til å samtale, er beskrivelse av observasjoner måten å få barnets perspektiv fram på.',
  example: '«Ved hjemmebesøket lekte [navn] rolig på gulvet, søkte mor da det ringte på og roet seg raskt i fanget hennes.»',
  translations: {
    nn: {
      message: 'Skildra kva de har sett av barnet, til dømes samspel, leik, reaksjonar og korleis barnet søkjer trøyst. Det er slik perspektivet til eit lite barn kjem fram.',
      why: 'Også små barn har rett til medverknad (bvl. § 1-4). Når barnet er for lite til å samtale, er skildring av observasjonar måten å få fram perspektivet til barnet på.',
      example: '«Ved heimebesøket leikte [namn] roleg på golvet, søkte mor då det ringde på og roa seg raskt i fanget hennar.»',
    },
    en: {
      message: 'Describe what you observed of the child, e.g. interaction, play, reactions and how the child seeks comfort. That is how a young child\'s perspective is shown.',
      why: 'Young children also have a right to participate (Child Welfare Act § 1-4). When a child is too young for a conversation, describing observations is how the child\'s perspective is brought forward.',
      example: '"During the home visit [name] played calmly on the floor, went to her mother when the doorbell rang and settled quickly on her lap."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('3-åring, observert', doc('vedtak', { fodselsdato: '01.10.2022', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Barnet er tre år. Ved hjemmebesøk observerte vi at hun søkte trøst hos mor og lekte rolig.' })),
    fx('1-åring, nynorsk', doc('tiltaksplan', { fodselsdato: '01.03.2024', planperiodeFra: '01.01.2026', situasjonsbeskrivelse: 'Guten er eitt år. I samspel med far smilte han og søkte augekontakt.' })),
    fx('mors beskrivelse i eget felt, observasjon i vurderingen', doc('vedtak', { fodselsdato: '01.06.2023', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Mor sier at barnet har det bra.', vurdering: 'Ved hjemmebesøket observerte vi at gutten søkte mor og roet seg raskt.' })),
    fx('8-åring – regelen gjelder ikke (guardrail)', doc('vedtak', { fodselsdato: '01.01.2017', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Hun sier at hun vil bo hos mor.' })),
  ],
  bad: [
    fx('2-åring, bare mors beskrivelse', doc('vedtak', { fodselsdato: '01.06.2023', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Mor sier at barnet har det bra.' })),
    fx('3-åring, ingenting om barnet', doc('evaluering', { fodselsdato: '01.02.2022', evalueringsdato: '10.01.2026', barnetsSynspunkter: 'Barnet er for lite til samtale.' })),
  ],
};
