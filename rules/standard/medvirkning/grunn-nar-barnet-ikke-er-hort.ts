import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { GRUNN_IKKE_HORT, IKKE_HORT } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'medvirkning/grunn-nar-barnet-ikke-er-hort',
  area: 'medvirkning',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 1-4 (alle barn som kan danne seg egne synspunkter) og § 12-5; Riksrevisjonen Dok. 3:5 (2022–2023): hvorfor barnet ikke er snakket med må dokumenteres', url: BVL_URL },
  appliesTo: ['vedtak', 'evaluering'],
  when: { fieldMentions: { field: ['barnetsSynspunkter', 'samletVurdering', 'vurdering'], terms: { param: 'ikkeHortOrd' } } },
  params: { ikkeHortOrd: IKKE_HORT, grunnOrd: GRUNN_IKKE_HORT },
  check: { type: 'mentions', field: ['barnetsSynspunkter', 'samletVurdering', 'vurdering'], terms: { param: 'grunnOrd' }, mode: 'require' },
  message: 'Skriv hvorfor barnet ikke ble hørt, og hvordan barnets perspektiv ellers er fått fram, for eksempel ved observasjon eller gjennom en annen voksen barnet har tillit til.',
  why: 'Det kan finnes gode grunner til å ikke snakke med et barn, men da må grunnen dokumenteres (Riksrevisjonen). Barnet har rett til å medvirke uansett alder når det kan danne seg synspunkter (bvl. § 1-4).',
  example: '«Det er ikke gjennomført samtale fordi [navn] var innlagt på sykehus. Barnets situasjon er belyst gjennom observasjon ved besøk på avdelingen.»',
  translations: {
    nn: {
      message: 'Skriv kvifor barnet ikkje vart høyrt, og korleis perspektivet til barnet elles er fått fram, til dømes ved observasjon eller gjennom ein annan vaksen barnet har tillit til.',
      why: 'Det kan finnast gode grunnar til å ikkje snakke med eit barn, men då må grunnen dokumenterast (Riksrevisjonen). Barnet har rett til å medverke uansett alder når det kan danne seg synspunkt (bvl. § 1-4).',
      example: '«Det er ikkje gjennomført samtale fordi [namn] var innlagd på sjukehus. Situasjonen til barnet er belyst gjennom observasjon ved besøk på avdelinga.»',
    },
    en: {
      message: "State why the child was not heard, and how the child's perspective was otherwise obtained, e.g. by observation or through another adult the child trusts.",
      why: 'There can be good reasons for not talking with a child, but the reason must be documented (national audit). Every child able to form views has the right to participate, whatever their age (Child Welfare Act § 1-4).',
      example: '"No conversation was held because [name] was in hospital. The child\'s situation was observed during visits to the ward."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('ikke snakket med, med grunn', doc('vedtak', { barnetsSynspunkter: 'Barnevernstjenesten har ikke snakket med gutten fordi han var på utveksling i Spania.' })),
    fx('ønsket ikke, nynorsk', doc('evaluering', { barnetsSynspunkter: 'Jenta ønskte ikkje å snakke med oss denne gongen. Ho fekk tilbod om ny samtale.' })),
    fx('hørt – regelen gjelder ikke (guardrail)', doc('vedtak', { barnetsSynspunkter: '[navn] forteller at hun vil bo hos mor.' })),
  ],
  bad: [
    fx('ikke snakket med, uten grunn', doc('vedtak', { barnetsSynspunkter: 'Barnevernstjenesten har ikke snakket med barnet.' })),
    fx('samtale ikke gjennomført', doc('evaluering', { barnetsSynspunkter: 'Barnesamtale er ikke gjennomført i perioden.' })),
  ],
};
