import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import { OMFANG } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'mal-tiltak/omfang-per-tiltak',
  area: 'mal-tiltak',
  severity: 'advarsel',
  basis: { kind: 'rundskriv', ref: 'Rundskriv Q-0982 Retningslinjer om hjelpetiltak, kap. 7 (oversikt over hjelpetiltakenes omfang); bvl. § 8-1 (hva tiltakene skal inneholde)' },
  appliesTo: ['tiltaksplan'],
  params: { omfangsord: OMFANG },
  check: {
    type: 'forEach',
    rows: 'delmal.tiltak',
    check: {
      type: 'oneOf',
      checks: [
        { type: 'mentions', field: 'omfang', terms: { param: 'omfangsord' }, mode: 'require' },
        { type: 'mentions', field: 'tiltak', terms: { param: 'omfangsord' }, mode: 'require' },
      ],
    },
  },
  message: 'Skriv omfanget av tiltaket: hvor ofte og hvor mye, for eksempel «2 timer per uke» eller «hver 14. dag».',
  why: 'Planen skal gi oversikt over hjelpetiltakenes omfang (rundskriv Q-0982). Omfang gjør det mulig å se om tiltaket faktisk er gitt som planlagt og å evaluere det.',
  example: '«Omfang: 3 timer hver tirsdag og torsdag.»',
  translations: {
    nn: {
      message: 'Skriv omfanget av tiltaket: kor ofte og kor mykje, til dømes «2 timar per veke» eller «kvar 14. dag».',
      why: 'Planen skal gje oversikt over omfanget av hjelpetiltaka (rundskriv Q-0982). Omfang gjer det mogleg å sjå om tiltaket faktisk er gjeve som planlagt, og å evaluere det.',
      example: '«Omfang: 3 timar kvar tysdag og torsdag.»',
    },
    en: {
      message: 'State the scope of the measure: how often and how much, e.g. "2 hours per week" or "every other week".',
      why: 'The plan should give an overview of the scope of the measures (guidelines Q-0982). Stating it shows whether the measure was delivered as planned and makes it possible to evaluate.',
      example: '"Scope: 3 hours every Tuesday and Thursday."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('timer per uke og hver 14. dag', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Fritid.', tiltak: [
      { tiltak: 'Støttekontakt', ansvarlig: 'Barnevernstjenesten', omfang: '2 timer per uke' },
      { tiltak: 'Besøkshjem', ansvarlig: 'Barnevernstjenesten', omfang: 'hver 14. dag' },
    ] }] })),
    fx('nynorsk, i tiltaksteksten', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Leksehjelp.', tiltak: [{ tiltak: 'Leksehjelp to gonger i veka', ansvarlig: 'Skulen' }] }] })),
    fx('ukentlig og x ganger i måneden', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Rutiner.', tiltak: [
      { tiltak: 'Familieveileder', ansvarlig: 'Familieveileder', omfang: 'ukentlig' },
      { tiltak: 'Samtaler med saksbehandler', ansvarlig: 'Saksbehandler', omfang: '2 ganger i måneden' },
    ] }] })),
  ],
  bad: [
    fx('etter behov', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Trygghet.', tiltak: [{ tiltak: 'Råd og veiledning', ansvarlig: 'Saksbehandler', omfang: 'etter behov' }] }] })),
    fx('omfang mangler', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Skole.', tiltak: [{ tiltak: 'Støttekontakt', ansvarlig: 'Barnevernstjenesten' }] }] })),
  ],
};
