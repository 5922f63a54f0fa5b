import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { FAMILIEBAND } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'barnets-beste/familieband',
  area: 'barnets-beste',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 12-5 tredje punktum («hensynet til familiebånd»); Grunnloven § 104; EMK art. 8', url: BVL_URL },
  appliesTo: ['vedtak'],
  when: { fieldPresent: ['barnetsBeste', 'vurdering'] },
  params: { familieord: FAMILIEBAND },
  check: {
    type: 'oneOf',
    checks: [
      { type: 'mentions', field: 'barnetsBeste', terms: { param: 'familieord' }, mode: 'require' },
      { type: 'mentions', field: 'vurdering', terms: { param: 'familieord' }, mode: 'require' },
    ],
  },
  message: 'Skriv hvordan hensynet til barnets familie og nettverk er vurdert, for eksempel hvordan tiltaket påvirker kontakten med foreldre, søsken og andre nære.',
  why: 'Vedtaket skal vise hvordan hensynet til familiebånd er vurdert (bvl. § 12-5). Også ved hjelpetiltak i hjemmet bør det gå fram hvordan tiltaket støtter barnets relasjoner.',
  example: '«Tiltaket gjør at [navn] kan bo hjemme og beholde den nære kontakten med søsknene, samtidig som mor får avlastning.»',
  translations: {
    nn: {
      message: 'Skriv korleis omsynet til familien og nettverket til barnet er vurdert, til dømes korleis tiltaket påverkar kontakten med foreldre, sysken og andre nære.',
      why: 'Vedtaket skal vise korleis omsynet til familieband er vurdert (bvl. § 12-5). Også ved hjelpetiltak i heimen bør det gå fram korleis tiltaket støttar relasjonane til barnet.',
      example: '«Tiltaket gjer at [namn] kan bu heime og halde på den nære kontakten med sysken, samstundes som mor får avlasting.»',
    },
    en: {
      message: "State how the child's family and network were considered, e.g. how the measure affects contact with parents, siblings and others close to the child.",
      why: 'The decision must show how family ties were assessed (Child Welfare Act § 12-5). For in-home measures too, it should be clear how the measure supports the child\'s relationships.',
      example: '"The measure lets [name] stay at home and keep close contact with her siblings, while giving her mother respite."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('bo hjemme og søsken', doc('vedtak', { barnetsBeste: 'Støttekontakt gjør at gutten kan bo hjemme og fortsatt være mye sammen med søsknene.' })),
    fx('nynorsk nettverk', doc('vedtak', { vurdering: 'Besteforeldra er ein viktig del av nettverket, og avlastinga skjer hos dei.' })),
  ],
  bad: [
    fx('ikke omtalt', doc('vedtak', { barnetsBeste: 'Jenta trenger hjelp med lekser og bedre søvnrutiner. Leksehjelp to ganger i uka dekker dette.' })),
    fx('bare tiltak', doc('vedtak', { vurdering: 'PMTO-behandling i 20 uker vurderes som egnet.' })),
  ],
};
