import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'mal-tiltak/nytt-tiltak-i-plan',
  area: 'mal-tiltak',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 8-1 (planen skal endres dersom barnets behov tilsier det); hjelpetiltak besluttes ved vedtak (§ 3-1)', url: BVL_URL },
  appliesTo: ['evaluering'],
  when: {
    any: [
      { fieldMentions: { field: 'samletVurdering', terms: { param: 'nyttTiltakOrd' } } },
    ],
  },
  params: {
    // Verbs that start something; not «nye tiltak», which mostly occurs as «ikke behov for nye tiltak».
    nyttTiltakOrd: [
      'skal starte opp', 'starte opp', 'starter opp', 'startes opp', 'skal starte', 'settes inn', 'setjast inn', 'blir sett inn',
      'igangsettes', 'iverksettes', 'setjast i verk', 'settes i gang', 'kommer i gang', 'supplere med', 'suppleres med', 'supplerast med',
      'utvides med', 'utvidast med', 'i tillegg få',
    ],
    planord: [
      'tiltaksplan*', 'planen', 'ny plan', 'planen oppdateres', 'planen blir oppdatert', 'oppdater*', 'revider*', 'vedtak*',
      'søknad', 'søkt', 'innstilling',
    ],
  },
  check: { type: 'mentions', field: 'samletVurdering', terms: { param: 'planord' }, mode: 'require' },
  message: 'Evalueringen nevner et nytt tiltak. Skriv at tiltaksplanen blir oppdatert med tiltaket, og om det trengs et nytt vedtak.',
  why: 'Planen skal endres når barnets behov tilsier det (bvl. § 8-1), og nye hjelpetiltak besluttes ved vedtak. Revisjonen fant evalueringer der et nytt tiltak («Besøkshjem skal starte opp nå») ikke sto i planen.',
  example: '«Besøkshjem skal starte opp i mars. Tiltaksplanen oppdateres med et nytt delmål, og vedtak om besøkshjem fattes.»',
  translations: {
    nn: {
      message: 'Evalueringa nemner eit nytt tiltak. Skriv at tiltaksplanen blir oppdatert med tiltaket, og om det trengst eit nytt vedtak.',
      why: 'Planen skal endrast når behova til barnet tilseier det (bvl. § 8-1), og nye hjelpetiltak blir avgjorde ved vedtak. Revisjonen fann evalueringar der eit nytt tiltak («Besøksheim skal starte opp no») ikkje stod i planen.',
      example: '«Besøksheim skal starte opp i mars. Tiltaksplanen blir oppdatert med eit nytt delmål, og det blir gjort vedtak om besøksheim.»',
    },
    en: {
      message: 'The evaluation mentions a new measure. State that the plan will be updated with it, and whether a new decision is needed.',
      why: 'The plan must change when the child\'s needs require it (Child Welfare Act § 8-1), and new support measures are decided by a formal decision. The audit found evaluations introducing a new measure ("Respite home will start now") that was not in the plan.',
      example: '"A respite home will start in March. The plan is updated with a new sub-goal, and a decision on the respite home will be made."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('nytt tiltak, planen oppdateres', doc('evaluering', { samletVurdering: 'Besøkshjem skal starte opp i mars. Tiltaksplanen oppdateres, og det fattes vedtak om besøkshjem.' })),
    fx('ingen nye tiltak (guardrail)', doc('evaluering', { samletVurdering: 'Hjelpen virker, og tiltakene fortsetter uendret. Det er ikke behov for nye tiltak.' })),
    fx('nynorsk', doc('evaluering', { samletVurdering: 'Rettleiinga blir supplert med avlasting. Vi gjer vedtak og oppdaterer planen.' })),
  ],
  bad: [
    fx('revisjonens eksempel', doc('evaluering', { samletVurdering: 'Tiltakene fortsetter. Besøkshjem skal starte opp nå.' })),
    fx('supplere med, uten plan', doc('evaluering', { samletVurdering: 'Støttekontakten fungerer godt. Vi vil supplere med leksehjelp to dager i uka.' })),
  ],
};
