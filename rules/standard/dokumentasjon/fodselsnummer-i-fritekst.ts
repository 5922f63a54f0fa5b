import type { Rule } from '../../pack/schema';
import { PERSONOPPL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

// Synthetic test numbers (month + 80), valid control digits, belonging to no one.
const FNR_A = '01811550031';
const FNR_B = '158812 50036';

export const rule: Rule = {
  id: 'dokumentasjon/fodselsnummer-i-fritekst',
  area: 'dokumentasjon',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Personvernforordningen art. 5 nr. 1 bokstav c (dataminimering), jf. personopplysningsloven § 1; personopplysningsloven § 12 (bruk av fødselsnummer)', url: PERSONOPPL_URL },
  appliesTo: ['vedtak', 'tiltaksplan', 'evaluering'],
  check: { type: 'pattern', field: '*', detector: 'fodselsnummer', mode: 'forbid' },
  message: 'Her står det et fødselsnummer i fritekst. Ta det bort; personen er allerede identifisert i saken.',
  why: 'Fødselsnummer skal bare brukes der det er nødvendig (personopplysningsloven § 12), og det skal ikke behandles flere personopplysninger enn nødvendig (dataminimering). I fritekst spres det lett videre til kopier og utskrifter.',
  example: 'I stedet for «Far (fnr. …) møtte»: «Far møtte».',
  translations: {
    nn: {
      message: 'Her står det eit fødselsnummer i fritekst. Ta det bort; personen er alt identifisert i saka.',
      why: 'Fødselsnummer skal berre brukast der det er naudsynt (personopplysningslova § 12), og det skal ikkje handsamast fleire personopplysningar enn naudsynt (dataminimering). I fritekst spreier det seg lett vidare til kopiar og utskrifter.',
      example: 'I staden for «Far (fnr. …) møtte»: «Far møtte».',
    },
    en: {
      message: 'A national identity number appears in free text. Remove it; the person is already identified in the case.',
      why: 'Identity numbers may only be used where necessary (Personal Data Act § 12), and no more personal data than needed may be processed (data minimisation). In free text they easily spread to copies and printouts.',
      example: 'Instead of "The father (ID no. …) attended": "The father attended".',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('fødselsdato er greit', doc('vedtak', { fodselsdato: '01.01.2015', bakgrunn: 'Jenta er født 01.01.2015 og bor med mor.' })),
    fx('telefonnummer og saksnummer er ikke fødselsnummer (guardrail)', doc('tiltaksplan', { situasjonsbeskrivelse: 'Saksnr. 2025/12345. Mor kan nås på 912 34 567.' })),
  ],
  bad: [
    fx('i bakgrunnen', doc('vedtak', { bakgrunn: `Far, fnr. ${FNR_A}, møtte til samtale.` })),
    fx('med mellomrom, i en tiltaksrad', doc('tiltaksplan', {}, { delmal: [{ delmal: 'Trygg skolevei.', tiltak: [{ tiltak: 'Følge til skolen', ansvarlig: `Mor (${FNR_B})`, omfang: 'hver dag' }] }] })),
  ],
};
