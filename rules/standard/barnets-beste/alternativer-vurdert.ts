import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { ALTERNATIVER } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'barnets-beste/alternativer-vurdert',
  area: 'barnets-beste',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 1-3 og § 12-5, slik Høyesterett presiserte kravene i HR-2020-661-S (momentene trukket fram og veid på en balansert måte)', url: BVL_URL },
  appliesTo: ['vedtak'],
  when: { all: [{ fieldPresent: ['barnetsBeste', 'vurdering'] }, { not: { endsMeasure: true } }] },
  params: { alternativord: ALTERNATIVER },
  check: {
    type: 'oneOf',
    checks: [
      { type: 'mentions', field: 'vurdering', terms: { param: 'alternativord' }, mode: 'require' },
      { type: 'mentions', field: 'barnetsBeste', terms: { param: 'alternativord' }, mode: 'require' },
    ],
  },
  message: 'Skriv hvilke andre tiltak (også å ikke sette inn tiltak) som ble vurdert, og hvorfor de ikke ble valgt.',
  why: 'En barnets beste-vurdering skal veie alternativene mot hverandre på en balansert måte (bvl. § 1-3, HR-2020-661-S). Det viser at tiltaket er valgt ut fra barnets behov og ikke ut fra hva som er tilgjengelig.',
  example: '«Vi har også vurdert besøkshjem, men valgt støttekontakt fordi [navn] selv ønsker å bo hjemme hver helg.»',
  translations: {
    nn: {
      message: 'Skriv kva andre tiltak (også å ikkje setje inn tiltak) som vart vurderte, og kvifor dei ikkje vart valde.',
      why: 'Ei vurdering av det beste for barnet skal vege alternativa mot kvarandre på ein balansert måte (bvl. § 1-3, HR-2020-661-S). Det viser at tiltaket er valt ut frå behova til barnet og ikkje ut frå kva som er tilgjengeleg.',
      example: '«Vi har òg vurdert besøksheim, men valt støttekontakt fordi [namn] sjølv ønskjer å bu heime kvar helg.»',
    },
    en: {
      message: 'State which other measures (including no measure) were considered, and why they were not chosen.',
      why: "A best-interests assessment must weigh the alternatives against each other in a balanced way (Child Welfare Act § 1-3, HR-2020-661-S). It shows the measure was chosen for the child's needs, not for what happened to be available.",
      example: '"We also considered a respite home, but chose a support contact because [name] wants to stay at home every weekend."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('alternativ vurdert', doc('vedtak', { vurdering: 'Vi har også vurdert avlastning, men valgt familieveileder fordi utfordringene er knyttet til rutinene hjemme.' })),
    fx('mindre inngripende, nynorsk', doc('vedtak', { barnetsBeste: 'Rettleiing er eit mindre inngripande tiltak enn besøksheim, og det er prøvd først.' })),
    fx('avslutning – annen regel (guardrail)', doc('vedtak', { avslutterTiltak: { checked: true }, vurdering: 'Tiltaket avsluttes fordi målene er nådd.' })),
  ],
  bad: [
    fx('bare valgt tiltak', doc('vedtak', { vurdering: 'Familien har behov for hjelp med rutiner. Familieveileder innvilges to ganger i uka.' })),
    fx('nynorsk, bare valt tiltak', doc('vedtak', { barnetsBeste: 'Guten treng ein vaksen å vere saman med. Støttekontakt blir innvilga.' })),
  ],
};
