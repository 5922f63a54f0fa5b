import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'mal-tiltak/delmal-har-tiltak',
  area: 'mal-tiltak',
  severity: 'advarsel',
  basis: { kind: 'veileder', ref: 'Veileder Q-1104 (tiltakene skal være behovsstyrt); bvl. § 8-1; Østre Viken kommunerevisjon 2024: sammenheng mellom mål og hjelpetiltak' },
  appliesTo: ['tiltaksplan'],
  params: { minTiltak: 1 },
  check: { type: 'forEach', rows: 'delmal', check: { type: 'rowCount', rows: 'tiltak', min: { param: 'minTiltak' } } },
  message: 'Dette delmålet har ingen tiltak. Legg til minst ett tiltak som skal bidra til at målet nås, eller fjern delmålet.',
  why: 'Revisjonen anbefalte å sikre sammenheng mellom målene og hjelpetiltakene. Et delmål uten tiltak blir vanskelig å følge opp og evaluere.',
  example: '«Delmål: [navn] kommer på skolen før kl. 08.30. Tiltak: familieveileder hjelper med morgenrutiner tre dager i uka.»',
  translations: {
    nn: {
      message: 'Dette delmålet har ingen tiltak. Legg til minst eitt tiltak som skal bidra til at målet blir nått, eller fjern delmålet.',
      why: 'Revisjonen tilrådde å sikre samanheng mellom måla og hjelpetiltaka. Eit delmål utan tiltak blir vanskeleg å følgje opp og evaluere.',
      example: '«Delmål: [namn] kjem på skulen før kl. 08.30. Tiltak: familierettleiar hjelper med morgonrutinar tre dagar i veka.»',
    },
    en: {
      message: 'This sub-goal has no measure. Add at least one measure that will help reach it, or remove the sub-goal.',
      why: 'The audit recommended ensuring a clear link between goals and support measures. A sub-goal without a measure is hard to follow up and evaluate.',
      example: '"Sub-goal: [name] arrives at school before 08:30. Measure: a family counsellor helps with morning routines three days a week."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('hvert delmål har tiltak', doc('tiltaksplan', {}, { delmal: [
      { delmal: 'Jenta kommer på skolen hver dag.', tiltak: [{ tiltak: 'Familieveileder hjelper med morgenrutiner', ansvarlig: 'Familieveileder', omfang: '3 ganger per uke' }] },
      { delmal: 'Jenta har en fritidsaktivitet.', tiltak: [{ tiltak: 'Støttekontakt', ansvarlig: 'Barnevernstjenesten', omfang: '4 timer per uke' }] },
    ] })),
    fx('ingen delmål – andre regler (guardrail)', doc('tiltaksplan', { hovedmal: 'Trygg hverdag.' })),
  ],
  bad: [
    fx('ett delmål uten tiltak', doc('tiltaksplan', {}, { delmal: [
      { delmal: 'Gutten sover minst 9 timer hver natt.', tiltak: [{ tiltak: 'Veiledning om leggerutiner', ansvarlig: 'Mor', omfang: 'ukentlig' }] },
      { delmal: 'Gutten gis mulighet til å uttale seg om egen situasjon.' },
    ] })),
    fx('tom tiltaksliste', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Mor og far samarbeider om henting.', tiltak: [] }] })),
  ],
};
