import type { Pack } from '../pack/schema';
import type { RuleModule } from './_lib/types';
import { STANDARD_VOCABULARY } from './_lib/vocabulary';
import * as medvirkning__avvik_fra_barnets_onske from './medvirkning/avvik-fra-barnets-onske';
import * as medvirkning__barnet_informert from './medvirkning/barnet-informert';
import * as medvirkning__barnets_egne_ord from './medvirkning/barnets-egne-ord';
import * as medvirkning__barnets_mening_i_vedtak from './medvirkning/barnets-mening-i-vedtak';
import * as medvirkning__barnets_stemme_i_evaluering from './medvirkning/barnets-stemme-i-evaluering';
import * as medvirkning__barnets_stemme_i_tiltaksplan from './medvirkning/barnets-stemme-i-tiltaksplan';
import * as medvirkning__barnets_syn_pa_tiltakene from './medvirkning/barnets-syn-pa-tiltakene';
import * as medvirkning__grunn_nar_barnet_ikke_er_hort from './medvirkning/grunn-nar-barnet-ikke-er-hort';
import * as medvirkning__hvordan_barnet_er_hort from './medvirkning/hvordan-barnet-er-hort';
import * as medvirkning__observasjon_av_sma_barn from './medvirkning/observasjon-av-sma-barn';
import * as medvirkning__samtale_alene from './medvirkning/samtale-alene';
import * as medvirkning__vekt_pa_barnets_mening from './medvirkning/vekt-pa-barnets-mening';
import * as barnets_beste__alternativer_vurdert from './barnets-beste/alternativer-vurdert';
import * as barnets_beste__avslutning_begrunnet from './barnets-beste/avslutning-begrunnet';
import * as barnets_beste__barnets_mening_i_vurderingen from './barnets-beste/barnets-mening-i-vurderingen';
import * as barnets_beste__familieband from './barnets-beste/familieband';
import * as barnets_beste__foreldrenes_syn from './barnets-beste/foreldrenes-syn';
import * as barnets_beste__knyttet_til_barnets_behov from './barnets-beste/knyttet-til-barnets-behov';
import * as barnets_beste__konkret_ikke_pastand from './barnets-beste/konkret-ikke-pastand';
import * as barnets_beste__merkelapper_forklart from './barnets-beste/merkelapper-forklart';
import * as barnets_beste__sarbarhet_begrunnet from './barnets-beste/sarbarhet-begrunnet';
import * as barnets_beste__videre_behov_ved_avslutning from './barnets-beste/videre-behov-ved-avslutning';
import * as barnets_beste__vurdering_av_barnets_beste from './barnets-beste/vurdering-av-barnets-beste';
import * as mal_tiltak__ansvarlig_per_tiltak from './mal-tiltak/ansvarlig-per-tiltak';
import * as mal_tiltak__delmal_har_indikatorer from './mal-tiltak/delmal-har-indikatorer';
import * as mal_tiltak__delmal_har_tiltak from './mal-tiltak/delmal-har-tiltak';
import * as mal_tiltak__hovedmal from './mal-tiltak/hovedmal';
import * as mal_tiltak__mal_i_vedtak from './mal-tiltak/mal-i-vedtak';
import * as mal_tiltak__nytt_tiltak_i_plan from './mal-tiltak/nytt-tiltak-i-plan';
import * as mal_tiltak__omfang_per_tiltak from './mal-tiltak/omfang-per-tiltak';
import * as mal_tiltak__tiltak_har_delmal from './mal-tiltak/tiltak-har-delmal';
import * as mal_tiltak__vage_mal from './mal-tiltak/vage-mal';
import * as frister__evaluering_forfalt from './frister/evaluering-forfalt';
import * as frister__evaluering_i_tide from './frister/evaluering-i-tide';
import * as frister__klageadgang from './frister/klageadgang';
import * as frister__neste_evaluering_fastsatt from './frister/neste-evaluering-fastsatt';
import * as frister__neste_evaluering_innen_intervall from './frister/neste-evaluering-innen-intervall';
import * as frister__planperiode_angitt from './frister/planperiode-angitt';
import * as frister__planperiode_maks_12_mnd from './frister/planperiode-maks-12-mnd';
import * as frister__planperiode_utlopt from './frister/planperiode-utlopt';
import * as frister__undersokelse_seks_maneder from './frister/undersokelse-seks-maneder';
import * as frister__undersokelse_tre_maneder from './frister/undersokelse-tre-maneder';
import * as frister__vedtak_evalueringstidspunkt from './frister/vedtak-evalueringstidspunkt';
import * as frister__vedtak_varighet from './frister/vedtak-varighet';
import * as dokumentasjon__barnevernstjenestens_vurdering from './dokumentasjon/barnevernstjenestens-vurdering';
import * as dokumentasjon__begrunnelse_per_tiltak from './dokumentasjon/begrunnelse-per-tiltak';
import * as dokumentasjon__behov_for_nye_tiltak from './dokumentasjon/behov-for-nye-tiltak';
import * as dokumentasjon__beslutning_per_tiltak from './dokumentasjon/beslutning-per-tiltak';
import * as dokumentasjon__evaluering_ikke_enlinjer from './dokumentasjon/evaluering-ikke-enlinjer';
import * as dokumentasjon__evaluering_per_delmal from './dokumentasjon/evaluering-per-delmal';
import * as dokumentasjon__fodselsnummer_i_fritekst from './dokumentasjon/fodselsnummer-i-fritekst';
import * as dokumentasjon__hjelpen_virker from './dokumentasjon/hjelpen-virker';
import * as dokumentasjon__hjemmel from './dokumentasjon/hjemmel';
import * as dokumentasjon__sakens_bakgrunn from './dokumentasjon/sakens-bakgrunn';
import * as dokumentasjon__samtykke_til_hjelpetiltak from './dokumentasjon/samtykke-til-hjelpetiltak';
import * as dokumentasjon__situasjon_om_barnet from './dokumentasjon/situasjon-om-barnet';
import * as dokumentasjon__situasjonsbeskrivelse from './dokumentasjon/situasjonsbeskrivelse';
import * as dokumentasjon__utgatt_hjemmel from './dokumentasjon/utgatt-hjemmel';
import * as dokumentasjon__vilkar_for_hjelpetiltak from './dokumentasjon/vilkar-for-hjelpetiltak';

/**
 * The national standard pack («Nasjonal standardpakke»): what Vedtakslos knows about a good vedtak,
 * tiltaksplan and evaluering, from barnevernsloven 2021, forvaltningsloven, Bufdir's guidance and what the
 * audits found. One rule per file under rules/standard/<area>/, each beside its good and bad examples.
 * This file is generated by _gen-index.py; the test checks that no rule file is left out.
 */
export const standardRuleModules: readonly RuleModule[] = [
  medvirkning__avvik_fra_barnets_onske,
  medvirkning__barnet_informert,
  medvirkning__barnets_egne_ord,
  medvirkning__barnets_mening_i_vedtak,
  medvirkning__barnets_stemme_i_evaluering,
  medvirkning__barnets_stemme_i_tiltaksplan,
  medvirkning__barnets_syn_pa_tiltakene,
  medvirkning__grunn_nar_barnet_ikke_er_hort,
  medvirkning__hvordan_barnet_er_hort,
  medvirkning__observasjon_av_sma_barn,
  medvirkning__samtale_alene,
  medvirkning__vekt_pa_barnets_mening,
  barnets_beste__alternativer_vurdert,
  barnets_beste__avslutning_begrunnet,
  barnets_beste__barnets_mening_i_vurderingen,
  barnets_beste__familieband,
  barnets_beste__foreldrenes_syn,
  barnets_beste__knyttet_til_barnets_behov,
  barnets_beste__konkret_ikke_pastand,
  barnets_beste__merkelapper_forklart,
  barnets_beste__sarbarhet_begrunnet,
  barnets_beste__videre_behov_ved_avslutning,
  barnets_beste__vurdering_av_barnets_beste,
  mal_tiltak__ansvarlig_per_tiltak,
  mal_tiltak__delmal_har_indikatorer,
  mal_tiltak__delmal_har_tiltak,
  mal_tiltak__hovedmal,
  mal_tiltak__mal_i_vedtak,
  mal_tiltak__nytt_tiltak_i_plan,
  mal_tiltak__omfang_per_tiltak,
  mal_tiltak__tiltak_har_delmal,
  mal_tiltak__vage_mal,
  frister__evaluering_forfalt,
  frister__evaluering_i_tide,
  frister__klageadgang,
  frister__neste_evaluering_fastsatt,
  frister__neste_evaluering_innen_intervall,
  frister__planperiode_angitt,
  frister__planperiode_maks_12_mnd,
  frister__planperiode_utlopt,
  frister__undersokelse_seks_maneder,
  frister__undersokelse_tre_maneder,
  frister__vedtak_evalueringstidspunkt,
  frister__vedtak_varighet,
  dokumentasjon__barnevernstjenestens_vurdering,
  dokumentasjon__begrunnelse_per_tiltak,
  dokumentasjon__behov_for_nye_tiltak,
  dokumentasjon__beslutning_per_tiltak,
  dokumentasjon__evaluering_ikke_enlinjer,
  dokumentasjon__evaluering_per_delmal,
  dokumentasjon__fodselsnummer_i_fritekst,
  dokumentasjon__hjelpen_virker,
  dokumentasjon__hjemmel,
  dokumentasjon__sakens_bakgrunn,
  dokumentasjon__samtykke_til_hjelpetiltak,
  dokumentasjon__situasjon_om_barnet,
  dokumentasjon__situasjonsbeskrivelse,
  dokumentasjon__utgatt_hjemmel,
  dokumentasjon__vilkar_for_hjelpetiltak,
];

export const STANDARD_PACK_TEST_DATE = '2026-01-15';

export const standardPack: Pack = {
  id: 'standard',
  version: '1.0.0',
  language: 'nb',
  metadata: {
    name: 'Nasjonal standardpakke',
    description:
      'Krav og god praksis for vedtak om hjelpetiltak, tiltaksplaner og evalueringer: barnets medvirkning, barnets beste, mål og tiltak, frister og dokumentasjon. Bygger på barnevernsloven (2021), forvaltningsloven, Bufdirs veiledning og funn fra Riksrevisjonen og kommunerevisjoner.',
    publisher: 'Vedtakslos',
    updated: '2026-11-23',
  },
  vocabulary: STANDARD_VOCABULARY,
  rules: standardRuleModules.map(({ rule, fixtures }) => ({ ...rule, fixtures })),
};

export default standardPack;
