import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import { OBSERVERBART, VAGE_MAL } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'mal-tiltak/vage-mal',
  area: 'mal-tiltak',
  severity: 'advarsel',
  basis: { kind: 'veileder', ref: 'Veileder Q-1104 og rundskriv Q-0982 (konkrete mål som kan evalueres systematisk); Østre Viken kommunerevisjon 2024 (vage og diffuse mål)' },
  appliesTo: ['tiltaksplan'],
  params: {
    vageOrd: VAGE_MAL,
    observerbareOrd: OBSERVERBART,
    // A youth's own diffuse goal is fine when the plan says it was discussed (the audit's informant, X25).
    droftetOrd: ['uenig*', 'ueinig*', 'drøftet med', 'drøfta med', 'diskutert med', 'snakket med', 'snakka med', 'egne ord', 'eigne ord', 'eget mål', 'eige mål', 'sitt eget', 'sitt eige'],
  },
  check: {
    type: 'forEach',
    rows: 'delmal',
    check: {
      type: 'when',
      condition: { fieldMentions: { field: 'delmal', terms: { param: 'vageOrd' } } },
      check: {
        type: 'oneOf',
        checks: [
          { type: 'pattern', field: 'delmal', regex: '\\d', mode: 'require' },
          { type: 'mentions', field: 'delmal', terms: { param: 'observerbareOrd' }, mode: 'require' },
          { type: 'pattern', field: 'indikatorer', regex: '\\d', mode: 'require' },
          { type: 'mentions', field: 'indikatorer', terms: { param: 'observerbareOrd' }, mode: 'require' },
          { type: 'mentions', field: 'delmal', terms: { param: 'droftetOrd' }, mode: 'require' },
        ],
      },
    },
  },
  message: 'Målet er vagt formulert. Beskriv hva som skal kunne ses eller høres når det er nådd, for eksempel hva barnet gjør, hvor ofte og innen når.',
  why: 'Vage mål som «få det bedre» eller «trives» kan ikke evalueres. Revisjonen fant at mål ble «vage og diffuse» når hjelpebehovet ikke var konkret beskrevet.',
  example: 'I stedet for «[navn] skal trives bedre på skolen»: «[navn] er på skolen minst 4 av 5 dager og forteller at hun har noen å være med i friminuttene.»',
  translations: {
    nn: {
      message: 'Målet er vagt formulert. Skildra kva som skal kunne sjåast eller høyrast når det er nått, til dømes kva barnet gjer, kor ofte og innan når.',
      why: 'Vage mål som «få det betre» eller «trivast» kan ikkje evaluerast. Revisjonen fann at mål vart «vage og diffuse» når hjelpebehovet ikkje var konkret skildra.',
      example: 'I staden for «[namn] skal trivast betre på skulen»: «[namn] er på skulen minst 4 av 5 dagar og fortel at ho har nokon å vere med i friminutta.»',
    },
    en: {
      message: 'The goal is vague. Describe what can be seen or heard when it is reached, e.g. what the child does, how often and by when.',
      why: 'Vague goals like "be better off" or "thrive" cannot be evaluated. The audit found goals became "vague and diffuse" when the need for help was not concretely described.',
      example: 'Instead of "[name] shall thrive better at school": "[name] is at school at least 4 of 5 days and says she has someone to be with at break."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('konkret mål med tall', doc('tiltaksplan', {}, { delmal: [{ delmal: '[navn] møter på skolen minst 4 av 5 dager per uke i 6 uker.' }] })),
    fx('vagt ord, men konkrete indikatorer (guardrail)', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Jenta skal trives bedre på skolen.', indikatorer: 'Hun deltar i friminuttene og forteller at hun har noen å være med.' }] })),
    fx('ungdommens eget vage mål, drøftet (revisjonens gode eksempel)', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Ungdommen ønsker målet «få det bedre». Barnevernstjenesten er uenig i at målet er konkret nok; dette er drøftet med ungdommen 12.01.' }] })),
    fx('nynorsk, konkret', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Guten skal få det betre heime ved at han legg seg før kl. 21 kvar kveld.' }] })),
  ],
  bad: [
    fx('få det bedre', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Barnet skal få det bedre.' }] })),
    fx('fungere bedre, nynorsk', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Familien skal fungere betre.', indikatorer: 'Betre stemning.' }] })),
    fx('trives', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Gutten skal trives.' }] })),
  ],
};
