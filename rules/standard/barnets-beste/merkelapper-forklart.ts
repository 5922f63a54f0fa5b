import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { KONKRET, MERKELAPPER } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

const FELT = ['vurdering', 'barnetsBeste', 'bakgrunn', 'situasjonsbeskrivelse', 'samletVurdering'];

export const rule: Rule = {
  id: 'barnets-beste/merkelapper-forklart',
  area: 'barnets-beste',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 12-5 og § 1-7 (forsvarlighet), slik Høyesterett presiserte i HR-2020-661-S/-662-S/-663-S: beskriv hva manglende omsorgsevne består i', url: BVL_URL },
  appliesTo: ['vedtak', 'tiltaksplan', 'evaluering'],
  when: { any: FELT.map((f) => ({ fieldMentions: { field: f, terms: { param: 'merkelapper' } } })) },
  params: { merkelapper: MERKELAPPER, konkretOrd: KONKRET },
  // Every field that uses a label must also explain it (a field without labels passes).
  check: {
    type: 'allOf',
    checks: FELT.map((f) => ({
      type: 'when' as const,
      condition: { fieldMentions: { field: f, terms: { param: 'merkelapper' } } },
      check: { type: 'mentions' as const, field: f, terms: { param: 'konkretOrd' }, mode: 'require' as const },
    })),
  },
  message: 'Uttrykk som «mangler omsorgskompetanse» eller «rusproblematikk» trenger en forklaring. Beskriv hva som konkret er observert eller fortalt, og hva det betyr for barnet.',
  why: 'Høyesterett (2020) krever at det beskrives hva for eksempel manglende omsorgsevne består i, og ikke bare vises til merkelappen. En konkret beskrivelse er også lettere for familien å kjenne seg igjen i og svare på.',
  example: '«Ved tre hjemmebesøk var det ikke mat i huset, og [navn] fortalte at hun ofte lager middag selv. Det gjør at hun er sliten og ofte kommer for sent på skolen.»',
  translations: {
    nn: {
      message: 'Uttrykk som «manglar omsorgskompetanse» eller «rusproblematikk» treng ei forklaring. Skildra kva som konkret er observert eller fortalt, og kva det tyder for barnet.',
      why: 'Høgsterett (2020) krev at det blir skildra kva til dømes manglande omsorgsevne består i, og ikkje berre vist til merkelappen. Ei konkret skildring er òg lettare for familien å kjenne seg att i og svare på.',
      example: '«Ved tre heimebesøk var det ikkje mat i huset, og [namn] fortalde at ho ofte lagar middag sjølv. Det gjer at ho er sliten og ofte kjem for seint på skulen.»',
    },
    en: {
      message: 'Terms such as "lacks parenting capacity" or "substance problems" need explaining. Describe what was concretely observed or told, and what it means for the child.',
      why: 'The Supreme Court (2020) requires a description of what, for example, a lack of care capacity consists of, not just the label. A concrete description is also easier for the family to recognise and respond to.',
      example: '"On three home visits there was no food in the house, and [name] said she often makes dinner herself. As a result she is tired and often late for school."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('forklart med observasjon', doc('vedtak', { vurdering: 'Vi vurderer at mor har redusert omsorgsevne i perioder. Ved to hjemmebesøk ble det observert at barna ikke hadde spist frokost.' })),
    fx('nynorsk, døme', doc('tiltaksplan', { situasjonsbeskrivelse: 'Far har rusproblematikk. Det kjem til uttrykk ved at han søv mykje om dagen og ikkje hentar i barnehagen.' })),
    fx('ingen merkelapp (guardrail)', doc('vedtak', { vurdering: 'Mor ønsker hjelp til å lage faste rutiner om kvelden, og gutten sier at han vil legge seg tidligere.' })),
  ],
  bad: [
    fx('Høyesteretts eksempel', doc('vedtak', { vurdering: 'Mor mangler omsorgskompetanse. Barnevernstjenesten innvilger derfor foreldreveiledning.' })),
    fx('flere merkelapper', doc('evaluering', { samletVurdering: 'Foreldrene har manglende foreldreferdigheter og rusproblematikk. Tiltakene fortsetter.' })),
  ],
};
