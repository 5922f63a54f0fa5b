import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

/**
 * Two parties joined as a list («barnevernstjenesten, mor og skolen», «mor og far», «skule/PPT»). A role with
 * a name or unit («Familieveileder Hanne, tiltaksteamet», «Mor, Line», «Barnevernstjenesten v/ saksbehandler»)
 * is one party: only role words directly joined by «,», «og», «/», «&» or «+» count.
 */
const PART = String.raw`(?:barnevern\p{L}*|mor|far|mamma|pappa|foreldr\p{L}*|forelder|skole\p{L}*|skule\p{L}*|barnehage\p{L}*|ppt|bup|nav|helsestasjon\p{L}*|helsesykepleier\p{L}*|helsesjukepleiar\p{L}*|familieveileder\p{L}*|familierettleiar\p{L}*|veileder\p{L}*|rettleiar\p{L}*|støttekontakt\p{L}*|saksbehandler\p{L}*|saksbehandlar\p{L}*|lærer\p{L}*|lærar\p{L}*|kontaktlærer\p{L}*|kontaktlærar\p{L}*|tiltaksteam\p{L}*|fastlege\p{L}*|barnet|ungdommen|familien)`;
const FLERE_PARTER = String.raw`(?<![\p{L}])${PART}\s*(?:,|\bog\b|\beller\b|/|&|\+)\s*${PART}(?![\p{L}])`;

export const rule: Rule = {
  id: 'mal-tiltak/ansvarlig-per-tiltak',
  area: 'mal-tiltak',
  severity: 'advarsel',
  basis: { kind: 'veileder', ref: 'Veileder Q-1104 og kommunale rutiner for tiltaksplaner (mål, delmål, tiltaksform og ansvar); Østre Viken kommunerevisjon 2024 (ansvar ikke fordelt per tiltak i 3 av 20 mapper)' },
  appliesTo: ['tiltaksplan'],
  check: {
    type: 'forEach',
    rows: 'delmal.tiltak',
    check: { type: 'allOf', checks: [{ type: 'present', field: 'ansvarlig' }, { type: 'pattern', field: 'ansvarlig', regex: FLERE_PARTER, flags: 'iu', mode: 'forbid' }] },
  },
  message: 'Skriv én ansvarlig for dette tiltaket (en person eller instans). Deler flere på ansvaret, del tiltaket opp eller skriv hvem som har hovedansvaret.',
  why: 'Revisjonen fant planer der ansvaret sto som én liste for hele planen («barnevernstjenesten, mor og skolen»), slik at ingen visste hvem som hadde ansvar for hva.',
  example: '«Ansvarlig: støttekontakten avtaler tid med [navn]; barnevernstjenesten har ansvar for rammene» deles i to tiltak, hvert med sin ansvarlige.',
  translations: {
    nn: {
      message: 'Skriv éin ansvarleg for dette tiltaket (ein person eller instans). Deler fleire på ansvaret, del opp tiltaket eller skriv kven som har hovudansvaret.',
      why: 'Revisjonen fann planar der ansvaret stod som éi liste for heile planen («barnevernstenesta, mor og skulen»), slik at ingen visste kven som hadde ansvar for kva.',
      example: '«Ansvarleg: støttekontakten avtalar tid med [namn]; barnevernstenesta har ansvar for rammene» blir delt i to tiltak, kvart med sin ansvarlege.',
    },
    en: {
      message: 'Name one responsible party for this measure (a person or agency). If several share it, split the measure or state who has the main responsibility.',
      why: 'The audit found plans where responsibility was one list for the whole plan ("the service, the mother and the school"), so nobody knew who was responsible for what.',
      example: '"Responsible: the support contact arranges times with [name]; the service is responsible for the framework" becomes two measures, each with its own responsible party.',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('én ansvarlig per tiltak', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Trygg skolevei.', tiltak: [
      { tiltak: 'Følge til skolen', ansvarlig: 'Mor', omfang: 'hver dag' },
      { tiltak: 'Støttekontakt', ansvarlig: 'Barnevernstjenesten v/ saksbehandler', omfang: '4 timer per uke' },
    ] }] })),
    fx('sammensatt instansnavn (guardrail)', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Ro i familien.', tiltak: [{ tiltak: 'Familieterapi', ansvarlig: 'Barne- og familietjenesten', omfang: 'annenhver uke' }] }] })),
  ],
  bad: [
    fx('liste for hele planen (revisjonens eksempel)', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Jenta deltar i en fritidsaktivitet.', tiltak: [{ tiltak: 'Samarbeidsmøter, fritidsaktiviteter og barnesamtaler', ansvarlig: 'Barnevernstjenesten, mor og skolen', omfang: 'månedlig' }] }] })),
    fx('ansvarlig mangler', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Gutten sover hjemme.', tiltak: [{ tiltak: 'Veiledning om kveldsrutiner', omfang: 'ukentlig' }] }] })),
  ],
};
