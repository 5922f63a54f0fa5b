import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { AVVIK_GRUNN, UENIG } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'medvirkning/avvik-fra-barnets-onske',
  area: 'medvirkning',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 12-5 (barnets mening og vekt); forarbeidene til tidligere § 6-3 a: avvik fra barnets syn bør begrunnes', url: BVL_URL },
  appliesTo: ['vedtak'],
  when: { fieldMentions: { field: 'barnetsSynspunkter', terms: { param: 'uenigOrd' } } },
  params: { uenigOrd: UENIG, grunnOrd: AVVIK_GRUNN },
  check: {
    type: 'oneOf',
    checks: [
      { type: 'mentions', field: ['vurdering', 'barnetsBeste'], terms: { param: 'grunnOrd' }, mode: 'require' },
      { type: 'mentions', field: 'vurdering', terms: { param: 'grunnOrd' }, mode: 'require' },
      { type: 'mentions', field: 'barnetsBeste', terms: { param: 'grunnOrd' }, mode: 'require' },
    ],
  },
  message: 'Barnet har gitt uttrykk for noe annet enn det som besluttes. Forklar i vurderingen hvorfor barnevernstjenesten likevel mener vedtaket er riktig for barnet.',
  why: 'Når et vedtak går imot det barnet ønsker, bør det begrunnes særskilt (bvl. § 12-5 og forarbeidene). Da kan barnet senere forstå hvorfor.',
  example: '«[navn] ønsker ikke støttekontakt. Vi har likevel lagt mest vekt på at hun er mye alene, fordi …»',
  translations: {
    nn: {
      message: 'Barnet har gjeve uttrykk for noko anna enn det som blir avgjort. Forklar i vurderinga kvifor barnevernstenesta likevel meiner vedtaket er rett for barnet.',
      why: 'Når eit vedtak går imot det barnet ønskjer, bør det grunngjevast særskilt (bvl. § 12-5 og førearbeida). Då kan barnet seinare forstå kvifor.',
      example: '«[namn] ønskjer ikkje støttekontakt. Vi har likevel lagt mest vekt på at ho er mykje åleine, fordi …»',
    },
    en: {
      message: 'The child has expressed something other than what is decided. Explain in the assessment why the service still considers the decision right for the child.',
      why: "When a decision goes against the child's wish, it should be specifically justified (Child Welfare Act § 12-5 and preparatory works), so the child can later understand why.",
      example: '"[name] does not want a support contact. We have nevertheless given most weight to her being alone a lot, because …"',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('uenig, begrunnet', doc('vedtak', { barnetsSynspunkter: 'Gutten vil ikke ha støttekontakt.', vurdering: 'Selv om gutten er negativ, vurderer vi at han har behov for en voksen å være med fordi han er mye alene om ettermiddagene.' })),
    fx('nynorsk, trass i', doc('vedtak', { barnetsSynspunkter: 'Ho ønskjer ikkje avlasting.', barnetsBeste: 'Trass i ønsket hennar meiner vi avlasting er rett, sidan mor treng kvile for å kunne gje god omsorg.' })),
    fx('barnet enig (guardrail)', doc('vedtak', { barnetsSynspunkter: 'Hun ønsker hjelp med leksene.', vurdering: 'Leksehjelp innvilges.' })),
  ],
  bad: [
    fx('uenig, ikke omtalt', doc('vedtak', { barnetsSynspunkter: '[navn] er uenig i at hun trenger besøkshjem.', vurdering: 'Barnevernstjenesten innvilger besøkshjem én helg i måneden.' })),
    fx('vil ikke, ingen vurdering', doc('vedtak', { barnetsSynspunkter: 'Han vil ikke flytte til besteforeldrene.', barnetsBeste: 'Tiltaket er til barnets beste.' })),
  ],
};
