import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { HJELPEN_VIRKER } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'dokumentasjon/hjelpen-virker',
  area: 'dokumentasjon',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 8-1 (systematisk og regelmessig vurdere om hjelpen fungerer etter hensikten, om det er behov for nye tiltak eller grunnlag for omsorgsovertakelse)', url: BVL_URL },
  appliesTo: ['evaluering'],
  when: { fieldPresent: 'samletVurdering' },
  params: { virkerOrd: HJELPEN_VIRKER },
  check: {
    type: 'oneOf',
    checks: [
      { type: 'mentions', field: 'samletVurdering', terms: { param: 'virkerOrd' }, mode: 'require' },
      {
        type: 'allOf',
        checks: [
          { type: 'rowCount', rows: 'delmal', min: 1 },
          { type: 'forEach', rows: 'delmal', check: { type: 'mentions', field: 'evaluering', terms: { param: 'virkerOrd' }, mode: 'require' } },
        ],
      },
    ],
  },
  message: 'Skriv om hjelpen har virket etter hensikten: hva har endret seg for barnet siden forrige plan eller evaluering, og trengs det andre tiltak?',
  why: 'Barnevernstjenesten skal systematisk vurdere om hjelpen fungerer etter hensikten og om det er behov for nye tiltak (bvl. § 8-1). Revisjonen fant evalueringer som bare sa at tiltakene fortsatte.',
  example: '«Veiledningen har ført til faste leggetider, og [navn] sover bedre. Skolefraværet er redusert, men det er fortsatt behov for støtte om morgenen.»',
  translations: {
    nn: {
      message: 'Skriv om hjelpa har verka etter føremålet: kva har endra seg for barnet sidan førre plan eller evaluering, og trengst det andre tiltak?',
      why: 'Barnevernstenesta skal systematisk vurdere om hjelpa fungerer etter føremålet og om det er behov for nye tiltak (bvl. § 8-1). Revisjonen fann evalueringar som berre sa at tiltaka heldt fram.',
      example: '«Rettleiinga har ført til faste leggjetider, og [namn] søv betre. Skulefråværet er redusert, men det er framleis behov for støtte om morgonen.»',
    },
    en: {
      message: 'State whether the help has worked as intended: what has changed for the child since the last plan or evaluation, and are other measures needed?',
      why: 'The service must systematically assess whether the help works as intended and whether new measures are needed (Child Welfare Act § 8-1). The audit found evaluations that only said the measures continued.',
      example: '"The guidance has led to fixed bedtimes, and [name] sleeps better. Absence is down, but support is still needed in the mornings."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('endring beskrevet', doc('evaluering', { samletVurdering: 'Veiledningen har ført til faste leggetider, og gutten sover bedre. Fraværet er redusert.' })),
    fx('nynorsk, per delmål', doc('evaluering', { samletVurdering: 'Sjå delmåla under.' }, { delmal: [{ delmal: 'Skulegang.', evaluering: 'Delvis nått: ho er på skulen fire av fem dagar.' }] })),
  ],
  bad: [
    fx('revisjonens eksempel', doc('evaluering', { samletVurdering: 'Tiltakene fortsetter. Besøkshjem skal starte opp nå.' })),
    fx('bare aktiviteter', doc('evaluering', { samletVurdering: 'Det har vært seks møter med familieveileder og to ansvarsgruppemøter i perioden. Støttekontakt har vært med gutten på kino og bowling.' })),
  ],
};
