import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

/**
 * The repealed 1992 act, recognisable by its name («barnevernloven», «lov om barneverntjenester») with the
 * numbers of its key provisions, or by § 6-3 a. Bare numbers are not flagged: § 4-4 of the 2021 act exists.
 */
const GAMMEL = String.raw`barnevernloven\s*§+\s*(?:4\s*-\s*4|4\s*-\s*5|4\s*-\s*1|1\s*-\s*6|6\s*-\s*3\s*a?|4\s*-\s*12)(?![\d-])|§+\s*6\s*-\s*3\s*a(?![\p{L}])|lov om barneverntjenester`;

export const rule: Rule = {
  id: 'dokumentasjon/utgatt-hjemmel',
  area: 'dokumentasjon',
  severity: 'råd',
  basis: { kind: 'lov', ref: 'Barnevernsloven 2021 (LOV-2021-06-18-97, i kraft 1.1.2023): hjelpetiltak § 3-1, tiltaksplan § 8-1, begrunnelse § 12-5, barnets beste § 1-3', url: BVL_URL },
  appliesTo: ['vedtak', 'tiltaksplan', 'evaluering'],
  check: { type: 'pattern', field: '*', regex: GAMMEL, flags: 'iu', mode: 'forbid' },
  message: 'Dette ser ut som en paragraf fra den gamle barnevernloven (1992). Sjekk at du viser til barnevernsloven 2021, for eksempel § 3-1 for hjelpetiltak eller § 8-1 for tiltaksplan.',
  why: 'Barnevernsloven 2021 gjelder fra 1.1.2023 og har nye paragrafnumre: gamle § 4-4 er nå § 3-1, § 4-5 er § 8-1, § 6-3 a er § 12-5 og § 4-1 er § 1-3. Feil hjemmel gjør vedtaket vanskeligere å forstå og etterprøve.',
  example: '«Hjemmel: barnevernsloven § 3-1» i stedet for «barnevernloven § 4-4 annet ledd».',
  translations: {
    nn: {
      message: 'Dette ser ut som ein paragraf frå den gamle barnevernlova (1992). Sjekk at du viser til barnevernslova 2021, til dømes § 3-1 for hjelpetiltak eller § 8-1 for tiltaksplan.',
      why: 'Barnevernslova 2021 gjeld frå 1.1.2023 og har nye paragrafnummer: gamle § 4-4 er no § 3-1, § 4-5 er § 8-1, § 6-3 a er § 12-5 og § 4-1 er § 1-3. Feil heimel gjer vedtaket vanskelegare å forstå og etterprøve.',
      example: '«Heimel: barnevernslova § 3-1» i staden for «barnevernloven § 4-4 andre ledd».',
    },
    en: {
      message: 'This looks like a section of the old Child Welfare Act (1992). Check that you refer to the 2021 Act, e.g. § 3-1 for support measures or § 8-1 for the plan.',
      why: 'The 2021 Act applies from 1 January 2023 with new section numbers: old § 4-4 is now § 3-1, § 4-5 is § 8-1, § 6-3 a is § 12-5 and § 4-1 is § 1-3. A wrong legal basis makes the decision harder to understand and review.',
      example: '"Legal basis: Child Welfare Act § 3-1" instead of "Child Welfare Act (1992) § 4-4 second paragraph".',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('ny lov', doc('vedtak', { hjemmel: 'Barnevernsloven § 3-1' })),
    fx('§ 4-4 i ny lov er ikke gammel hjemmel (guardrail)', doc('vedtak', { hjemmel: 'Barnevernsloven § 4-4' })),
    fx('begrunnelseskravet i ny lov', doc('vedtak', { vurdering: 'Etter barnevernsloven § 12-5 skal barnets mening gå fram av vedtaket.' })),
  ],
  bad: [
    fx('gammel hjelpetiltakshjemmel', doc('vedtak', { hjemmel: 'Barnevernloven § 4-4 annet ledd' })),
    fx('gammel tiltaksplanhjemmel i planen', doc('tiltaksplan', { situasjonsbeskrivelse: 'Planen er laget etter barnevernloven § 4-5 og skal evalueres hver tredje måned.' })),
  ],
};
