import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

const FELT = ['vurdering', 'barnetsBeste', 'situasjonsbeskrivelse', 'samletVurdering'];

export const rule: Rule = {
  id: 'barnets-beste/sarbarhet-begrunnet',
  area: 'barnets-beste',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 1-3 og § 12-5, slik Høyesterett presiserte i HR-2020-661-S: sårbarhet begrunnes konkret (årsak, hva den består i, betydning for omsorgen)', url: BVL_URL },
  appliesTo: ['vedtak', 'tiltaksplan', 'evaluering'],
  when: { any: FELT.map((f) => ({ fieldMentions: { field: f, terms: { param: 'sarbarOrd' } } })) },
  params: {
    sarbarOrd: ['sårbar', 'sårbart', 'sårbare', 'sårbarhet*', 'særlig hjelpetrengende', 'særleg hjelpetrengande'],
    begrunnelsesord: [
      'fordi', 'ettersom', 'på grunn av', 'grunnet', 'skyldes', 'som følge av', 'som fylgje av', 'årsak*', 'består i', 'består av',
      'viser seg ved', 'viser seg i', 'kommer til uttrykk', 'kjem til uttrykk', 'ved at', 'for eksempel', 'til dømes', 'blant annet',
      'blant anna', 'diagnose*', 'har opplevd', 'har vore utsett', 'har vært utsatt', 'betydning for', 'krever', 'krev', 'stiller krav',
      'trenger', 'treng', 'behov for',
    ],
  },
  check: {
    type: 'allOf',
    checks: FELT.map((f) => ({
      type: 'when' as const,
      condition: { fieldMentions: { field: f, terms: { param: 'sarbarOrd' } } },
      check: { type: 'mentions' as const, field: f, terms: { param: 'begrunnelsesord' }, mode: 'require' as const },
    })),
  },
  message: 'Når barnet beskrives som sårbart, forklar hva sårbarheten består i, hva den skyldes og hva den betyr for omsorgen barnet trenger.',
  why: 'Høyesterett (2020) krever en konkret begrunnelse av barnets sårbarhet med henvisning til faktiske forhold. Riksrevisjonen brukte dette som ett av tre krav til en fullgod barnevernsfaglig vurdering.',
  example: '«[navn] er sårbar fordi hun har opplevd mange brudd; det viser seg ved at hun blir urolig ved endringer, og hun trenger derfor voksne som varsler endringer i god tid.»',
  translations: {
    nn: {
      message: 'Når barnet blir skildra som sårbart, forklar kva sårbarheita består i, kva ho kjem av og kva ho tyder for omsorga barnet treng.',
      why: 'Høgsterett (2020) krev ei konkret grunngjeving av sårbarheita til barnet med tilvising til faktiske forhold. Riksrevisjonen brukte dette som eitt av tre krav til ei fullgod barnevernfagleg vurdering.',
      example: '«[namn] er sårbar fordi ho har opplevd mange brot; det viser seg ved at ho blir uroleg ved endringar, og ho treng difor vaksne som varslar endringar i god tid.»',
    },
    en: {
      message: "When the child is described as vulnerable, explain what the vulnerability consists of, its cause, and what it means for the care the child needs.",
      why: "The Supreme Court (2020) requires a concrete justification of the child's vulnerability with reference to the facts. The national audit used this as one of three requirements for a complete professional assessment.",
      example: '"[name] is vulnerable because she has experienced many disruptions; it shows in her becoming unsettled by changes, so she needs adults who give notice of changes well in advance."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('begrunnet sårbarhet', doc('vedtak', { vurdering: 'Gutten er særlig sårbar fordi han har opplevd flere flyttinger. Det viser seg ved at han blir urolig ved endringer.' })),
    fx('nynorsk', doc('tiltaksplan', { situasjonsbeskrivelse: 'Jenta er sårbar på grunn av ein diagnose som gjer at ho treng faste rutinar.' })),
    fx('ikke omtalt som sårbar (guardrail)', doc('vedtak', { vurdering: 'Jenta trenger faste rutiner om morgenen.' })),
  ],
  bad: [
    fx('Riksrevisjonens eksempel', doc('vedtak', { vurdering: 'Barnet er et sårbart barn. Foreldreveiledning innvilges.' })),
    fx('sårbarhet uten innhold', doc('evaluering', { samletVurdering: 'Situasjonen er som før. Vi vurderer at jenta fortsatt har en sårbarhet.' })),
  ],
};
