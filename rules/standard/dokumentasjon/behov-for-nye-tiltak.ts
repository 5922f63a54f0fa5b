import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'dokumentasjon/behov-for-nye-tiltak',
  area: 'dokumentasjon',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 8-1 (systematisk og regelmessig vurdere om det er behov for nye tiltak)', url: BVL_URL },
  appliesTo: ['evaluering'],
  when: { fieldPresent: 'samletVurdering' },
  params: {
    nyeTiltakOrd: [
      'nye tiltak', 'nytt tiltak', 'andre tiltak', 'annet tiltak', 'anna tiltak', 'flere tiltak', 'fleire tiltak', 'ytterligere', 'ytterlegare',
      'supplere*', 'tilstrekkelig', 'tilstrekkeleg', 'dekker behovet', 'dekkjer behovet', 'dekker behova', 'mer hjelp', 'meir hjelp',
      'annen hjelp', 'anna hjelp', 'endre*', 'endra', 'justere*', 'justert', 'utvide*', 'utvida', 'trappe*', 'trappa', 'avslutt*',
      'mer inngripende', 'meir inngripande', 'omsorgsovertakelse', 'omsorgsovertaking', 'erstatte*', 'i tillegg', 'behov for',
    ],
  },
  check: {
    type: 'oneOf',
    checks: [
      { type: 'mentions', field: 'samletVurdering', terms: { param: 'nyeTiltakOrd' }, mode: 'require' },
      { type: 'allOf', checks: [{ type: 'rowCount', rows: 'tiltak', min: 1 }, { type: 'forEach', rows: 'tiltak', check: { type: 'mentions', field: 'beslutning', terms: { param: 'nyeTiltakOrd' }, mode: 'require' } }] },
    ],
  },
  message: 'Skriv om tiltakene er tilstrekkelige, eller om barnet trenger andre eller flere tiltak.',
  why: 'Barnevernstjenesten skal systematisk vurdere om hjelpen fungerer og om det er behov for nye tiltak (bvl. § 8-1). Det bør gå fram av evalueringen at spørsmålet er vurdert.',
  example: '«Tiltakene dekker behovet nå, og det er ikke behov for nye tiltak. Vi vurderer avlastning på nytt ved neste evaluering.»',
  translations: {
    nn: {
      message: 'Skriv om tiltaka er tilstrekkelege, eller om barnet treng andre eller fleire tiltak.',
      why: 'Barnevernstenesta skal systematisk vurdere om hjelpa fungerer og om det er behov for nye tiltak (bvl. § 8-1). Det bør gå fram av evalueringa at spørsmålet er vurdert.',
      example: '«Tiltaka dekkjer behovet no, og det er ikkje behov for nye tiltak. Vi vurderer avlasting på nytt ved neste evaluering.»',
    },
    en: {
      message: 'State whether the measures are sufficient, or whether the child needs other or additional measures.',
      why: 'The service must systematically assess whether the help works and whether new measures are needed (Child Welfare Act § 8-1). The evaluation should show that this was considered.',
      example: '"The measures meet the need for now, and no new measures are needed. We will reconsider respite care at the next evaluation."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('ikke behov for nye tiltak', doc('evaluering', { samletVurdering: 'Hjelpen virker. Det er ikke behov for nye tiltak nå.' })),
    fx('nynorsk, justere', doc('evaluering', { samletVurdering: 'Rettleiinga har hjelpt, men tiltaka må justerast slik at far får hjelp om kvelden.' })),
    fx('beslutning per tiltak sier det', doc('evaluering', { samletVurdering: 'Gutten har hatt en god periode.' }, { tiltak: [{ tiltak: 'Støttekontakt', beslutning: 'Endres: utvides til to dager', begrunnelse: 'Han vil gjerne mer.' }] })),
  ],
  bad: [
    fx('bare status', doc('evaluering', { samletVurdering: 'Gutten har hatt en fin høst. Han går på skolen og trives med støttekontakten. Mor er fornøyd.' })),
    fx('fortsetter uten vurdering', doc('evaluering', { samletVurdering: 'Tiltakene fortsetter som før.' }, { tiltak: [{ tiltak: 'Avlastning', beslutning: 'Fortsette', begrunnelse: 'Fungerer bra for familien.' }] })),
  ],
};
