import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'medvirkning/barnet-informert',
  area: 'medvirkning',
  severity: 'råd',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 1-4 (barnet skal få tilstrekkelig og tilpasset informasjon); Riksrevisjonens vurderingskriterium «saksinformasjon er gitt til barnet»', url: BVL_URL },
  appliesTo: ['vedtak'],
  // Off by default: a good-practice hint a quality lead can switch on (well-written vedtak often leave it implicit).
  enabled: false,
  when: { all: [{ not: { childAge: { max: { param: 'smabarnAlderTil' } } } }, { fieldPresent: 'barnetsSynspunkter' }] },
  params: {
    smabarnAlderTil: 3,
    informertOrd: ['informert', 'informer*', 'orientert', 'orienter*', 'fått informasjon', 'fekk informasjon', 'fått vite', 'fekk vite', 'forklart', 'forklarte', 'fortalt om', 'fortalde om', 'fått forklart', 'fekk forklart', 'vi fortalte', 'vi fortalde', 'gjennomgått med', 'fått tilpasset', 'snakket om hvorfor', 'snakka om kvifor', 'hvorfor barnevernet', 'kvifor barnevernet'],
  },
  check: { type: 'mentions', field: 'barnetsSynspunkter', terms: { param: 'informertOrd' }, mode: 'require' },
  message: 'Skriv kort hva barnet er fortalt om saken og vedtaket, og hvordan informasjonen ble tilpasset barnets alder.',
  why: 'Barnet har rett til tilstrekkelig og tilpasset informasjon for å kunne medvirke (bvl. § 1-4). Riksrevisjonen fant saker der det ikke var dokumentert at barnet var informert.',
  example: '«[navn] fikk forklart at barnevernet vil hjelpe familien med faste rutiner, og hva en familieveileder gjør.»',
  translations: {
    nn: {
      message: 'Skriv kort kva barnet er fortalt om saka og vedtaket, og korleis informasjonen vart tilpassa alderen til barnet.',
      why: 'Barnet har rett til tilstrekkeleg og tilpassa informasjon for å kunne medverke (bvl. § 1-4). Riksrevisjonen fann saker der det ikkje var dokumentert at barnet var informert.',
      example: '«[namn] fekk forklart at barnevernet vil hjelpe familien med faste rutinar, og kva ein familierettleiar gjer.»',
    },
    en: {
      message: "Briefly state what the child was told about the case and the decision, and how the information was adapted to the child's age.",
      why: 'The child has a right to sufficient, adapted information in order to participate (Child Welfare Act § 1-4). The national audit found cases where it was not documented that the child had been informed.',
      example: '"[name] had it explained that the service wants to help the family with fixed routines, and what a family counsellor does."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('informert', doc('vedtak', { fodselsdato: '01.01.2014', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Hun ble informert om hvorfor barnevernet er involvert. Hun sier at hun vil ha hjelp.' })),
    fx('nynorsk, fekk forklart', doc('vedtak', { fodselsdato: '01.01.2014', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Guten fekk forklart kva ein støttekontakt er. Han seier at han vil prøve.' })),
    fx('2-åring (guardrail)', doc('vedtak', { fodselsdato: '01.06.2023', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Barnet lekte rolig og søkte mor ved hjemmebesøket.' })),
  ],
  bad: [
    fx('bare synspunkt', doc('vedtak', { fodselsdato: '01.01.2014', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Hun sier at hun vil ha hjelp med leksene.' })),
    fx('ukjent alder, ingen informasjon', doc('vedtak', { barnetsSynspunkter: 'Gutten ønsker å fortsette på fotball.' })),
  ],
};
