import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import { VARIGHET } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

const MND = String.raw`jan(?:uar)?|feb(?:ruar)?|mars?|apr(?:il)?|mai|juni?|juli?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|des(?:ember)?`;
/** A date as caseworkers write it: «31.07.2026», «31/7-26», «31. juli 2026», «juli 2026», «juli -26». */
const DATO = String.raw`(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\/\d{1,2}[-/]\d{2,4}|(?:\d{1,2}\.?\s?)?(?:${MND})\.?\s?['’-]?\d{2,4})`;
/** A range's first half, where the year may be left out («1.3.–28.2.2026», «1. mars – 28. februar 2026»). */
const FRA = String.raw`(?:\d{1,2}[./]\s?\d{1,2}[./-]?|(?:\d{1,2}\.?\s?)?(?:${MND})\.?)(?:\s?['’-]?\d{2,4})?`;
/** An end date: «til 31.07.2026», «t.o.m. 31. juli 2026», «ut juni 2026», «01.02.26–31.07.26», «1. mars – 28. februar 2026». */
const SLUTTDATO = String.raw`(?<![\p{L}\p{N}])(?:(?:til(?:\s+og\s+med)?|tom\.?|t\.\s?o\.\s?m\.?|fram til|frem til|inntil|ut)\s*|${FRA}\s*[-–—]\s*)${DATO}`;
/** A length: «i seks måneder», «et halvt år», «18mnd»; not «i måneden», nor when it is evaluated («etter tre måneder»). */
const LENGDE = String.raw`(?<![\p{L}\p{N}])(?<!(?:etter|om|innen|innan|hver|hvert|kvar|kvart)\s)(?:\d+|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|tolv|atten|et halvt|eit halvt|halvannet)\s?(?:måneder|månader|mnd|uker|veker|år)(?![\p{L}])`;

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
      ...[SLUTTDATO, LENGDE].flatMap((regex) =>
        ['varighetEvaluering', 'vedtak'].map((field) => ({ type: 'pattern' as const, field, regex, flags: 'iu', mode: 'require' as const })),
      ),
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
    fx('fra–til med månedsnavn', doc('vedtak', { vedtak: 'Støttekontakt innvilges fra 1. mars 2026 til 28. februar 2027. Tiltaket evalueres innen 01.06.2026.' })),
    fx('håndskrevet periode', doc('vedtak', { vedtak: 'Avlastning innvilges 1/3-26 – 28/2-27. Tiltaket evalueres innen 01.06.2026.' })),
    fx('t.o.m. måned, nynorsk', doc('vedtak', { varighetEvaluering: 'Tiltaket gjeld t.o.m. juli 2026 og blir evaluert innan 01.05.2026.' })),
    fx('et halvt år', doc('vedtak', { vedtak: 'Foreldreveiledning innvilges i et halvt år. Tiltaket evalueres innen 01.05.2026.' })),
    fx('avslutning (guardrail)', doc('vedtak', { avslutterTiltak: { checked: true }, vedtak: 'Støttekontakt avsluttes.' })),
  ],
  bad: [
    fx('bare startdato', doc('vedtak', { vedtak: 'Familien innvilges foreldreveiledning fra 01.02.2026.' })),
    fx('bare når det evalueres, ikke hvor lenge', doc('vedtak', { vedtak: 'Familien innvilges avlastning fra 01.02.2026. Tiltaket evalueres etter tre måneder.' })),
    fx('klokkeslett er ikke en periode', doc('vedtak', { vedtak: 'Samvær lørdager kl. 10.00-12.00 fra 01.02.2026. Evalueres innen 01.05.2026.' })),
    fx('ingenting om tid', doc('vedtak', { vedtak: 'Det innvilges avlastning én helg i måneden.', varighetEvaluering: 'Tiltaket evalueres fortløpende.' })),
  ],
};
