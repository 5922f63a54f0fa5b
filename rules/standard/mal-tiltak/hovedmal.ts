import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'mal-tiltak/hovedmal',
  area: 'mal-tiltak',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 8-1 («Planen skal beskrive hva som er målet med hjelpetiltakene»); veileder Q-1104', url: BVL_URL },
  appliesTo: ['tiltaksplan'],
  params: { minOrd: 3 },
  check: { type: 'present', field: 'hovedmal', minWords: { param: 'minOrd' } },
  message: 'Skriv hovedmålet for planen: hva skal være annerledes for barnet når tiltakene har virket?',
  why: 'Planen skal beskrive målet med hjelpetiltakene (bvl. § 8-1). Et tydelig hovedmål gjør det mulig å se sammenhengen mellom delmålene og tiltakene og å evaluere planen.',
  example: '«Hovedmål: [navn] har en trygg og forutsigbar hverdag hjemme og går på skolen hver dag.»',
  translations: {
    nn: {
      message: 'Skriv hovudmålet for planen: kva skal vere annleis for barnet når tiltaka har verka?',
      why: 'Planen skal skildre målet med hjelpetiltaka (bvl. § 8-1). Eit tydeleg hovudmål gjer det mogleg å sjå samanhengen mellom delmåla og tiltaka og å evaluere planen.',
      example: '«Hovudmål: [namn] har ein trygg og føreseieleg kvardag heime og går på skulen kvar dag.»',
    },
    en: {
      message: 'Write the main goal of the plan: what should be different for the child once the measures have worked?',
      why: 'The plan must describe the goal of the support measures (Child Welfare Act § 8-1). A clear main goal shows how sub-goals and measures fit together and makes the plan possible to evaluate.',
      example: '"Main goal: [name] has a safe, predictable everyday life at home and goes to school every day."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('hovedmål', doc('tiltaksplan', { hovedmal: '[navn] har en trygg hverdag hjemme og møter på skolen hver dag.' })),
    fx('nynorsk', doc('tiltaksplan', { hovedmal: 'Guten skal bu trygt heime og ha faste vaksne rundt seg.' })),
  ],
  bad: [
    fx('mangler', doc('tiltaksplan', { situasjonsbeskrivelse: 'Jenta bor med mor og strever på skolen.' })),
    fx('bare plassholder', doc('tiltaksplan', { hovedmal: 'Skriv her' })),
  ],
};
