import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { BARNETS_MENING } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'barnets-beste/barnets-mening-i-vurderingen',
  area: 'barnets-beste',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 1-3 («Barnets mening er et sentralt moment i vurderingen av barnets beste»)', url: BVL_URL },
  appliesTo: ['vedtak'],
  when: { all: [{ fieldPresent: 'barnetsSynspunkter' }, { fieldPresent: ['barnetsBeste', 'vurdering'] }] },
  params: { meningsord: BARNETS_MENING },
  check: {
    type: 'oneOf',
    checks: [
      { type: 'mentions', field: 'barnetsBeste', terms: { param: 'meningsord' }, mode: 'require' },
      { type: 'mentions', field: 'vurdering', terms: { param: 'meningsord' }, mode: 'require' },
      // The child quoted or reported as speaker inside the assessment («Ella har selv fortalt at …»).
      { type: 'childVoice', field: 'barnetsBeste', minStatements: 1, ignoreAgreementOnly: true },
      { type: 'childVoice', field: 'vurdering', minStatements: 1, ignoreAgreementOnly: true },
    ],
  },
  message: 'Vis i vurderingen av barnets beste hvordan det barnet selv har sagt, er tatt med.',
  why: 'Barnets mening er et sentralt moment i vurderingen av barnets beste (bvl. § 1-3). Riksrevisjonen fant at barnets synspunkter ofte sto under «barnets stemme», men ikke ble brukt i vurderingen.',
  example: '«[navn] sier selv at hun vil ha hjelp med leksene. Det støtter at leksehjelp er riktig tiltak nå.»',
  translations: {
    nn: {
      message: 'Vis i vurderinga av det beste for barnet korleis det barnet sjølv har sagt, er teke med.',
      why: 'Meininga til barnet er eit sentralt moment i vurderinga av det beste for barnet (bvl. § 1-3). Riksrevisjonen fann at synspunkta til barnet ofte stod under «barnets stemme», men ikkje vart brukte i vurderinga.',
      example: '«[namn] seier sjølv at ho vil ha hjelp med leksene. Det støttar at leksehjelp er rett tiltak no.»',
    },
    en: {
      message: "Show in the best-interests assessment how what the child said has been taken into account.",
      why: "The child's view is a central factor in assessing best interests (Child Welfare Act § 1-3). The national audit found children's views were often recorded under «the child's voice» but not used in the assessment.",
      example: '"[name] herself says she wants help with homework. That supports homework help as the right measure now."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('barnets ønske i vurderingen', doc('vedtak', { barnetsSynspunkter: 'Gutten ønsker støttekontakt.', barnetsBeste: 'Barnets ønske om en voksen å gjøre aktiviteter med er sentralt i vår vurdering.' })),
    fx('nynorsk', doc('vedtak', { barnetsSynspunkter: 'Ho vil bu heime.', vurdering: 'Barnet si meining er at ho vil bu heime, og det er vektlagt.' })),
    fx('med barnets navn', doc('vedtak', { barnetsNavn: 'Mia Testesen', barnetsSynspunkter: 'Mia sier at hun er sulten om morgenen.', barnetsBeste: 'Veiledning gir den mest direkte endringen i det Mia selv har vist og fortalt om: sult og uforutsigbare morgener.' })),
  ],
  bad: [
    fx('stemmen står for seg selv', doc('vedtak', { barnetsSynspunkter: 'Hun sier at hun er lei av kranglingen hjemme.', barnetsBeste: 'Familieveiledning vil gi foreldrene verktøy til å redusere konfliktnivået.' })),
    fx('ikke brukt', doc('vedtak', { barnetsSynspunkter: 'Han vil ikke ha støttekontakt.', vurdering: 'Støttekontakt innvilges to ettermiddager i uka.' })),
  ],
};
