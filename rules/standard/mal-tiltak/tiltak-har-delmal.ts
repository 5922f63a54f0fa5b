import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'mal-tiltak/tiltak-har-delmal',
  area: 'mal-tiltak',
  severity: 'advarsel',
  basis: { kind: 'veileder', ref: 'Veileder Q-1104 (tiltak skal være «behovsstyrt» heller enn «tilbudsstyrt»); BFK: tydelig kobling mellom tiltak og mål; bvl. § 8-1' },
  appliesTo: ['tiltaksplan'],
  // A tiltak row sits under a delmål row; a row with tiltak but no delmål text holds tiltak without a goal.
  check: {
    type: 'forEach',
    rows: 'delmal',
    check: { type: 'oneOf', checks: [{ type: 'present', field: 'delmal' }, { type: 'rowCount', rows: 'tiltak', max: 0 }] },
  },
  message: 'Her står tiltak uten et delmål. Skriv hvilket mål tiltaket skal bidra til, så det går fram hvorfor tiltaket er satt inn.',
  why: 'Tiltak skal settes inn for å møte barnets behov, ikke fordi de er tilgjengelige (veileder Q-1104). Revisjonen fant tiltak som «barnesamtaler» uten at det gikk fram hva de skulle føre til.',
  example: '«Delmål: [navn] forteller hva hun ønsker for hverdagen sin. Tiltak: samtaler med saksbehandler hver fjerde uke.»',
  translations: {
    nn: {
      message: 'Her står tiltak utan eit delmål. Skriv kva mål tiltaket skal bidra til, så det går fram kvifor tiltaket er sett inn.',
      why: 'Tiltak skal setjast inn for å møte behova til barnet, ikkje fordi dei er tilgjengelege (rettleiar Q-1104). Revisjonen fann tiltak som «barnesamtalar» utan at det gjekk fram kva dei skulle føre til.',
      example: '«Delmål: [namn] fortel kva ho ønskjer for kvardagen sin. Tiltak: samtalar med saksbehandlar kvar fjerde veke.»',
    },
    en: {
      message: 'These measures have no sub-goal. State which goal the measure should help reach, so it is clear why it was put in place.',
      why: 'Measures should meet the child\'s needs, not be chosen because they are available (guide Q-1104). The audit found measures such as «child conversations» with no stated purpose.',
      example: '"Sub-goal: [name] says what she wants for her everyday life. Measure: conversations with the caseworker every four weeks."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('tiltak under delmål', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Gutten har en fast aktivitet i uka.', tiltak: [{ tiltak: 'Støttekontakt', ansvarlig: 'Barnevernstjenesten', omfang: '3 timer per uke' }] }] })),
    fx('delmål uten tiltak – annen regel (guardrail)', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Mor og barn har gode måltider sammen.' }] })),
  ],
  bad: [
    fx('tiltak uten delmål', doc('tiltaksplan', {}, { delmal: [{ delmal: '', tiltak: [{ tiltak: 'Barnesamtaler', ansvarlig: 'Saksbehandler', omfang: 'hver 4. uke' }] }] })),
    fx('tiltak i rad uten delmålsfelt', doc('tiltaksplan', {}, { delmal: [
      { delmal: 'Jenta sover hjemme hver natt.', tiltak: [{ tiltak: 'Veiledning', ansvarlig: 'Familieveileder', omfang: 'ukentlig' }] },
      { tiltak: [{ tiltak: 'Samarbeidsmøter', ansvarlig: 'Barnevernstjenesten', omfang: 'hver 3. måned' }] },
    ] })),
  ],
};
