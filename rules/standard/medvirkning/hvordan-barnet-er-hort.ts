import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { HVORDAN_HORT, IKKE_HORT } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'medvirkning/hvordan-barnet-er-hort',
  area: 'medvirkning',
  severity: 'råd',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 1-4 med forskrift om medvirkning; SSBs kodeliste for barnets medvirkning (samtale, representant, observasjon, andre uttrykk)', url: BVL_URL },
  appliesTo: ['vedtak', 'evaluering'],
  when: { all: [{ fieldPresent: 'barnetsSynspunkter' }, { not: { fieldMentions: { field: 'barnetsSynspunkter', terms: { param: 'ikkeHortOrd' } } } }] },
  params: { maateOrd: HVORDAN_HORT, ikkeHortOrd: IKKE_HORT },
  check: { type: 'mentions', field: 'barnetsSynspunkter', terms: { param: 'maateOrd' }, mode: 'require' },
  message: 'Skriv hvordan og når barnet ble hørt, for eksempel i samtale, ved hjemmebesøk, gjennom en representant eller ved observasjon.',
  why: 'Barnet har rett til å medvirke (bvl. § 1-4). At det går fram hvordan barnet ble hørt, gjør det mulig å vurdere hvor mye synspunktene skal vektlegges. Samtaler er en forutsetning for, men ikke en garanti for, medvirkning (Riksrevisjonen).',
  example: '«Saksbehandler hadde samtale med [navn] på skolen 4. mars. Hun sier at …»',
  translations: {
    nn: {
      message: 'Skriv korleis og når barnet vart høyrt, til dømes i samtale, ved heimebesøk, gjennom ein representant eller ved observasjon.',
      why: 'Barnet har rett til å medverke (bvl. § 1-4). At det går fram korleis barnet vart høyrt, gjer det mogleg å vurdere kor mykje synspunkta skal vektleggjast. Samtalar er ein føresetnad for, men ikkje ein garanti for, medverknad (Riksrevisjonen).',
      example: '«Saksbehandlar hadde samtale med [namn] på skulen 4. mars. Ho seier at …»',
    },
    en: {
      message: 'State how and when the child was heard, e.g. in a conversation, on a home visit, through a representative or by observation.',
      why: "The child has a right to participate (Child Welfare Act § 1-4). Stating how the child was heard lets the reader judge how much weight the views can carry. Conversations are a precondition for, not a guarantee of, participation (national audit).",
      example: '"The caseworker talked with [name] at school on 4 March. She says that …"',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('samtale nevnt', doc('vedtak', { barnetsSynspunkter: 'I samtale på skolen 4. mars sier [navn] at hun vil fortsette hos besøkshjemmet.' })),
    fx('snakka med, nynorsk', doc('evaluering', { barnetsSynspunkter: 'Saksbehandlar snakka med guten på skulen. Han seier at det går betre.' })),
    fx('ikke hørt – egen regel (guardrail)', doc('vedtak', { barnetsSynspunkter: 'Barnevernstjenesten har ikke snakket med barnet fordi hun var innlagt.' })),
  ],
  bad: [
    fx('synspunkt uten kilde', doc('vedtak', { barnetsSynspunkter: 'Hun vil bo hjemme og er lei av alle voksne som spør.' })),
    fx('bare gjengitt fra mor', doc('evaluering', { barnetsSynspunkter: 'Mor opplever at gutten er fornøyd med avlastningen.' })),
  ],
};
