import type { Rule } from '../../pack/schema';
import { notSmallChild } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { TILTAK_ORD } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'medvirkning/barnets-syn-pa-tiltakene',
  area: 'medvirkning',
  severity: 'råd',
  basis: { kind: 'god-praksis', ref: 'Kommunerevisjonens anbefaling om barnets stemme i evalueringer (Fredrikstad 2024); bvl. § 8-1 (vurdere om hjelpen fungerer etter hensikten)' },
  appliesTo: ['evaluering'],
  when: { all: [notSmallChild('smabarnAlderTil'), { fieldPresent: 'barnetsSynspunkter' }] },
  params: { smabarnAlderTil: 3, tiltaksord: TILTAK_ORD },
  check: { type: 'mentions', field: 'barnetsSynspunkter', terms: { param: 'tiltaksord' }, mode: 'require' },
  message: 'Få med hva barnet mener om selve tiltakene, for eksempel støttekontakten eller veiledningen: hva hjelper, og hva bør endres?',
  why: 'Evalueringen skal vurdere om hjelpen virker etter hensikten (bvl. § 8-1). Barnets erfaring med tiltaket er en viktig kilde til det.',
  example: '«[navn] sier at møtene med familieveileder hjelper, men at hun vil ha dem etter skoletid.»',
  translations: {
    nn: {
      message: 'Få med kva barnet meiner om sjølve tiltaka, til dømes støttekontakten eller rettleiinga: kva hjelper, og kva bør endrast?',
      why: 'Evalueringa skal vurdere om hjelpa verkar etter føremålet (bvl. § 8-1). Erfaringa barnet har med tiltaket, er ei viktig kjelde til det.',
      example: '«[namn] seier at møta med familierettleiaren hjelper, men at ho vil ha dei etter skuletid.»',
    },
    en: {
      message: 'Include what the child thinks about the measures themselves, e.g. the support contact or the guidance: what helps, and what should change?',
      why: "The evaluation must judge whether the help works as intended (Child Welfare Act § 8-1). The child's experience of the measure is a key source for that.",
      example: '"[name] says the meetings with the family counsellor help, but she would like them after school."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('om støttekontakten', doc('evaluering', { fodselsdato: '01.01.2013', evalueringsdato: '10.01.2026', barnetsSynspunkter: 'Han sier at han liker støttekontakten og vil fortsette med klatring.' })),
    fx('nynorsk, om avlastinga', doc('evaluering', { fodselsdato: '01.01.2013', evalueringsdato: '10.01.2026', barnetsSynspunkter: 'Ho seier at avlastinga er kjekk, men at ho saknar mor.' })),
    fx('2-åring (guardrail)', doc('evaluering', { fodselsdato: '01.06.2023', evalueringsdato: '10.01.2026', barnetsSynspunkter: 'Barnet smilte og lekte med far under hjemmebesøket.' })),
  ],
  bad: [
    fx('bare om skolen', doc('evaluering', { fodselsdato: '01.01.2013', evalueringsdato: '10.01.2026', barnetsSynspunkter: 'Hun sier at det går bra på skolen og at hun har fått nye venner i klassen.' })),
    fx('bare følelser', doc('evaluering', { fodselsdato: '01.01.2013', evalueringsdato: '10.01.2026', barnetsSynspunkter: 'Gutten forteller at han er glad og at han sover bedre.' })),
  ],
};
