import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { EVALUERING_FRASER } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'dokumentasjon/evaluering-ikke-enlinjer',
  area: 'dokumentasjon',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 8-1 (systematisk og regelmessig vurdering av om hjelpen fungerer); rundskriv Q-0982 (vurderinger og konklusjoner dokumenteres)', url: BVL_URL },
  appliesTo: ['evaluering'],
  params: { minOrd: 20, fraser: EVALUERING_FRASER, minAndreOrd: 15 },
  check: {
    type: 'allOf',
    checks: [
      { type: 'present', field: 'samletVurdering', minWords: { param: 'minOrd' } },
      { type: 'notOnlyStockPhrases', field: 'samletVurdering', phrases: { param: 'fraser' }, minOtherWords: { param: 'minAndreOrd' } },
    ],
  },
  message: 'Evalueringen er svært kort. Beskriv hvordan det går med barnet, hva som har virket og ikke, og hva som skal skje videre.',
  why: 'Hjelpen skal vurderes systematisk (bvl. § 8-1), og vurderinger og konklusjoner skal dokumenteres (rundskriv Q-0982). Revisjonen fant evalueringer på to korte setninger, som «Tiltakene fortsetter. Besøkshjem skal starte opp nå.»',
  example: '«Siden forrige evaluering har [navn] vært på skolen nesten hver dag. Støttekontakten har fungert godt, og hun sier selv at hun gleder seg til onsdagene. Rutinene om kvelden er fortsatt vanskelige, så familieveileder fortsetter med fokus på leggetid.»',
  translations: {
    nn: {
      message: 'Evalueringa er svært kort. Skildra korleis det går med barnet, kva som har verka og ikkje, og kva som skal skje vidare.',
      why: 'Hjelpa skal vurderast systematisk (bvl. § 8-1), og vurderingar og konklusjonar skal dokumenterast (rundskriv Q-0982). Revisjonen fann evalueringar på to korte setningar, som «Tiltaka held fram. Besøksheim skal starte opp no.»',
      example: '«Sidan førre evaluering har [namn] vore på skulen nesten kvar dag. Støttekontakten har fungert godt, og ho seier sjølv at ho gler seg til onsdagane. Rutinane om kvelden er framleis vanskelege, så familierettleiaren held fram med fokus på leggjetid.»',
    },
    en: {
      message: 'The evaluation is very short. Describe how the child is doing, what has and has not worked, and what happens next.',
      why: 'The help must be assessed systematically (Child Welfare Act § 8-1), and assessments and conclusions documented (guidelines Q-0982). The audit found evaluations of two short sentences, such as "The measures continue. Respite home will start now."',
      example: '"Since the last evaluation [name] has been at school almost every day. The support contact has worked well, and she says she looks forward to Wednesdays. Evenings are still difficult, so the family counsellor continues with a focus on bedtime."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('utfyllende', doc('evaluering', { samletVurdering: 'Siden forrige evaluering har jenta vært på skolen nesten hver dag. Støttekontakten har fungert godt, og hun sier selv at hun gleder seg til onsdagene. Kveldsrutinene er fortsatt vanskelige, og mor ønsker mer hjelp. Familieveileder fortsetter derfor med fokus på leggetid, og vi vurderer besøkshjem på nytt ved neste evaluering.' })),
    fx('nynorsk', doc('evaluering', { samletVurdering: 'Guten har fått færre konfliktar på skulen etter at PMTO starta. Far fortel at han sjølv har fått betre verktøy, og guten seier at det er mindre kjefting heime. Måla om søvn er delvis nådde, og tiltaket held fram i tre nye månader med vekt på morgonrutinar.' })),
  ],
  bad: [
    fx('revisjonens eksempel', doc('evaluering', { samletVurdering: 'Tiltakene fortsetter. Besøkshjem skal starte opp nå.' })),
    fx('halvannen linje', doc('evaluering', { samletVurdering: 'Tiltaket fungerer bra og videreføres som før. Ingen endring.' })),
    fx('mangler', doc('evaluering', { evalueringsdato: '10.01.2026' })),
  ],
};
