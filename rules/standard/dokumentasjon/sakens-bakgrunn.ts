import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'dokumentasjon/sakens-bakgrunn',
  area: 'dokumentasjon',
  severity: 'feil',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 12-5 første punktum (hvilke faktiske opplysninger som er lagt til grunn); forvaltningsloven § 25 andre ledd', url: BVL_URL },
  appliesTo: ['vedtak'],
  params: { minOrd: 10 },
  check: { type: 'present', field: 'bakgrunn', minWords: { param: 'minOrd' } },
  message: 'Beskriv sakens bakgrunn: hvilke faktiske opplysninger vedtaket bygger på, og hvor de kommer fra (samtaler, hjemmebesøk, skole, helsestasjon).',
  why: 'Vedtaket skal vise hvilke faktiske opplysninger som er lagt til grunn (bvl. § 12-5, fvl. § 25). Det gjør at familien kan se om opplysningene stemmer, og at barnet senere kan forstå hvorfor hjelpen ble gitt.',
  example: '«Skolen meldte i august bekymring for høyt fravær. I undersøkelsen hadde vi to samtaler med [navn] og tre med mor, og et hjemmebesøk. Mor forteller at …»',
  translations: {
    nn: {
      message: 'Skildra bakgrunnen for saka: kva faktiske opplysningar vedtaket byggjer på, og kvar dei kjem frå (samtalar, heimebesøk, skule, helsestasjon).',
      why: 'Vedtaket skal vise kva faktiske opplysningar som er lagde til grunn (bvl. § 12-5, fvl. § 25). Då kan familien sjå om opplysningane stemmer, og barnet kan seinare forstå kvifor hjelpa vart gjeven.',
      example: '«Skulen melde i august uro for høgt fråvær. I undersøkinga hadde vi to samtalar med [namn], tre med mor og eitt heimebesøk. Mor fortel at …»',
    },
    en: {
      message: 'Describe the background: which facts the decision is based on, and where they come from (conversations, home visits, school, health centre).',
      why: 'The decision must show the facts it is based on (Child Welfare Act § 12-5, Public Administration Act § 25), so the family can check them and the child can later understand why help was given.',
      example: '"In August the school reported concern about high absence. During the investigation we had two conversations with [name], three with her mother and one home visit. The mother says …"',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('fyldig bakgrunn', doc('vedtak', { bakgrunn: 'Skolen meldte i august bekymring for høyt fravær og at jenta virket sliten. I undersøkelsen hadde vi to samtaler med jenta, tre samtaler med mor og ett hjemmebesøk. Mor forteller at hun har vært syk i vinter og har hatt lite overskudd til rutiner.' })),
    fx('kort, men med fakta (guardrail)', doc('vedtak', { bakgrunn: 'Saken ble meldt av skolen i september. Gutten har hatt høyt fravær. Det er gjennomført to samtaler med gutten og tre med foreldrene.' })),
    fx('nynorsk', doc('vedtak', { bakgrunn: 'Helsestasjonen melde uro for samspelet mellom far og guten. I undersøkinga hadde vi fire heimebesøk og snakka med barnehagen. Far fortel at han har vore åleine med guten sidan mai og ønskjer hjelp til rutinar.' })),
  ],
  bad: [
    fx('mangler', doc('vedtak', { vurdering: 'Familien trenger hjelp.' })),
    fx('bare henvisning', doc('vedtak', { bakgrunn: 'Se undersøkelsesrapport datert 12.12.2025.' })),
  ],
};
