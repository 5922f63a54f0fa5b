import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'frister/neste-evaluering-innen-intervall',
  area: 'frister',
  severity: 'advarsel',
  basis: { kind: 'rundskriv', ref: 'Rundskriv Q-0982 Retningslinjer om hjelpetiltak, kap. 7: tiltaksplaner bør som hovedregel evalueres hvert kvartal (intervallet er en parameter, ikke en lovfrist); bvl. § 8-1' },
  appliesTo: ['tiltaksplan', 'evaluering'],
  params: { intervallMnd: 3 },
  check: {
    type: 'date',
    from: [{ field: 'evalueringsdato' }, { field: 'forrigeEvaluering' }, { field: 'planperiodeFra' }, { field: 'planperiode', pick: 'first' }],
    to: { field: 'nesteEvaluering' },
    max: { months: { param: 'intervallMnd' } },
  },
  message: 'Neste evaluering er satt mer enn tre måneder fram. Sett en tidligere dato, eller skriv hvorfor det er forsvarlig å vente lenger i denne saken.',
  why: 'Rundskrivet om hjelpetiltak sier at planen som hovedregel bør evalueres hvert kvartal, og at sjeldnere evaluering må vurderes konkret. Revisjonen fant at minst 7 av 20 evalueringer kom for sent.',
  example: '«Forrige evaluering 10.01.2026. Neste evaluering 10.04.2026.»',
  translations: {
    nn: {
      message: 'Neste evaluering er sett meir enn tre månader fram. Set ein tidlegare dato, eller skriv kvifor det er forsvarleg å vente lenger i denne saka.',
      why: 'Rundskrivet om hjelpetiltak seier at planen som hovudregel bør evaluerast kvart kvartal, og at sjeldnare evaluering må vurderast konkret. Revisjonen fann at minst 7 av 20 evalueringar kom for seint.',
      example: '«Førre evaluering 10.01.2026. Neste evaluering 10.04.2026.»',
    },
    en: {
      message: 'The next evaluation is set more than three months ahead. Choose an earlier date, or explain why waiting longer is sound in this case.',
      why: 'The guidelines on support measures say plans should as a rule be evaluated every quarter, and less frequent evaluation must be justified case by case. The audit found at least 7 of 20 evaluations were late.',
      example: '"Previous evaluation 10.01.2026. Next evaluation 10.04.2026."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('plan: tre måneder etter start', doc('tiltaksplan', { planperiodeFra: '08.04.2024', nesteEvaluering: '08.07.2024' })),
    fx('evaluering: to måneder fram', doc('evaluering', { evalueringsdato: '10.01.2026', nesteEvaluering: '10.03.2026' })),
    fx('evaluering: «i løpet av april 2026»', doc('evaluering', { evalueringsdato: '10.01.2026', nesteEvaluering: 'i løpet av april 2026' })),
    fx('plan: regnet fra forrige evaluering, ikke planstart (guardrail)', doc('tiltaksplan', { planperiodeFra: '01.06.2025', forrigeEvaluering: '01.12.2025', nesteEvaluering: '01.03.2026' })),
  ],
  bad: [
    fx('plan: seks måneder fram', doc('tiltaksplan', { planperiodeFra: '01.01.2026', nesteEvaluering: '01.07.2026' })),
    fx('evaluering: «høsten 2026»', doc('evaluering', { evalueringsdato: '10.01.2026', nesteEvaluering: 'høsten 2026' })),
    fx('evaluering: neste om et år', doc('evaluering', { evalueringsdato: '21.06.2023', nesteEvaluering: '21.06.2024' })),
  ],
};
