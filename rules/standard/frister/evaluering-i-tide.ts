import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'frister/evaluering-i-tide',
  area: 'frister',
  severity: 'advarsel',
  basis: { kind: 'rundskriv', ref: 'Rundskriv Q-0982 Retningslinjer om hjelpetiltak, kap. 7 (evaluering som hovedregel hvert kvartal; sjeldnere må vurderes konkret); bvl. § 8-1' },
  appliesTo: ['evaluering'],
  params: {
    intervallMnd: 3,
    toleranseDager: 14,
    forsinkelsesord: [
      'forsinket', 'forseinka', 'senere enn planlagt', 'seinare enn planlagt', 'utsatt', 'utsett', 'flyttet', 'flytta', 'grunnen til at',
      'årsaken til at', 'fordi', 'på grunn av', 'grunnet', 'sjeldnere', 'sjeldnare', 'lengre intervall', 'lengre mellom',
    ],
  },
  check: {
    type: 'oneOf',
    checks: [
      {
        type: 'date',
        from: [{ field: 'forrigeEvaluering' }, { field: 'planperiodeFra' }],
        to: { field: 'evalueringsdato' },
        max: { months: { param: 'intervallMnd' }, days: { param: 'toleranseDager' } },
      },
      { type: 'mentions', field: 'samletVurdering', terms: { param: 'forsinkelsesord' }, mode: 'require' },
    ],
  },
  message: 'Det har gått mer enn tre måneder siden forrige evaluering. Skriv kort hvorfor, og sett neste evaluering innen tre måneder.',
  why: 'Planen bør som hovedregel evalueres hvert kvartal (rundskriv Q-0982), og sjeldnere evaluering må vurderes konkret. Revisjonen fant evalueringer som var fra én til åtte måneder forsinket.',
  example: '«Evalueringen ble utsatt fra desember til februar fordi [navn] var innlagt. Neste evaluering er 15.05.2026.»',
  translations: {
    nn: {
      message: 'Det har gått meir enn tre månader sidan førre evaluering. Skriv kort kvifor, og set neste evaluering innan tre månader.',
      why: 'Planen bør som hovudregel evaluerast kvart kvartal (rundskriv Q-0982), og sjeldnare evaluering må vurderast konkret. Revisjonen fann evalueringar som var frå éin til åtte månader forseinka.',
      example: '«Evalueringa vart utsett frå desember til februar fordi [namn] var innlagd. Neste evaluering er 15.05.2026.»',
    },
    en: {
      message: 'More than three months have passed since the last evaluation. Briefly say why, and set the next evaluation within three months.',
      why: 'Plans should as a rule be evaluated every quarter (guidelines Q-0982), and less frequent evaluation must be justified case by case. The audit found evaluations one to eight months late.',
      example: '"The evaluation was moved from December to February because [name] was in hospital. Next evaluation is 15.05.2026."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('tre måneder etter forrige', doc('evaluering', { forrigeEvaluering: '10.10.2025', evalueringsdato: '10.01.2026' })),
    fx('forsinket, men forklart', doc('evaluering', { forrigeEvaluering: '12.10.2025', evalueringsdato: '15.03.2026', samletVurdering: 'Evalueringen ble utsatt fordi familien var på reise i januar.' })),
    fx('første evaluering, regnet fra planstart', doc('evaluering', { planperiodeFra: '01.11.2025', evalueringsdato: '28.01.2026' })),
  ],
  bad: [
    fx('fem måneder etter forrige (revisjonens mønster)', doc('evaluering', { forrigeEvaluering: '12.10.2023', evalueringsdato: '15.03.2024', samletVurdering: 'Tiltakene fortsetter.' })),
    fx('første evaluering et halvt år etter start', doc('evaluering', { planperiodeFra: '01.06.2025', evalueringsdato: '10.01.2026' })),
  ],
};
