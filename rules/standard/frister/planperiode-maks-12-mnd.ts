import type { Rule } from '../../pack/schema';
import { PLAN_FRA, PLAN_TIL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'frister/planperiode-maks-12-mnd',
  area: 'frister',
  severity: 'advarsel',
  basis: { kind: 'rundskriv', ref: 'Rundskriv Q-0982 Retningslinjer om hjelpetiltak, kap. 7 (tidsavgrenset tiltaksplan); kommunale rutiner for tiltaksplaner (maks ett år)' },
  appliesTo: ['tiltaksplan'],
  params: { maksMnd: 12 },
  check: { type: 'date', from: PLAN_FRA, to: PLAN_TIL, max: { months: { param: 'maksMnd' } } },
  message: 'Planperioden er lengre enn 12 måneder. Kort ned perioden, og lag heller en ny plan når denne går ut.',
  why: 'Planen skal være tidsavgrenset, og rutinene setter som regel en øvre grense på ett år. Revisjonen fant en plan som gikk over nesten to år (13.06.23–05.02.25).',
  example: '«Planperiode: 01.03.2026–28.02.2027»',
  translations: {
    nn: {
      message: 'Planperioden er lengre enn 12 månader. Kort ned perioden, og lag heller ein ny plan når denne går ut.',
      why: 'Planen skal vere tidsavgrensa, og rutinane set som regel ei øvre grense på eitt år. Revisjonen fann ein plan som gjekk over nesten to år (13.06.23–05.02.25).',
      example: '«Planperiode: 01.03.2026–28.02.2027»',
    },
    en: {
      message: 'The plan period is longer than 12 months. Shorten it, and make a new plan when this one runs out.',
      why: 'The plan must be time-limited, and routines usually set an upper limit of one year. The audit found a plan running for almost two years (13.06.23–05.02.25).',
      example: '"Plan period: 01.03.2026–28.02.2027"',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('nøyaktig ett år', doc('tiltaksplan', { planperiodeFra: '01.03.2026', planperiodeTil: '01.03.2027' })),
    fx('revisjonens eksempel innenfor ett år', doc('tiltaksplan', { planperiode: '15.02.23-13.02.24' })),
    fx('start og lengde: ett år', doc('tiltaksplan', { planperiode: 'Fra 1. mars 2026, for ett år' })),
    fx('første dato uten år', doc('tiltaksplan', { planperiode: '1. mars – 28. februar 2027' })),
    fx('overlappende planer er greit – bare denne perioden teller (guardrail)', doc('tiltaksplan', { planperiodeFra: '01.01.2026', planperiodeTil: '31.12.2026', forrigeEvaluering: '15.12.2025' })),
  ],
  bad: [
    fx('revisjonens eksempel 13.06.23–05.02.25', doc('tiltaksplan', { planperiode: '13.06.23 – 05.02.25' })),
    fx('start og lengde: 18 mnd', doc('tiltaksplan', { planperiode: '01.03.2026 og 18 mnd fram' })),
    fx('13 måneder', doc('tiltaksplan', { planperiodeFra: '01.01.2026', planperiodeTil: '01.02.2027' })),
  ],
};
