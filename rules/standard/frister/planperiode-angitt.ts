import type { Rule } from '../../pack/schema';
import { BVL_URL, PLAN_FRA, PLAN_TIL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'frister/planperiode-angitt',
  area: 'frister',
  severity: 'feil',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 8-1 (planen skal beskrive hvor lenge tiltakene er ment å vare)', url: BVL_URL },
  appliesTo: ['tiltaksplan'],
  check: { type: 'date', from: PLAN_FRA, to: PLAN_TIL, min: { days: 1 }, whenMissing: 'report' },
  message: 'Skriv planperioden med både start- og sluttdato, og sjekk at sluttdatoen kommer etter startdatoen.',
  why: 'Planen skal beskrive hvor lenge tiltakene er ment å vare (bvl. § 8-1). En tydelig periode gjør det mulig å følge opp og fornye planen i tide.',
  example: '«Planperiode: 01.02.2026–31.01.2027»',
  translations: {
    nn: {
      message: 'Skriv planperioden med både start- og sluttdato, og sjekk at sluttdatoen kjem etter startdatoen.',
      why: 'Planen skal skildre kor lenge tiltaka er meinte å vare (bvl. § 8-1). Ein tydeleg periode gjer det mogleg å følgje opp og fornye planen i tide.',
      example: '«Planperiode: 01.02.2026–31.01.2027»',
    },
    en: {
      message: 'Give the plan period with both a start and an end date, and check that the end comes after the start.',
      why: 'The plan must describe how long the measures are meant to last (Child Welfare Act § 8-1). A clear period makes it possible to follow up and renew the plan in time.',
      example: '"Plan period: 01.02.2026–31.01.2027"',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('egne datofelt', doc('tiltaksplan', { planperiodeFra: '01.02.2026', planperiodeTil: '31.01.2027' })),
    fx('periode i ett felt', doc('tiltaksplan', { planperiode: '15.02.25-13.02.26' })),
    fx('håndskrevne datoer', doc('tiltaksplan', { planperiode: '1/3-26 – 28/2-27' })),
    fx('start og lengde', doc('tiltaksplan', { planperiode: '01.02.2026, i 12 måneder' })),
    fx('med månedsnavn', doc('tiltaksplan', { planperiode: '1. januar 2026 til 31. desember 2026' })),
  ],
  bad: [
    fx('sluttdato mangler', doc('tiltaksplan', { planperiodeFra: '01.02.2026' })),
    fx('bare én dato i periodefeltet', doc('tiltaksplan', { planperiode: 'fra 01.02.2026' })),
    fx('bare én måned', doc('tiltaksplan', { planperiode: 'mars 2026' })),
    fx('slutt før start', doc('tiltaksplan', { planperiodeFra: '01.02.2026', planperiodeTil: '01.01.2026' })),
  ],
};
