import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'dokumentasjon/evaluering-per-delmal',
  area: 'dokumentasjon',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 8-1 (vurdere om hjelpen fungerer etter hensikten); BFK «Dokumentasjon av tiltaket» (på hvilken måte målene er oppnådd eller ikke)', url: BVL_URL },
  appliesTo: ['evaluering'],
  params: { minDelmal: 1, minOrd: 6 },
  check: {
    type: 'allOf',
    checks: [
      { type: 'rowCount', rows: 'delmal', min: { param: 'minDelmal' } },
      { type: 'forEach', rows: 'delmal', check: { type: 'present', field: 'evaluering', minWords: { param: 'minOrd' } } },
    ],
  },
  message: 'Vurder hvert delmål for seg: hva viser indikatorene, er målet nådd, delvis nådd eller ikke nådd, og hvorfor? Et ja eller nei alene er ikke nok.',
  why: 'Evalueringen skal vise om hjelpen virker etter hensikten (bvl. § 8-1). Saksbehandlere i revisjonen etterlyste mer enn ja/nei om måloppnåelse, og BFK ber om å dokumentere på hvilken måte målene er nådd.',
  example: '«Delmål 1 (skolegang) er delvis nådd: [navn] har vært på skolen 4 av 5 dager de siste seks ukene, men kommer fortsatt for sent på mandager.»',
  translations: {
    nn: {
      message: 'Vurder kvart delmål for seg: kva viser indikatorane, er målet nått, delvis nått eller ikkje nått, og kvifor? Eit ja eller nei åleine er ikkje nok.',
      why: 'Evalueringa skal vise om hjelpa verkar etter føremålet (bvl. § 8-1). Saksbehandlarar i revisjonen etterlyste meir enn ja/nei om måloppnåing, og BFK ber om å dokumentere på kva måte måla er nådde.',
      example: '«Delmål 1 (skulegang) er delvis nått: [namn] har vore på skulen 4 av 5 dagar dei siste seks vekene, men kjem framleis for seint på måndagar.»',
    },
    en: {
      message: 'Assess each sub-goal on its own: what do the indicators show, is the goal met, partly met or not met, and why? A yes or no alone is not enough.',
      why: 'The evaluation must show whether the help works as intended (Child Welfare Act § 8-1). Caseworkers in the audit asked for more than yes/no on goal attainment, and BFK asks to document how the goals were met.',
      example: '"Sub-goal 1 (school) is partly met: [name] has attended 4 of 5 days for the last six weeks but is still late on Mondays."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('vurdert per delmål', doc('evaluering', {}, { delmal: [
      { delmal: 'Jenta er på skolen minst 4 av 5 dager.', evaluering: 'Delvis nådd: hun har vært på skolen 4 av 5 dager de siste seks ukene, men er borte mange mandager.' },
      { delmal: 'Jenta har en fritidsaktivitet.', evaluering: 'Nådd. Hun går på håndball hver tirsdag og sier at hun liker det.' },
    ] })),
    fx('nynorsk', doc('evaluering', {}, { delmal: [{ delmal: 'Guten søv heime kvar natt.', evaluering: 'Nått. Far fortel at guten har sove heime alle netter sidan oktober.' }] })),
  ],
  bad: [
    fx('bare ja/nei', doc('evaluering', {}, { delmal: [{ delmal: 'Barnet skal gå på skolen.', evaluering: 'Ja' }] })),
    fx('ingen delmål evaluert', doc('evaluering', { samletVurdering: 'Tiltakene fortsetter. Besøkshjem skal starte opp nå.' })),
  ],
};
