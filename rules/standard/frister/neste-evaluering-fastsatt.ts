import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'frister/neste-evaluering-fastsatt',
  area: 'frister',
  severity: 'advarsel',
  basis: { kind: 'rundskriv', ref: 'Rundskriv Q-0982 Retningslinjer om hjelpetiltak, kap. 7 (tidspunkt for evaluering; evaluering som hovedregel hvert kvartal); bvl. § 8-1 (systematisk og regelmessig)' },
  appliesTo: ['tiltaksplan', 'evaluering'],
  // A date («15.04.2026», «april 2026») or words («innen tre måneder»); `present` alone does not count a bare date.
  check: {
    type: 'oneOf',
    checks: [
      { type: 'present', field: 'nesteEvaluering' },
      { type: 'pattern', field: 'nesteEvaluering', regex: String.raw`\d{1,2}\s?[./-]\s?\d{1,2}|\d{4}`, mode: 'require' },
    ],
  },
  message: 'Sett dato for neste evaluering. Avsluttes alle tiltak, skriv det i stedet.',
  why: 'Hjelpen skal vurderes systematisk og regelmessig (bvl. § 8-1), og rundskrivet sier at planen som hovedregel bør evalueres hvert kvartal. En fastsatt dato gjør det lettere å holde fristen.',
  example: '«Neste evaluering: 15.04.2026 (evalueringsmøte hjemme hos familien).»',
  translations: {
    nn: {
      message: 'Set dato for neste evaluering. Blir alle tiltaka avslutta, skriv det i staden.',
      why: 'Hjelpa skal vurderast systematisk og regelmessig (bvl. § 8-1), og rundskrivet seier at planen som hovudregel bør evaluerast kvart kvartal. Ein fastsett dato gjer det lettare å halde fristen.',
      example: '«Neste evaluering: 15.04.2026 (evalueringsmøte heime hos familien).»',
    },
    en: {
      message: 'Set a date for the next evaluation. If all measures end, say so instead.',
      why: 'The help must be assessed systematically and regularly (Child Welfare Act § 8-1), and the guidelines say plans should as a rule be evaluated every quarter. A set date makes the deadline easier to keep.',
      example: '"Next evaluation: 15.04.2026 (meeting at the family\'s home)."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('plan med dato', doc('tiltaksplan', { planperiodeFra: '01.01.2026', nesteEvaluering: '01.04.2026' })),
    fx('evaluering med dato', doc('evaluering', { evalueringsdato: '10.01.2026', nesteEvaluering: '10.04.2026' })),
    fx('alle tiltak avsluttes, skrevet i feltet (guardrail)', doc('evaluering', { evalueringsdato: '10.01.2026', nesteEvaluering: 'Ingen – alle tiltak avsluttes.' }, { tiltak: [{ tiltak: 'Støttekontakt', beslutning: 'Avsluttes', begrunnelse: 'Målet er nådd.' }] })),
  ],
  bad: [
    fx('plan uten dato', doc('tiltaksplan', { planperiodeFra: '01.01.2026', planperiodeTil: '31.12.2026' })),
    fx('evaluering uten dato', doc('evaluering', { evalueringsdato: '10.01.2026', nesteEvaluering: '' })),
    fx('ett av to tiltak avsluttes, ingen dato', doc('evaluering', { evalueringsdato: '10.01.2026' }, { tiltak: [{ tiltak: 'Støttekontakt', beslutning: 'Avsluttes', begrunnelse: 'Målet er nådd.' }, { tiltak: 'Avlastning', beslutning: 'Fortsette', begrunnelse: 'Mor trenger fortsatt hvile.' }] })),
  ],
};
