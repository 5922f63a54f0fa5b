import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'mal-tiltak/mal-i-vedtak',
  area: 'mal-tiltak',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 3-1 (hjelpetiltak skal være egnet til å bidra til positiv endring) og § 8-1; rundskriv Q-0982', url: BVL_URL },
  appliesTo: ['vedtak'],
  when: { not: { endsMeasure: true } },
  params: {
    minOrd: 5,
    malOrd: ['mål', 'målet', 'målene', 'måla', 'målsetting*', 'målsetjing*', 'formål*', 'føremål*', 'hensikt*', 'siktemål*', 'for å', 'slik at', 'skal bidra', 'skal gi', 'skal gje', 'skal hjelpe', 'med mål om', 'med sikte på'],
  },
  check: {
    type: 'oneOf',
    checks: [
      { type: 'present', field: 'mal', minWords: { param: 'minOrd' } },
      { type: 'mentions', field: 'vedtak', terms: { param: 'malOrd' }, mode: 'require' },
      { type: 'mentions', field: 'vurdering', terms: { param: 'malOrd' }, mode: 'require' },
    ],
  },
  message: 'Skriv hva som er målet med tiltaket som innvilges: hva skal endre seg for barnet?',
  why: 'Et hjelpetiltak skal være egnet til å bidra til positiv endring (bvl. § 3-1). Når målet står i vedtaket, blir tiltaksplanen og evalueringene tydeligere.',
  example: '«Målet med familieveileder er at [navn] får faste rutiner om morgenen og kommer presis på skolen.»',
  translations: {
    nn: {
      message: 'Skriv kva som er målet med tiltaket som blir innvilga: kva skal endre seg for barnet?',
      why: 'Eit hjelpetiltak skal vere eigna til å bidra til positiv endring (bvl. § 3-1). Når målet står i vedtaket, blir tiltaksplanen og evalueringane tydelegare.',
      example: '«Målet med familierettleiar er at [namn] får faste rutinar om morgonen og kjem presis på skulen.»',
    },
    en: {
      message: 'State the goal of the measure being granted: what should change for the child?',
      why: 'A support measure must be suited to bring about positive change (Child Welfare Act § 3-1). Stating the goal in the decision makes the plan and the evaluations clearer.',
      example: '"The goal of the family counsellor is that [name] gets fixed morning routines and arrives at school on time."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('eget målfelt', doc('vedtak', { mal: 'Jenta skal få faste rutiner og komme på skolen hver dag.', vedtak: 'Familieveileder innvilges.' })),
    fx('i vedtaksteksten, nynorsk', doc('vedtak', { vedtak: 'Guten får støttekontakt fire timar i veka for å få ein fast aktivitet og ein vaksen å snakke med.' })),
    fx('avslutning (guardrail)', doc('vedtak', { avslutterTiltak: { checked: true }, vedtak: 'Støttekontakt avsluttes.' })),
  ],
  bad: [
    fx('bare innvilgelse', doc('vedtak', { vedtak: 'Familien innvilges foreldreveiledning (ICDP) fra 01.02.2026.' })),
    fx('tomt målfelt', doc('vedtak', { mal: '-', vedtak: 'Støttekontakt innvilges.' })),
  ],
};
