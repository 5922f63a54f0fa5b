import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'medvirkning/barnets-mening-i-vedtak',
  area: 'medvirkning',
  severity: 'feil',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 12-5 andre punktum (barnets mening skal gå fram av vedtaket); § 1-4', url: BVL_URL },
  appliesTo: ['vedtak'],
  params: { minOrd: 5 },
  check: { type: 'present', field: 'barnetsSynspunkter', minWords: { param: 'minOrd' } },
  message: 'Beskriv hva barnet mener om situasjonen og tiltaket. Har barnet ikke blitt hørt, skriv hvorfor.',
  why: 'Barnevernsloven § 12-5 krever at det går fram av vedtaket hva som er barnets mening. Riksrevisjonen fant at barnets medvirkning ofte ikke var dokumentert.',
  example: '«I samtale 12.03. forteller [navn] at hun gruer seg til å gå hjem etter skolen. Hun ønsker at noen kan hjelpe henne med leksene.»',
  translations: {
    nn: {
      message: 'Skildra kva barnet meiner om situasjonen og tiltaket. Har barnet ikkje vorte høyrt, skriv kvifor.',
      why: 'Barnevernslova § 12-5 krev at det går fram av vedtaket kva som er barnet si meining. Riksrevisjonen fann at medverknaden til barnet ofte ikkje var dokumentert.',
      example: '«I samtale 12.03. fortel [namn] at ho gruar seg til å gå heim etter skulen. Ho ønskjer at nokon kan hjelpe henne med leksene.»',
    },
    en: {
      message: "Describe what the child thinks about the situation and the measure. If the child was not heard, say why.",
      why: "The Child Welfare Act § 12-5 requires the decision to state the child's view. The national audit found the child's participation was often undocumented.",
      example: '"In a conversation on 12 March, [name] says she dreads going home after school. She wants someone to help her with homework."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('barnets syn med egne ord', doc('vedtak', { barnetsSynspunkter: 'I samtale på skolen forteller [navn] at hun liker støttekontakten og vil fortsette med fotball.' })),
    fx('barnet ikke hørt, med grunn', doc('vedtak', { barnetsSynspunkter: 'Barnet er ikke snakket med fordi hun var innlagt på sykehus i hele perioden.' })),
    fx('nynorsk', doc('vedtak', { barnetsSynspunkter: 'Guten seier at han trivst på skulen, men at han saknar far sin og vil ha meir samvær.' })),
  ],
  bad: [
    fx('feltet mangler', doc('vedtak', { vurdering: 'Barnevernstjenesten vurderer at familien har behov for veiledning.' })),
    fx('bare en strek', doc('vedtak', { barnetsSynspunkter: '-' })),
    fx('bare henvisning', doc('vedtak', { barnetsSynspunkter: 'Se journal.' })),
  ],
};
