import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'mal-tiltak/delmal-har-indikatorer',
  area: 'mal-tiltak',
  severity: 'advarsel',
  basis: { kind: 'veileder', ref: 'Veileder Q-1104 og rundskriv Q-0982 (systematisk og regelmessig vurdering av om hjelpen virker); bvl. § 8-1' },
  appliesTo: ['tiltaksplan'],
  params: { minOrd: 2 },
  check: {
    type: 'forEach',
    rows: 'delmal',
    check: {
      type: 'when',
      condition: { fieldPresent: 'delmal' },
      // Words, or a number with a word («Minst 4 av 5 dager»): numbers are not counted as words.
      check: { type: 'oneOf', checks: [
        { type: 'present', field: 'indikatorer', minWords: { param: 'minOrd' } },
        { type: 'allOf', checks: [{ type: 'present', field: 'indikatorer' }, { type: 'pattern', field: 'indikatorer', regex: String.raw`\d`, mode: 'require' }] },
      ] },
    },
  },
  message: 'Skriv indikatorer for delmålet: hva skal dere kunne se eller høre når målet er nådd?',
  why: 'Indikatorer gjør det mulig å evaluere om målet er nådd, i stedet for bare å svare ja eller nei. Revisjonen trakk fram konkrete indikatorer som god praksis.',
  example: '«Indikatorer: [navn] er på skolen minst 4 av 5 dager; hun forteller at hun har noen å være med i friminuttene.»',
  translations: {
    nn: {
      message: 'Skriv indikatorar for delmålet: kva skal de kunne sjå eller høyre når målet er nått?',
      why: 'Indikatorar gjer det mogleg å evaluere om målet er nått, i staden for berre å svare ja eller nei. Revisjonen trekte fram konkrete indikatorar som god praksis.',
      example: '«Indikatorar: [namn] er på skulen minst 4 av 5 dagar; ho fortel at ho har nokon å vere med i friminutta.»',
    },
    en: {
      message: 'Write indicators for the sub-goal: what will you be able to see or hear when it is reached?',
      why: 'Indicators make it possible to evaluate whether the goal is reached, instead of just answering yes or no. The audit singled out concrete indicators as good practice.',
      example: '"Indicators: [name] is at school at least 4 of 5 days; she says she has someone to be with at break."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('indikatorer', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Barnet blir tryggere.', indikatorer: 'Barnet øver på å være i situasjoner som oppleves ubehagelige, minst én gang i uka.' }] })),
    fx('tall og ord', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Skole.', indikatorer: 'Minst 4 av 5 dager' }] })),
    fx('nynorsk', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Guten søv betre.', indikatorer: 'Han legg seg før kl. 21 minst fem kveldar i veka.' }] })),
  ],
  bad: [
    fx('mangler indikatorer', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Jenta skal gå på skolen.' }] })),
    fx('ett ord', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Skolegang.', indikatorer: 'Oppmøte' }] })),
    fx('tom indikator', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Bedre samspill mellom mor og barn.', indikatorer: '-' }] })),
  ],
};
