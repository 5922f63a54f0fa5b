import type { Rule } from '../../pack/schema';
import { FVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

const PARAGRAF = String.raw`§+\s*\d+\s*-\s*\d+|(?:barnevernsloven|barnevernloven|barnevernlova|barnevernslova|bvl\.?)\s+(?:(?:kapittel|kap\.?)\s*\d+|\d+\s*-\s*\d+)`;

export const rule: Rule = {
  id: 'dokumentasjon/hjemmel',
  area: 'dokumentasjon',
  severity: 'feil',
  basis: { kind: 'lov', ref: 'Forvaltningsloven § 25 første ledd (begrunnelsen skal vise til reglene vedtaket bygger på)', url: FVL_URL },
  appliesTo: ['vedtak'],
  check: {
    type: 'oneOf',
    checks: [
      { type: 'pattern', field: 'hjemmel', regex: PARAGRAF, flags: 'iu', mode: 'require' },
      { type: 'pattern', field: 'vedtak', regex: PARAGRAF, flags: 'iu', mode: 'require' },
    ],
  },
  message: 'Skriv hvilken lovbestemmelse vedtaket bygger på, for eksempel «barnevernsloven § 3-1».',
  why: 'Forvaltningsloven § 25 krever at begrunnelsen viser til reglene vedtaket bygger på. Det gjør det mulig for familien å forstå og eventuelt klage på vedtaket.',
  example: '«Vedtaket er fattet med hjemmel i barnevernsloven § 3-1.»',
  translations: {
    nn: {
      message: 'Skriv kva lovføresegn vedtaket byggjer på, til dømes «barnevernslova § 3-1».',
      why: 'Forvaltningslova § 25 krev at grunngjevinga viser til reglane vedtaket byggjer på. Det gjer det mogleg for familien å forstå og eventuelt klage på vedtaket.',
      example: '«Vedtaket er gjort med heimel i barnevernslova § 3-1.»',
    },
    en: {
      message: 'State which provision the decision is based on, e.g. "Child Welfare Act § 3-1".',
      why: 'The Public Administration Act § 25 requires the reasons to refer to the rules the decision is based on, so the family can understand and, if they wish, appeal it.',
      example: '"The decision is made under the Child Welfare Act § 3-1."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('eget felt', doc('vedtak', { hjemmel: 'Barnevernsloven § 3-1 første ledd' })),
    fx('i vedtaksteksten, nynorsk', doc('vedtak', { vedtak: 'Med heimel i barnevernslova §3-1 får familien tilbod om rettleiing.' })),
  ],
  bad: [
    fx('mangler', doc('vedtak', { vedtak: 'Familien innvilges foreldreveiledning.' })),
    fx('bare lovnavn', doc('vedtak', { hjemmel: 'Barnevernsloven' })),
  ],
};
