import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import { EVALUERINGSTID } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'frister/vedtak-evalueringstidspunkt',
  area: 'frister',
  severity: 'advarsel',
  basis: { kind: 'rundskriv', ref: 'Rundskriv Q-0982 Retningslinjer om hjelpetiltak, kap. 7: det bør framgå av vedtaket at det er utarbeidet tiltaksplan, og tidspunkt for evaluering bør angis' },
  appliesTo: ['vedtak'],
  when: { not: { endsMeasure: true } },
  params: { evalueringsord: EVALUERINGSTID },
  check: {
    type: 'oneOf',
    checks: [
      { type: 'mentions', field: 'varighetEvaluering', terms: { param: 'evalueringsord' }, mode: 'require' },
      { type: 'mentions', field: 'vedtak', terms: { param: 'evalueringsord' }, mode: 'require' },
    ],
  },
  message: 'Skriv når tiltaket skal evalueres, og at det lages en tiltaksplan.',
  why: 'Rundskrivet om hjelpetiltak sier at vedtaket bør vise at det er laget en tiltaksplan og når tiltaket skal evalueres. Da vet familien når hjelpen skal vurderes på nytt.',
  example: '«Tiltaket følges opp i tiltaksplan og evalueres første gang innen 01.05.2026.»',
  translations: {
    nn: {
      message: 'Skriv når tiltaket skal evaluerast, og at det blir laga ein tiltaksplan.',
      why: 'Rundskrivet om hjelpetiltak seier at vedtaket bør vise at det er laga ein tiltaksplan og når tiltaket skal evaluerast. Då veit familien når hjelpa skal vurderast på nytt.',
      example: '«Tiltaket blir følgt opp i tiltaksplan og evaluert første gong innan 01.05.2026.»',
    },
    en: {
      message: 'State when the measure will be evaluated, and that a measures plan will be made.',
      why: 'The guidelines on support measures say the decision should show that a plan has been made and when the measure will be evaluated, so the family knows when the help will be reviewed.',
      example: '"The measure is followed up in a plan and first evaluated by 01.05.2026."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('evalueres innen dato', doc('vedtak', { varighetEvaluering: 'Tiltaket evalueres innen 01.05.2026.' })),
    fx('nynorsk i vedtaksteksten', doc('vedtak', { vedtak: 'Avlasting blir innvilga. Tiltaket blir evaluert etter tre månader.' })),
    fx('avslutning (guardrail)', doc('vedtak', { avslutterTiltak: { checked: true }, vedtak: 'Avlastning avsluttes 31.01.2026.' })),
  ],
  bad: [
    fx('bare varighet', doc('vedtak', { varighetEvaluering: 'Tiltaket varer til 31.07.2026.' })),
    fx('ingenting', doc('vedtak', { vedtak: 'Familien innvilges støttekontakt 4 timer per uke.' })),
  ],
};
