import type { Rule } from '../../pack/schema';
import { notSmallChild } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { IKKE_HORT } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'medvirkning/barnets-stemme-i-tiltaksplan',
  area: 'medvirkning',
  severity: 'advarsel',
  basis: { kind: 'veileder', ref: 'Veileder Q-1104 «Tiltaksplaner og omsorgsplaner i barnevernstjenesten» (barn skal finne igjen sine egne formuleringer); bvl. § 1-4 og § 8-1' },
  appliesTo: ['tiltaksplan'],
  when: { all: [notSmallChild('smabarnAlderTil'), { not: { fieldMentions: { field: ['barnetsSynspunkter', 'situasjonsbeskrivelse'], terms: { param: 'ikkeHortOrd' } } } }] },
  params: { smabarnAlderTil: 3, minUtsagn: 1, ikkeHortOrd: IKKE_HORT },
  // The child's own words in any of these fields count.
  check: {
    type: 'oneOf',
    checks: [
      { type: 'childVoice', field: ['barnetsSynspunkter', 'situasjonsbeskrivelse', 'hovedmal'], minStatements: { param: 'minUtsagn' }, ignoreAgreementOnly: true },
      { type: 'childVoice', field: 'barnetsSynspunkter', minStatements: { param: 'minUtsagn' }, ignoreAgreementOnly: true },
      { type: 'childVoice', field: 'situasjonsbeskrivelse', minStatements: { param: 'minUtsagn' }, ignoreAgreementOnly: true },
      { type: 'childVoice', field: 'hovedmal', minStatements: { param: 'minUtsagn' }, ignoreAgreementOnly: true },
    ],
  },
  message: 'Få fram hva barnet selv mener om situasjonen, målene og tiltakene, gjerne med barnets egne ord. At barnet er enig i målene er ikke nok alene.',
  why: 'Planen skal lages i samarbeid med barnet, og barnet skal kunne kjenne igjen sine egne formuleringer (veileder Q-1104, bvl. § 1-4). Revisjonen fant barnets egne ord tydelig bare ett sted i 20 mapper.',
  example: '«[navn] sier at det vanskeligste er morgenene. Hun ønsker selv at målet skal være å komme på skolen før første time.»',
  translations: {
    nn: {
      message: 'Få fram kva barnet sjølv meiner om situasjonen, måla og tiltaka, gjerne med orda til barnet. At barnet er einig i måla, er ikkje nok åleine.',
      why: 'Planen skal lagast i samarbeid med barnet, og barnet skal kunne kjenne att sine eigne formuleringar (rettleiar Q-1104, bvl. § 1-4). Revisjonen fann orda til barnet tydeleg berre éin stad i 20 mapper.',
      example: '«[namn] seier at morgonane er det vanskelegaste. Ho ønskjer sjølv at målet skal vere å kome på skulen før første time.»',
    },
    en: {
      message: "Show what the child thinks about the situation, the goals and the measures, ideally in the child's own words. That the child agrees with the goals is not enough on its own.",
      why: "The plan is to be made together with the child, who should recognise their own wording in it (guide Q-1104, Child Welfare Act § 1-4). The audit found the child's own words clearly only once in 20 files.",
      example: '"[name] says mornings are the hardest. She wants the goal to be getting to school before the first lesson."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('eget felt med barnets ord', doc('tiltaksplan', { fodselsdato: '14.02.2013', planperiodeFra: '01.01.2026', barnetsSynspunkter: '[navn] sier at hun vil ha hjelp med leksene og at hun gruer seg til friminuttene fordi hun ikke har noen å være med.' })),
    fx('i situasjonsbeskrivelsen, med sitat', doc('tiltaksplan', { fodselsdato: '14.02.2011', planperiodeFra: '01.01.2026', situasjonsbeskrivelse: 'Gutten bor med mor og to søsken. Han forteller at han ofte er sint på skolen: «Ingen hører på meg.» Mor opplever at han sover lite.' })),
    fx('notatets eksempel på barnets egen stemme', doc('tiltaksplan', { fodselsdato: '14.02.2014', planperiodeFra: '01.01.2026', barnetsSynspunkter: '[navn] forteller i samtale alene med saksbehandler at hun gruer seg til friminuttene fordi hun ikke har noen å være sammen med. Hun sier: «Jeg vil at noen skal spørre meg om å være med.» Hun ønsker at støttekontakten kan bli med henne på håndball.' })),
    fx('enighet i eget felt, egne ord i situasjonsbeskrivelsen', doc('tiltaksplan', { fodselsdato: '14.02.2012', planperiodeFra: '01.01.2026', barnetsSynspunkter: 'Hun er enig i målene.', situasjonsbeskrivelse: 'Jenta bor med mor. Hun forteller at hun savner venner fra den gamle skolen og ønsker å begynne på korps.' })),
    fx('3-åring (guardrail)', doc('tiltaksplan', { fodselsdato: '01.06.2022', planperiodeFra: '01.01.2026', barnetsSynspunkter: 'Observert i barnehagen: barnet søker voksne når hun blir lei seg og roer seg raskt.' })),
  ],
  bad: [
    fx('bare enighet (revisjonens eksempel)', doc('tiltaksplan', { fodselsdato: '14.02.2012', planperiodeFra: '01.01.2026', situasjonsbeskrivelse: 'Målene er gjennomgått med barnet, og barnet er enig i målene.' })),
    fx('bare enighet, «hun er enig med målene» (revisjonens ordlyd)', doc('tiltaksplan', { fodselsdato: '14.02.2010', planperiodeFra: '01.01.2026', barnetsSynspunkter: 'hun er enig med målene' })),
    fx('bare gjennom andre', doc('tiltaksplan', { fodselsdato: '14.02.2012', planperiodeFra: '01.01.2026', barnetsSynspunkter: 'Mor forteller at barnet gruer seg til skolen. Kontaktlærer beskriver at hun er stille i timene.' })),
  ],
};
