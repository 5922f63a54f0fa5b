import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'dokumentasjon/begrunnelse-per-tiltak',
  area: 'dokumentasjon',
  severity: 'advarsel',
  basis: { kind: 'rundskriv', ref: 'Rundskriv Q-0982 kap. 7 (vurderinger og konklusjoner dokumenteres); Østre Viken kommunerevisjon 2024: begrunnelse savnet når det krysses av for at et tiltak avsluttes' },
  appliesTo: ['evaluering'],
  params: { minOrd: 4 },
  check: { type: 'forEach', rows: 'tiltak', check: { type: 'when', condition: { fieldPresent: 'beslutning' }, check: { type: 'present', field: 'begrunnelse', minWords: { param: 'minOrd' } } } },
  message: 'Begrunn beslutningen for tiltaket: hva viser at det bør fortsette, endres eller avsluttes?',
  why: 'Det skal gå an å følge saken ved å lese evalueringene alene (revisjonen). Rundskrivet ber om at vurderinger og konklusjoner dokumenteres.',
  example: '«Avsluttes: [navn] har gått på skolen hver dag siden oktober, og både hun og mor sier at morgenene nå går fint.»',
  translations: {
    nn: {
      message: 'Grunngje avgjerda for tiltaket: kva viser at det bør halde fram, endrast eller avsluttast?',
      why: 'Det skal gå an å følgje saka ved å lese evalueringane åleine (revisjonen). Rundskrivet ber om at vurderingar og konklusjonar blir dokumenterte.',
      example: '«Blir avslutta: [namn] har gått på skulen kvar dag sidan oktober, og både ho og mor seier at morgonane no går fint.»',
    },
    en: {
      message: 'Give a reason for the decision on this measure: what shows it should continue, change or end?',
      why: 'It should be possible to follow the case by reading the evaluations alone (the audit). The guidelines ask for assessments and conclusions to be documented.',
      example: '"Ends: [name] has gone to school every day since October, and she and her mother say mornings now go well."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('begrunnet', doc('evaluering', {}, { tiltak: [{ tiltak: 'Støttekontakt', beslutning: 'Fortsette', begrunnelse: 'Gutten sier at han gleder seg til turene, og han har fått en venn.' }] })),
    fx('ingen beslutning ennå – annen regel (guardrail)', doc('evaluering', {}, { tiltak: [{ tiltak: 'Besøkshjem', beslutning: '' }] })),
  ],
  bad: [
    fx('avsluttes uten begrunnelse (revisjonens funn)', doc('evaluering', {}, { tiltak: [{ tiltak: 'Familieveileder', beslutning: 'Avsluttes' }] })),
    fx('ettordsbegrunnelse', doc('evaluering', {}, { tiltak: [{ tiltak: 'Avlastning', beslutning: 'Fortsette', begrunnelse: 'Fungerer.' }] })),
  ],
};
