import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'frister/evaluering-forfalt',
  area: 'frister',
  severity: 'advarsel',
  basis: { kind: 'rundskriv', ref: 'Rundskriv Q-0982 Retningslinjer om hjelpetiltak, kap. 7 (evaluering som hovedregel hvert kvartal); bvl. § 8-1 (systematisk og regelmessig vurdering)' },
  appliesTo: ['tiltaksplan', 'evaluering'],
  params: { intervallMnd: 3, toleranseDager: 0 },
  check: {
    type: 'allOf',
    checks: [
      // The planned date has passed …
      { type: 'date', from: { field: 'nesteEvaluering' }, to: 'today', max: { days: { param: 'toleranseDager' } } },
      // … or, with no planned date, more than the interval has gone since the start or the last evaluation.
      {
        type: 'when',
        condition: { not: { fieldPresent: 'nesteEvaluering' } },
        check: {
          type: 'date',
          from: [{ field: 'evalueringsdato' }, { field: 'forrigeEvaluering' }, { field: 'planperiodeFra' }, { field: 'planperiode', pick: 'first' }],
          to: 'today',
          max: { months: { param: 'intervallMnd' } },
        },
      },
    ],
  },
  message: 'Datoen for neste evaluering er passert. Gjennomfør og dokumenter evalueringen, eller sett en ny dato med en kort begrunnelse.',
  why: 'Hjelpen skal vurderes systematisk og regelmessig (bvl. § 8-1). Revisjonen fant evalueringer som var fra én til åtte måneder forsinket, og varsler som ble lukket uten at evalueringen ble gjort.',
  example: '«Evaluering gjennomført 12.04.2026 sammen med mor og [navn]. Neste evaluering 12.07.2026.»',
  translations: {
    nn: {
      message: 'Datoen for neste evaluering er passert. Gjennomfør og dokumenter evalueringa, eller set ein ny dato med ei kort grunngjeving.',
      why: 'Hjelpa skal vurderast systematisk og regelmessig (bvl. § 8-1). Revisjonen fann evalueringar som var frå éin til åtte månader forseinka, og varsel som vart lukka utan at evalueringa vart gjord.',
      example: '«Evaluering gjennomført 12.04.2026 saman med mor og [namn]. Neste evaluering 12.07.2026.»',
    },
    en: {
      message: 'The date for the next evaluation has passed. Carry out and document the evaluation, or set a new date with a short reason.',
      why: 'The help must be assessed systematically and regularly (Child Welfare Act § 8-1). The audit found evaluations one to eight months late, and reminders closed without any evaluation being done.',
      example: '"Evaluation held on 12.04.2026 with the mother and [name]. Next evaluation 12.07.2026."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('dato fram i tid', doc('tiltaksplan', { planperiodeFra: '01.12.2025', nesteEvaluering: '01.03.2026' }), '2026-01-15'),
    fx('ny plan under tre måneder gammel, uten evaluering (revisjonens unntak)', doc('tiltaksplan', { planperiodeFra: '01.11.2025' }), '2026-01-15'),
    fx('evaluering skrevet nå, neste om tre måneder', doc('evaluering', { evalueringsdato: '10.01.2026', nesteEvaluering: '10.04.2026' }), '2026-01-15'),
    fx('måned uten dag, ikke omme ennå', doc('tiltaksplan', { planperiodeFra: '01.10.2025', nesteEvaluering: 'i løpet av januar 2026' }), '2026-01-15'),
    fx('dato uten år, fram i tid', doc('tiltaksplan', { planperiodeFra: '01.12.2025', nesteEvaluering: 'innen 1. mars' }), '2026-01-15'),
    fx('evaluert nylig', doc('tiltaksplan', { planperiodeFra: '01.03.2025', forrigeEvaluering: '05.01.2026' }), '2026-01-15'),
  ],
  bad: [
    fx('revisjonens eksempel: start 08.04.24, sett 15.08.24', doc('tiltaksplan', { planperiodeFra: '08.04.2024', nesteEvaluering: '08.07.2024' }), '2024-08-15'),
    fx('evaluering: neste dato passert for over et år siden', doc('evaluering', { evalueringsdato: '20.05.2025', nesteEvaluering: '20.08.2025' }), '2026-11-23'),
    fx('dato uten år, passert', doc('tiltaksplan', { planperiodeFra: '01.10.2025', nesteEvaluering: '15.12.' }), '2026-01-15'),
    fx('uke som er passert', doc('tiltaksplan', { planperiodeFra: '01.10.2025', nesteEvaluering: 'uke 2 2026' }), '2026-01-15'),
    fx('ingen dato, siste evaluering for et år siden', doc('tiltaksplan', { planperiodeFra: '13.06.2023', forrigeEvaluering: '21.06.2023' }), '2024-08-15'),
  ],
};
