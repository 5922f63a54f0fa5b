import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import { VIDERE_BEHOV } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'barnets-beste/videre-behov-ved-avslutning',
  area: 'barnets-beste',
  severity: 'advarsel',
  basis: { kind: 'rundskriv', ref: 'Rundskriv Q-0982 Retningslinjer om hjelpetiltak, kap. 7: unngå at et tiltak opphører uten at det er vurdert om barnet har behov for ytterligere tiltak; bvl. § 8-1' },
  appliesTo: ['vedtak', 'evaluering'],
  when: { endsMeasure: true },
  params: { videreOrd: VIDERE_BEHOV },
  check: {
    type: 'oneOf',
    checks: [
      {
        type: 'oneOf',
        checks: [
          { type: 'mentions', field: ['vurdering', 'barnetsBeste', 'samletVurdering'], terms: { param: 'videreOrd' }, mode: 'require' },
          { type: 'mentions', field: 'vurdering', terms: { param: 'videreOrd' }, mode: 'require' },
          { type: 'mentions', field: 'barnetsBeste', terms: { param: 'videreOrd' }, mode: 'require' },
          { type: 'mentions', field: 'samletVurdering', terms: { param: 'videreOrd' }, mode: 'require' },
        ],
      },
      { type: 'mentions', field: 'vedtak', terms: { param: 'videreOrd' }, mode: 'require' },
      // An evaluation: every tiltak row that ends its measure gives the reason in its own begrunnelse.
      {
        type: 'allOf',
        checks: [
          { type: 'rowCount', rows: 'tiltak', min: 1 },
          { type: 'forEach', rows: 'tiltak', check: { type: 'when', condition: { endsMeasure: true }, check: { type: 'mentions', field: 'begrunnelse', terms: { param: 'videreOrd' }, mode: 'require' } } },
        ],
      },
    ],
  },
  message: 'Skriv om barnet har behov for annen hjelp eller oppfølging når tiltaket avsluttes, og hvem som eventuelt følger opp.',
  why: 'Rundskrivet om hjelpetiltak sier at et tiltak ikke bør opphøre uten at det er vurdert om barnet trenger ytterligere tiltak. Det sikrer at barnet ikke blir stående uten hjelp.',
  example: '«Barnet har ikke behov for videre tiltak fra barnevernet. Helsesykepleier på skolen følger opp, og mor vet at hun kan ta kontakt igjen.»',
  translations: {
    nn: {
      message: 'Skriv om barnet treng anna hjelp eller oppfølging når tiltaket blir avslutta, og kven som eventuelt følgjer opp.',
      why: 'Rundskrivet om hjelpetiltak seier at eit tiltak ikkje bør ta slutt utan at det er vurdert om barnet treng ytterlegare tiltak. Det sikrar at barnet ikkje blir ståande utan hjelp.',
      example: '«Barnet har ikkje behov for vidare tiltak frå barnevernet. Helsesjukepleiaren på skulen følgjer opp, og mor veit at ho kan ta kontakt igjen.»',
    },
    en: {
      message: 'State whether the child needs other help or follow-up when the measure ends, and who will follow up.',
      why: 'The ministry guidelines on support measures say a measure should not end without assessing whether the child needs further measures, so the child is not left without help.',
      example: '"The child needs no further measures from the service. The school nurse follows up, and the mother knows she can get in touch again."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('videre oppfølging nevnt', doc('vedtak', { avslutterTiltak: { checked: true }, vurdering: 'Tiltaket avsluttes. Videre oppfølging skjer gjennom helsestasjonen.' })),
    fx('ikkje lenger behov, nynorsk', doc('evaluering', { samletVurdering: 'Familien har ikkje lenger behov for hjelp frå barnevernet.' }, { tiltak: [{ tiltak: 'Støttekontakt', beslutning: 'Avslutte', begrunnelse: 'Målet er nått.' }] })),
    fx('fortsetter – gjelder ikke (guardrail)', doc('vedtak', { vurdering: 'Støttekontakt innvilges for seks måneder.' })),
  ],
  bad: [
    fx('avsluttes uten vurdering av videre behov', doc('vedtak', { avslutterTiltak: { checked: true }, vurdering: 'Mor har fullført kurset, og tiltaket avsluttes.' })),
    fx('evaluering, avsluttes', doc('evaluering', { samletVurdering: 'Avlastningen avsluttes etter ønske fra far.' }, { tiltak: [{ tiltak: 'Avlastning', beslutning: 'Avsluttes', begrunnelse: 'Far ønsker det.' }] })),
  ],
};
