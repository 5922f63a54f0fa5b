import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { AVSLUTNING_BARNEFOKUS } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'barnets-beste/avslutning-begrunnet',
  area: 'barnets-beste',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 1-3 (tiltak skal være til barnets beste) og § 12-5; Riksrevisjonen Dok. 3:5 (2022–2023) om avslutning av tiltak', url: BVL_URL },
  appliesTo: ['vedtak', 'evaluering'],
  when: { endsMeasure: true },
  params: { barnefokusord: AVSLUTNING_BARNEFOKUS },
  check: {
    type: 'oneOf',
    checks: [
      {
        type: 'oneOf',
        checks: [
          { type: 'mentions', field: ['barnetsBeste', 'vurdering', 'samletVurdering'], terms: { param: 'barnefokusord' }, mode: 'require' },
          { type: 'mentions', field: 'barnetsBeste', terms: { param: 'barnefokusord' }, mode: 'require' },
          { type: 'mentions', field: 'vurdering', terms: { param: 'barnefokusord' }, mode: 'require' },
          { type: 'mentions', field: 'samletVurdering', terms: { param: 'barnefokusord' }, mode: 'require' },
        ],
      },
      // An evaluation: every tiltak row that ends its measure gives the reason in its own begrunnelse.
      {
        type: 'allOf',
        checks: [
          { type: 'rowCount', rows: 'tiltak', min: 1 },
          { type: 'forEach', rows: 'tiltak', check: { type: 'when', condition: { endsMeasure: true }, check: { type: 'mentions', field: 'begrunnelse', terms: { param: 'barnefokusord' }, mode: 'require' } } },
        ],
      },
    ],
  },
  message: 'Forklar hvorfor det er til barnets beste å avslutte tiltaket: hvordan barnet har det nå, om målene er nådd, og hva barnet selv mener.',
  why: 'Riksrevisjonen fant at tiltak ble avsluttet uten tydelig begrunnelse for hvorfor det var riktig og til barnets beste, ofte fordi et kurs var ferdig eller foreldrene ønsket det. Tiltak skal være til barnets beste (bvl. § 1-3).',
  example: '«Målene er nådd: [navn] har gått på skolen hver dag i tre måneder og sier selv at det er roligere hjemme. Vi vurderer derfor at det er til hennes beste å avslutte.»',
  translations: {
    nn: {
      message: 'Forklar kvifor det er til det beste for barnet å avslutte tiltaket: korleis barnet har det no, om måla er nådde, og kva barnet sjølv meiner.',
      why: 'Riksrevisjonen fann at tiltak vart avslutta utan tydeleg grunngjeving for kvifor det var rett og til det beste for barnet, ofte fordi eit kurs var ferdig eller foreldra ønskte det. Tiltak skal vere til det beste for barnet (bvl. § 1-3).',
      example: '«Måla er nådde: [namn] har gått på skulen kvar dag i tre månader og seier sjølv at det er roligare heime. Vi vurderer difor at det er til hennar beste å avslutte.»',
    },
    en: {
      message: "Explain why ending the measure is in the child's best interests: how the child is doing now, whether the goals were met, and what the child thinks.",
      why: "The national audit found measures ended without clear reasons why it was right and in the child's best interests, often because a course was over or the parents wanted it. Measures must serve the child's best interests (Child Welfare Act § 1-3).",
      example: '"The goals are met: [name] has attended school every day for three months and says it is calmer at home. We therefore consider ending the measure to be in her best interests."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('vedtak, barnefokus', doc('vedtak', { avslutterTiltak: { checked: true }, vurdering: 'Målene er nådd. [navn] trives på skolen og har ikke lenger behov for støttekontakt.' })),
    fx('evaluering, begrunnelse per tiltak', doc('evaluering', { samletVurdering: 'Evaluering etter seks måneder.' }, { tiltak: [{ tiltak: 'Avlastning', beslutning: 'Avsluttes', begrunnelse: 'Barnet har det trygt hjemme nå, og far har fått hjelp.' }] })),
    fx('fortsetter – gjelder ikke (guardrail)', doc('evaluering', { samletVurdering: 'Tiltakene fortsetter.' }, { tiltak: [{ tiltak: 'Støttekontakt', beslutning: 'Fortsette', begrunnelse: 'Fungerer.' }] })),
  ],
  bad: [
    fx('kurs ferdig og foreldrenes ønske (Riksrevisjonens mønster)', doc('vedtak', { avslutterTiltak: { checked: true }, vurdering: 'Tiltaket avsluttes da foreldrene har gjennomført kurset og ønsker avslutning.' })),
    fx('avkrysset uten begrunnelse', doc('evaluering', { samletVurdering: 'Foreldrene ønsker ikke mer hjelp.' }, { tiltak: [{ tiltak: 'Familieveileder', beslutning: 'Avslutte', begrunnelse: '' }] })),
  ],
};
