import type { Rule } from '../../pack/schema';
import { FVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { FORELDRES_SYN } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'barnets-beste/foreldrenes-syn',
  area: 'barnets-beste',
  severity: 'advarsel',
  basis: { kind: 'veileder', ref: 'Barnevernsfaglig kvalitetssystem (BFK), «Beslutningen»: beslutningen viser tydelig til barnets og foreldrenes synspunkter; forvaltningsloven § 17', url: FVL_URL },
  appliesTo: ['vedtak'],
  params: { minOrd: 5, foreldresynOrd: FORELDRES_SYN },
  check: {
    type: 'oneOf',
    checks: [
      { type: 'present', field: 'foreldrenesSynspunkter', minWords: { param: 'minOrd' } },
      { type: 'mentions', field: 'vurdering', terms: { param: 'foreldresynOrd' }, mode: 'require' },
      { type: 'mentions', field: 'bakgrunn', terms: { param: 'foreldresynOrd' }, mode: 'require' },
    ],
  },
  message: 'Få fram hva foreldrene mener om situasjonen og tiltaket, og om de er enige eller uenige.',
  why: 'En god beslutning viser både barnets og foreldrenes synspunkter (BFK). Foreldrene skal få uttale seg, og deres syn er en del av grunnlaget for vurderingen (forvaltningsloven § 17).',
  example: '«Mor ønsker hjelp til rutiner om morgenen. Far er enig i tiltaket, men vil at møtene legges til ettermiddagen.»',
  translations: {
    nn: {
      message: 'Få fram kva foreldra meiner om situasjonen og tiltaket, og om dei er einige eller ueinige.',
      why: 'Ei god avgjerd viser både synspunkta til barnet og til foreldra (BFK). Foreldra skal få uttale seg, og synet deira er ein del av grunnlaget for vurderinga (forvaltningslova § 17).',
      example: '«Mor ønskjer hjelp til rutinar om morgonen. Far er einig i tiltaket, men vil at møta blir lagde til ettermiddagen.»',
    },
    en: {
      message: "Show what the parents think about the situation and the measure, and whether they agree or disagree.",
      why: "A good decision shows both the child's and the parents' views (BFK). The parents must be able to give their view, and it is part of the basis for the assessment (Public Administration Act § 17).",
      example: '"The mother wants help with morning routines. The father agrees with the measure but wants meetings in the afternoon."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('eget felt', doc('vedtak', { foreldrenesSynspunkter: 'Mor og far ønsker begge støttekontakt og er enige i at gutten trenger mer aktivitet.' })),
    fx('i vurderingen, nynorsk', doc('vedtak', { vurdering: 'Foreldra meiner at avlasting er for mykje no, men samtykkjer til rettleiing.' })),
  ],
  bad: [
    fx('ikke nevnt', doc('vedtak', { vurdering: 'Barnevernstjenesten vurderer at familien trenger veiledning.', bakgrunn: 'Saken ble meldt av skolen.' })),
    fx('tomt felt', doc('vedtak', { foreldrenesSynspunkter: '-', vurdering: 'Veiledning innvilges.' })),
  ],
};
