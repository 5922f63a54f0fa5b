import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import { ALENE, IKKE_HORT } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'medvirkning/samtale-alene',
  area: 'medvirkning',
  severity: 'råd',
  basis: { kind: 'rundskriv', ref: 'Bufdirs saksbehandlingsrundskriv: det vil ofte være nødvendig å snakke med barnet alene; medvirkning er ikke reell om foreldrene alltid er til stede' },
  appliesTo: ['vedtak', 'evaluering'],
  when: { all: [{ childAge: { min: { param: 'alderFra' } } }, { fieldPresent: 'barnetsSynspunkter' }, { not: { fieldMentions: { field: 'barnetsSynspunkter', terms: { param: 'ikkeHortOrd' } } } }] },
  params: { alderFra: 7, aleneOrd: ALENE, ikkeHortOrd: IKKE_HORT },
  check: { type: 'mentions', field: 'barnetsSynspunkter', terms: { param: 'aleneOrd' }, mode: 'require' },
  message: 'Skriv om barnet fikk snakke alene, uten foreldrene til stede. Var det ikke mulig eller ønsket, skriv kort hvorfor.',
  why: 'Rundskrivet peker på at det ofte er nødvendig å snakke med barnet alene for at medvirkningen skal være reell. Aldersgrensen her er bare et utgangspunkt for rådet; alle barn som kan danne seg synspunkter har rett til å bli hørt.',
  example: '«Saksbehandler snakket med [navn] alene på skolen 12. mars.»',
  translations: {
    nn: {
      message: 'Skriv om barnet fekk snakke åleine, utan foreldra til stades. Var det ikkje mogleg eller ønskt, skriv kort kvifor.',
      why: 'Rundskrivet peikar på at det ofte er naudsynt å snakke med barnet åleine for at medverknaden skal vere reell. Aldersgrensa her er berre eit utgangspunkt for rådet; alle barn som kan danne seg synspunkt, har rett til å bli høyrde.',
      example: '«Saksbehandlar snakka med [namn] åleine på skulen 12. mars.»',
    },
    en: {
      message: 'State whether the child could talk alone, without the parents present. If that was not possible or wanted, briefly say why.',
      why: 'The circular notes that talking with the child alone is often needed for participation to be real. The age here only triggers this advice; every child able to form views has the right to be heard.',
      example: '"The caseworker talked with [name] alone at school on 12 March."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('alene på skolen', doc('evaluering', { fodselsdato: '01.01.2015', evalueringsdato: '10.01.2026', barnetsSynspunkter: 'Saksbehandler snakket med [navn] alene på skolen. Hun sier at det er roligere hjemme.' })),
    fx('uten mor til stede, nynorsk', doc('vedtak', { fodselsdato: '01.01.2012', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Samtalen vart halden utan mor til stades. Guten seier at han vil ha støttekontakt.' })),
    fx('5-åring – rådet gjelder ikke (guardrail)', doc('vedtak', { fodselsdato: '01.01.2020', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'I samtale med mor til stede sier [navn] at han liker barnehagen.' })),
  ],
  bad: [
    fx('samtale med foreldre til stede', doc('evaluering', { fodselsdato: '01.01.2014', evalueringsdato: '10.01.2026', barnetsSynspunkter: 'I møte med mor og far sier [navn] at det går fint.' })),
    fx('uten opplysning om hvem som var til stede', doc('vedtak', { fodselsdato: '01.01.2011', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Gutten forteller at han gruer seg til helgene og ønsker mer tid hos bestemor.' })),
  ],
};
