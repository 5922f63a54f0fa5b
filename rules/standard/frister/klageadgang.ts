import type { Rule } from '../../pack/schema';
import { FVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { KLAGE } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'frister/klageadgang',
  area: 'frister',
  severity: 'feil',
  basis: { kind: 'lov', ref: 'Forvaltningsloven § 27 tredje ledd (underretning om klageadgang, klagefrist, klageinstans og retten til å se sakens dokumenter)', url: FVL_URL },
  appliesTo: ['vedtak'],
  params: { klageord: KLAGE },
  check: {
    type: 'oneOf',
    checks: [
      { type: 'mentions', field: 'klageadgang', terms: { param: 'klageord' }, mode: 'require' },
      { type: 'mentions', field: 'vedtak', terms: { param: 'klageord' }, mode: 'require' },
    ],
  },
  message: 'Skriv at partene kan klage på vedtaket, hva klagefristen er, hvor klagen sendes, og at de har rett til å se dokumentene i saken.',
  why: 'Forvaltningsloven § 27 krever at partene får vite om klageadgang, klagefrist og klageinstans, og om retten til innsyn.',
  example: '«Dere kan klage på vedtaket innen tre uker etter at dere mottok det. Klagen sendes barnevernstjenesten, som sender den videre til statsforvalteren hvis vedtaket ikke endres.»',
  translations: {
    nn: {
      message: 'Skriv at partane kan klage på vedtaket, kva klagefristen er, kvar klaga skal sendast, og at dei har rett til å sjå dokumenta i saka.',
      why: 'Forvaltningslova § 27 krev at partane får vite om klagetilgang, klagefrist og klageinstans, og om retten til innsyn.',
      example: '«De kan klage på vedtaket innan tre veker etter at de fekk det. Klaga skal sendast til barnevernstenesta, som sender henne vidare til statsforvaltaren dersom vedtaket ikkje blir endra.»',
    },
    en: {
      message: 'State that the parties may appeal, the deadline, where to send the appeal, and their right to see the case documents.',
      why: 'The Public Administration Act § 27 requires the parties to be told about the right to appeal, the deadline and the appeal body, and about access to documents.',
      example: '"You may appeal within three weeks of receiving the decision. Send the appeal to the child welfare service, which forwards it to the county governor if the decision is not changed."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('eget felt', doc('vedtak', { klageadgang: 'Dere har rett til å klage innen tre uker. Klagen sendes barnevernstjenesten.' })),
    fx('nynorsk i vedtaksteksten', doc('vedtak', { vedtak: 'Støttekontakt blir innvilga. Vedtaket kan klagast på til statsforvaltaren innan tre veker.' })),
  ],
  bad: [
    fx('mangler', doc('vedtak', { vedtak: 'Støttekontakt innvilges fra 01.02.2026 til 31.07.2026.' })),
    fx('tomt felt', doc('vedtak', { klageadgang: '', vedtak: 'Avlastning innvilges.' })),
  ],
};
