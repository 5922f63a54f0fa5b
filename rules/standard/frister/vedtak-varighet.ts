import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import { VARIGHET } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

/** An end date («til 31.07.2026», «01.02.26–31.07.26») or a length («i seks måneder», «12 uker»; not «i måneden»). */
const SLUTTDATO = String.raw`(?:til|tom|t\.o\.m\.?|fram til|frem til|inntil)\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4}\s*[-–—]\s*\d{1,2}\.\d{1,2}\.\d{2,4}|(?<![\p{L}\p{N}])(?:\d+|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|tolv|atten)\s+(?:måneder|månader|mnd|uker|veker|år)(?![\p{L}])`;

export const rule: Rule = {
  id: 'frister/vedtak-varighet',
  area: 'frister',
  severity: 'advarsel',
  basis: { kind: 'rundskriv', ref: 'Rundskriv Q-0982 Retningslinjer om hjelpetiltak (tiltak for kortere eller lengre perioder, tidsperspektiv); bvl. § 8-1 (hvor lenge tiltakene er ment å vare)' },
  appliesTo: ['vedtak'],
  when: { not: { endsMeasure: true } },
  params: { varighetsord: VARIGHET },
  check: {
    type: 'oneOf',
    checks: [
      { type: 'mentions', field: 'varighetEvaluering', terms: { param: 'varighetsord' }, mode: 'require' },
      { type: 'mentions', field: 'vedtak', terms: { param: 'varighetsord' }, mode: 'require' },
      { type: 'pattern', field: 'varighetEvaluering', regex: SLUTTDATO, flags: 'iu', mode: 'require' },
      { type: 'pattern', field: 'vedtak', regex: SLUTTDATO, flags: 'iu', mode: 'require' },
    ],
  },
  message: 'Skriv hvor lenge tiltaket skal vare, med sluttdato eller varighet.',
  why: 'Hjelpetiltak gis for en bestemt periode, og planen skal si hvor lenge tiltakene er ment å vare (bvl. § 8-1). Revisjonen fant at tiltak tidligere ble satt til ett år «uten egentlig å ha en sluttdato».',
  example: '«Støttekontakt innvilges fra 01.02.2026 til 31.07.2026.»',
  translations: {
    nn: {
      message: 'Skriv kor lenge tiltaket skal vare, med sluttdato eller varigheit.',
      why: 'Hjelpetiltak blir gjevne for ein bestemd periode, og planen skal seie kor lenge tiltaka er meinte å vare (bvl. § 8-1). Revisjonen fann at tiltak tidlegare vart sette til eitt år «utan eigentleg å ha ein sluttdato».',
      example: '«Støttekontakt blir innvilga frå 01.02.2026 til 31.07.2026.»',
    },
    en: {
      message: 'State how long the measure will last, with an end date or a duration.',
      why: 'Support measures are granted for a set period, and the plan must say how long they are meant to last (Child Welfare Act § 8-1). The audit found measures used to be set for a year "without really having an end date".',
      example: '"A support contact is granted from 01.02.2026 to 31.07.2026."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('fra–til i vedtaket', doc('vedtak', { vedtak: 'Støttekontakt innvilges fra 01.02.2026 til 31.07.2026.' })),
    fx('varighet i eget felt, nynorsk', doc('vedtak', { varighetEvaluering: 'Tiltaket varar i seks månader og blir evaluert etter tre.' })),
    fx('avslutning (guardrail)', doc('vedtak', { avslutterTiltak: { checked: true }, vedtak: 'Støttekontakt avsluttes.' })),
  ],
  bad: [
    fx('bare startdato', doc('vedtak', { vedtak: 'Familien innvilges foreldreveiledning fra 01.02.2026.' })),
    fx('ingenting om tid', doc('vedtak', { vedtak: 'Det innvilges avlastning én helg i måneden.', varighetEvaluering: 'Tiltaket evalueres fortløpende.' })),
  ],
};
