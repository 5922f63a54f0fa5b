import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'dokumentasjon/vilkar-for-hjelpetiltak',
  area: 'dokumentasjon',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 3-1 (særlig behov for hjelp på grunn av omsorgssituasjon eller atferd; tiltaket skal være egnet til å bidra til positiv endring)', url: BVL_URL },
  appliesTo: ['vedtak'],
  when: {
    all: [
      { not: { endsMeasure: true } },
      { any: [{ fieldMentions: { field: 'hjemmel', terms: ['3-1', 'hjelpetiltak*'] } }, { fieldMentions: { field: 'vedtak', terms: ['3-1', 'hjelpetiltak*'] } }] },
    ],
  },
  params: {
    behovsord: ['særlig behov', 'særleg behov', 'særlige behov', 'særlege behov', 'særskilt behov', 'særskilde behov', 'behov for hjelp', 'omsorgssituasjon*', 'atferd*', 'åtferd*'],
    egnetord: ['egnet', 'eigna', 'egna', 'positiv endring', 'endring*', 'bidra til', 'vil hjelpe', 'kan hjelpe', 'for å', 'slik at', 'møte behov*', 'møter behov*', 'best møter', 'som møter', 'dekke behov*', 'dekker behov*', 'avhjelp*', 'styrk*', 'tilpasset', 'tilpassa'],
  },
  check: {
    type: 'allOf',
    checks: [
      { type: 'oneOf', checks: [
        { type: 'mentions', field: 'vurdering', terms: { param: 'behovsord' }, mode: 'require' },
        { type: 'mentions', field: 'barnetsBeste', terms: { param: 'behovsord' }, mode: 'require' },
      ] },
      { type: 'oneOf', checks: [
        { type: 'mentions', field: 'vurdering', terms: { param: 'egnetord' }, mode: 'require' },
        { type: 'mentions', field: 'barnetsBeste', terms: { param: 'egnetord' }, mode: 'require' },
      ] },
    ],
  },
  message: 'Vis at vilkårene for hjelpetiltak er vurdert: hvilket særlig behov barnet har på grunn av omsorgssituasjonen eller atferd, og hvorfor dette tiltaket er egnet til å gi positiv endring.',
  why: 'Hjelpetiltak etter bvl. § 3-1 forutsetter at barnet har et særlig behov for hjelp, og tiltaket skal være egnet til å møte behovet og bidra til positiv endring. Begge deler bør gå fram av vurderingen.',
  example: '«[navn] har et særlig behov for hjelp fordi omsorgssituasjonen er preget av uforutsigbare kvelder. Familieveileder er egnet fordi hjelpen gis der utfordringene oppstår.»',
  translations: {
    nn: {
      message: 'Vis at vilkåra for hjelpetiltak er vurderte: kva særleg behov barnet har på grunn av omsorgssituasjonen eller åtferd, og kvifor dette tiltaket er eigna til å gje positiv endring.',
      why: 'Hjelpetiltak etter bvl. § 3-1 føreset at barnet har eit særleg behov for hjelp, og tiltaket skal vere eigna til å møte behovet og bidra til positiv endring. Begge delar bør gå fram av vurderinga.',
      example: '«[namn] har eit særleg behov for hjelp fordi omsorgssituasjonen er prega av uføreseielege kveldar. Familierettleiar er eigna fordi hjelpa blir gjeven der utfordringane oppstår.»',
    },
    en: {
      message: 'Show that the conditions for support measures were assessed: what particular need the child has because of the care situation or behaviour, and why this measure is suited to bring positive change.',
      why: 'Support measures under Child Welfare Act § 3-1 require that the child has a particular need for help, and the measure must be suited to meet it and bring positive change. Both should appear in the assessment.',
      example: '"[name] has a particular need for help because the care situation is marked by unpredictable evenings. A family counsellor is suitable because help is given where the difficulties arise."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('begge vilkår', doc('vedtak', { hjemmel: 'Barnevernsloven § 3-1', vurdering: 'Jenta har et særlig behov for hjelp på grunn av omsorgssituasjonen. Familieveileder er egnet fordi hjelpen gis hjemme.' })),
    fx('nynorsk', doc('vedtak', { vedtak: 'Hjelpetiltak etter barnevernslova § 3-1: støttekontakt.', barnetsBeste: 'Guten har særlege behov knytte til åtferd på skulen. Støttekontakt kan bidra til positiv endring ved at han får ein fast vaksen.' })),
    fx('annen hjemmel (guardrail)', doc('vedtak', { hjemmel: 'Barnevernsloven § 2-2', vurdering: 'Undersøkelsen henlegges.' })),
  ],
  bad: [
    fx('ingen vilkår', doc('vedtak', { hjemmel: 'Barnevernsloven § 3-1', vurdering: 'Familien ønsker veiledning og tiltaket innvilges.' })),
    fx('bare egnethet', doc('vedtak', { hjemmel: 'bvl. § 3-1', vurdering: 'Foreldreveiledning er egnet og kan bidra til bedre rutiner.' })),
  ],
};
