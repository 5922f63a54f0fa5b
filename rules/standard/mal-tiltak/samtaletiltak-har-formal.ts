import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'mal-tiltak/samtaletiltak-har-formal',
  area: 'mal-tiltak',
  severity: 'råd',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 8-1 (planen skal beskrive hva tiltakene skal inneholde); Østre Viken kommunerevisjon 2024 (barnesamtaler uten angitt formål)', url: BVL_URL },
  appliesTo: ['tiltaksplan'],
  params: {
    generelleTiltak: ['barnesamtale*', 'samtale*', 'samarbeidsmøte*', 'ansvarsgruppe*', 'observasjon*', 'oppfølging*', 'råd og veiledning', 'råd og rettleiing', 'veiledning', 'rettleiing', 'kartlegging*'],
    formalsord: ['for å', 'slik at', 'formål*', 'føremål*', 'hensikt*', 'målet er', 'med mål om', 'skal avklare', 'skal kartlegge', 'skal gi', 'skal gje', 'om hvordan', 'om korleis', 'om hva', 'om kva', 'knyttet til', 'knytt til', 'med fokus på', 'med vekt på', 'om skole*', 'om skule*', 'om søvn', 'om rutine*', 'om venner', 'om hjemme*', 'om heime*'],
  },
  check: {
    type: 'forEach',
    rows: 'delmal.tiltak',
    check: {
      type: 'when',
      condition: { fieldMentions: { field: 'tiltak', terms: { param: 'generelleTiltak' } } },
      check: { type: 'mentions', field: 'tiltak', terms: { param: 'formalsord' }, mode: 'require' },
    },
  },
  message: 'Skriv hva tiltaket skal føre til, for eksempel hva samtalene med barnet skal handle om eller avklare.',
  why: 'Revisjonen fant «barnesamtaler» som tiltak uten at det gikk fram, verken i planen eller evalueringen, hva som skulle komme ut av dem. Planen skal beskrive hva tiltakene skal inneholde (bvl. § 8-1).',
  example: '«Barnesamtaler hver fjerde uke for å høre hvordan [navn] opplever skolen og avlastningen.»',
  translations: {
    nn: {
      message: 'Skriv kva tiltaket skal føre til, til dømes kva samtalane med barnet skal handle om eller avklare.',
      why: 'Revisjonen fann «barnesamtalar» som tiltak utan at det gjekk fram, verken i planen eller evalueringa, kva som skulle kome ut av dei. Planen skal skildre kva tiltaka skal innehalde (bvl. § 8-1).',
      example: '«Barnesamtalar kvar fjerde veke for å høyre korleis [namn] opplever skulen og avlastinga.»',
    },
    en: {
      message: 'State what the measure is meant to achieve, e.g. what the conversations with the child should be about or clarify.',
      why: 'The audit found «child conversations» as a measure with no statement, in the plan or the evaluation, of what they were meant to produce. The plan must describe what the measures contain (Child Welfare Act § 8-1).',
      example: '"Conversations with the child every four weeks to hear how [name] experiences school and respite care."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('samtaler med formål', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Barnets stemme.', tiltak: [{ tiltak: 'Barnesamtaler for å høre hvordan [navn] har det på skolen', ansvarlig: 'Saksbehandler', omfang: 'hver 4. uke' }] }] })),
    fx('konkret tiltak uten samtale (guardrail)', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Fritid.', tiltak: [{ tiltak: 'Støttekontakt', ansvarlig: 'Barnevernstjenesten', omfang: '4 timer per uke' }] }] })),
  ],
  bad: [
    fx('barnesamtaler uten formål (revisjonens eksempel)', doc('tiltaksplan', {}, { delmal: [{ delmal: '[navn] gis mulighet til å uttale seg om egen situasjon.', tiltak: [{ tiltak: 'Barnesamtaler og observasjoner', ansvarlig: 'Barnevernstjenesten', omfang: 'månedlig' }] }] })),
    fx('råd og veiledning', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Trygg hverdag.', tiltak: [{ tiltak: 'Råd og veiledning', ansvarlig: 'Saksbehandler', omfang: 'månedlig' }] }] })),
  ],
};
