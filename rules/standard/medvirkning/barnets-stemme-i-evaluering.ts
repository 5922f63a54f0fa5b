import type { Rule } from '../../pack/schema';
import { notSmallChild } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { IKKE_HORT } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'medvirkning/barnets-stemme-i-evaluering',
  area: 'medvirkning',
  severity: 'advarsel',
  basis: { kind: 'rundskriv', ref: 'Bufdirs saksbehandlingsrundskriv (samtale med barnet for å vurdere om tiltaket virker); bvl. § 1-4 og § 8-1' },
  appliesTo: ['evaluering'],
  when: { all: [notSmallChild('smabarnAlderTil'), { not: { fieldMentions: { field: ['barnetsSynspunkter', 'samletVurdering'], terms: { param: 'ikkeHortOrd' } } } }] },
  params: { smabarnAlderTil: 3, minUtsagn: 1, ikkeHortOrd: IKKE_HORT },
  // The child's own words in any of these fields count.
  check: {
    type: 'oneOf',
    checks: [
      { type: 'childVoice', field: ['barnetsSynspunkter', 'samletVurdering'], minStatements: { param: 'minUtsagn' }, ignoreAgreementOnly: true },
      { type: 'childVoice', field: 'barnetsSynspunkter', minStatements: { param: 'minUtsagn' }, ignoreAgreementOnly: true },
      { type: 'childVoice', field: 'samletVurdering', minStatements: { param: 'minUtsagn' }, ignoreAgreementOnly: true },
    ],
  },
  message: 'Få fram hva barnet selv sier om hvordan det går og hvordan tiltakene oppleves, ikke bare foreldrenes eller andres syn.',
  why: 'For å vurdere om hjelpen virker (bvl. § 8-1) må barnet høres; rundskrivet peker på at det ofte er nødvendig å snakke med barnet. Revisjonen fant evalueringer der bare mors stemme var gjengitt.',
  example: '«[navn] forteller at han gleder seg til dagene med støttekontakten og at det er lettere å gå på skolen nå.»',
  translations: {
    nn: {
      message: 'Få fram kva barnet sjølv seier om korleis det går og korleis tiltaka blir opplevde, ikkje berre synet til foreldra eller andre.',
      why: 'For å vurdere om hjelpa verkar (bvl. § 8-1), må barnet bli høyrt; rundskrivet peikar på at det ofte er naudsynt å snakke med barnet. Revisjonen fann evalueringar der berre stemma til mor var attgjeven.',
      example: '«[namn] fortel at han gler seg til dagane med støttekontakten, og at det er lettare å gå på skulen no.»',
    },
    en: {
      message: "Show what the child says about how things are going and how the measures feel, not only the parents' or others' view.",
      why: "To judge whether the help works (Child Welfare Act § 8-1) the child must be heard; the circular notes it is often necessary to talk with the child. The audit found evaluations giving only the mother's voice.",
      example: '"[name] says he looks forward to the days with his support contact and that school is easier now."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('barnet om tiltaket', doc('evaluering', { fodselsdato: '10.03.2014', evalueringsdato: '10.01.2026', barnetsSynspunkter: 'I samtale alene sier [navn] at hun liker å være i besøkshjemmet og at hun sover bedre der.' })),
    fx('sitat i samlet vurdering', doc('evaluering', { fodselsdato: '10.03.2012', evalueringsdato: '10.01.2026', samletVurdering: 'Familieveileder beskriver bedre rutiner. Gutten sa: «Det er mindre kjefting hjemme nå.» Mor er fornøyd med veiledningen.' })),
    fx('2-åring (guardrail)', doc('evaluering', { fodselsdato: '10.03.2023', evalueringsdato: '10.01.2026', barnetsSynspunkter: 'Barnet virket trygg i samspill med far og viste glede da han kom.' })),
  ],
  bad: [
    fx('bare mors stemme', doc('evaluering', { fodselsdato: '10.03.2014', evalueringsdato: '10.01.2026', samletVurdering: 'Mor opplever at støttekontakten fungerer godt og at barnet er gladere. Skolen melder om færre konflikter.' })),
    fx('barnesamtale gjennomført, uten innhold', doc('evaluering', { fodselsdato: '10.03.2014', evalueringsdato: '10.01.2026', barnetsSynspunkter: 'Barnesamtale er gjennomført 03.12.' })),
  ],
};
