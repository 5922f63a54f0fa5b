import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { BEHOV } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'barnets-beste/knyttet-til-barnets-behov',
  area: 'barnets-beste',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 1-3 (konkret vurdering) og § 3-1 (barnets særlige behov for hjelp)', url: BVL_URL },
  appliesTo: ['vedtak'],
  when: { fieldPresent: ['barnetsBeste', 'vurdering'] },
  params: { behovsord: BEHOV, minTreff: 2 },
  check: {
    type: 'oneOf',
    checks: [
      { type: 'mentions', field: ['barnetsBeste', 'vurdering'], terms: { param: 'behovsord' }, mode: 'require', min: { param: 'minTreff' } },
      { type: 'mentions', field: 'barnetsBeste', terms: { param: 'behovsord' }, mode: 'require', min: { param: 'minTreff' } },
      { type: 'mentions', field: 'vurdering', terms: { param: 'behovsord' }, mode: 'require', min: { param: 'minTreff' } },
    ],
  },
  message: 'Knytt vurderingen til dette barnets behov: hva barnet strever med eller trenger, og hvordan tiltaket møter akkurat det.',
  why: 'Et hjelpetiltak forutsetter at barnet har et særlig behov for hjelp (bvl. § 3-1), og barnets beste skal vurderes konkret (§ 1-3). Riksrevisjonen fant vedtak der det ikke gikk fram hvordan veiledning ville hjelpe barnet.',
  example: '«[navn] strever med å sovne og kommer sent på skolen. Veiledningen skal gi mor hjelp til faste kveldsrutiner.»',
  translations: {
    nn: {
      message: 'Knyt vurderinga til behova til dette barnet: kva barnet strevar med eller treng, og korleis tiltaket møter akkurat det.',
      why: 'Eit hjelpetiltak føreset at barnet har eit særleg behov for hjelp (bvl. § 3-1), og det beste for barnet skal vurderast konkret (§ 1-3). Riksrevisjonen fann vedtak der det ikkje gjekk fram korleis rettleiing ville hjelpe barnet.',
      example: '«[namn] strevar med å sovne og kjem seint på skulen. Rettleiinga skal gje mor hjelp til faste kveldsrutinar.»',
    },
    en: {
      message: "Tie the assessment to this child's needs: what the child struggles with or needs, and how the measure meets exactly that.",
      why: "A support measure requires the child to have a particular need for help (Child Welfare Act § 3-1), and best interests must be assessed concretely (§ 1-3). The national audit found decisions that did not show how guidance would help the child.",
      example: '"[name] struggles to fall asleep and is late for school. The guidance will help the mother with fixed evening routines."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('behov og skole', doc('vedtak', { barnetsBeste: '[navn] har behov for faste rutiner og strever på skolen når hun sover lite.' })),
    fx('nynorsk', doc('vedtak', { vurdering: 'Guten treng ein trygg vaksen og har vanskar med å halde på venner.' })),
  ],
  bad: [
    fx('bare om tiltaket', doc('vedtak', { barnetsBeste: 'Foreldreveiledning er et godt og anerkjent tiltak som mange familier har nytte av.' })),
    fx('bare foreldrene', doc('vedtak', { vurdering: 'Mor og far er samarbeidsvillige og ønsker veiledning. Tiltaket innvilges for seks måneder.' })),
  ],
};
