import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

const FELT = ['vedtak', 'foreldrenesSynspunkter', 'vurdering', 'bakgrunn'];

export const rule: Rule = {
  id: 'dokumentasjon/samtykke-til-hjelpetiltak',
  area: 'dokumentasjon',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 3-1 (frivillige hjelpetiltak bygger på samtykke fra den som har den daglige omsorgen)', url: BVL_URL },
  appliesTo: ['vedtak'],
  when: {
    all: [
      { not: { endsMeasure: true } },
      { any: [{ fieldMentions: { field: 'hjemmel', terms: ['3-1', 'hjelpetiltak*'] } }, { fieldMentions: { field: 'vedtak', terms: ['3-1', 'hjelpetiltak*'] } }] },
    ],
  },
  params: {
    samtykkeord: [
      'samtykk*', 'samtykt', 'har sagt ja', 'sagt seg enig', 'sagt seg einig', 'takket ja', 'takka ja', 'takker ja', 'godtar', 'godtek',
      'godtatt', 'akseptert', 'aksepterer', 'ønsker tiltaket', 'ønskjer tiltaket', 'ønsker hjelp', 'ønskjer hjelp', 'ønsker veiledning',
      'ønskjer rettleiing', 'er enige i tiltak*', 'er einige i tiltak*', 'er enig i tiltak*', 'er einig i tiltak*', 'tar imot', 'tek imot',
      'har bedt om', 'har bede om', 'søkt om', 'søkte om',
    ],
  },
  check: {
    type: 'oneOf',
    checks: FELT.map((f) => ({ type: 'mentions' as const, field: f, terms: { param: 'samtykkeord' }, mode: 'require' as const })),
  },
  message: 'Skriv at den som har den daglige omsorgen har samtykket til hjelpetiltaket, og eventuelt barnet selv når barnet er part.',
  why: 'Hjelpetiltak etter bvl. § 3-1 er frivillige og forutsetter samtykke. At samtykket står i vedtaket, viser at familien har vært med på beslutningen.',
  example: '«Mor og far har samtykket til tiltakene i møte 12.01.2026.»',
  translations: {
    nn: {
      message: 'Skriv at den som har den daglege omsorga, har samtykt til hjelpetiltaket, og eventuelt barnet sjølv når barnet er part.',
      why: 'Hjelpetiltak etter bvl. § 3-1 er frivillige og føreset samtykke. At samtykket står i vedtaket, viser at familien har vore med på avgjerda.',
      example: '«Mor og far har samtykt til tiltaka i møte 12.01.2026.»',
    },
    en: {
      message: 'State that the person with day-to-day care has consented to the support measure, and the child too where the child is a party.',
      why: 'Support measures under Child Welfare Act § 3-1 are voluntary and require consent. Recording the consent shows the family took part in the decision.',
      example: '"The mother and father consented to the measures at a meeting on 12.01.2026."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('samtykke i vedtaket', doc('vedtak', { hjemmel: 'Barnevernsloven § 3-1', vedtak: 'Familieveileder innvilges. Mor har samtykket til tiltaket.' })),
    fx('ønsker hjelp, nynorsk', doc('vedtak', { hjemmel: 'Barnevernslova § 3-1', foreldrenesSynspunkter: 'Far ønskjer hjelp til rutinar og tek imot rettleiing.' })),
    fx('avslutning (guardrail)', doc('vedtak', { hjemmel: 'Barnevernsloven § 3-1', avslutterTiltak: { checked: true }, vedtak: 'Støttekontakt avsluttes.' })),
  ],
  bad: [
    fx('ikke nevnt', doc('vedtak', { hjemmel: 'Barnevernsloven § 3-1', vedtak: 'Familien innvilges foreldreveiledning.', foreldrenesSynspunkter: 'Mor mener at gutten trenger mer struktur.' })),
    fx('hjelpetiltak uten samtykke', doc('vedtak', { vedtak: 'Det fattes vedtak om hjelpetiltak: avlastning én helg i måneden.' })),
  ],
};
