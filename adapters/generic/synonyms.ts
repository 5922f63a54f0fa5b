/**
 * Label variants seen in municipal templates that `rules/model/fields.ts` does not list (mostly nynorsk
 * and longer bokmål forms). Merged under a pack's own `vocabulary`.
 */
export const EXTRA_SYNONYMS: Record<string, string[]> = {
  barnetsNavn: ['Barnets fulle navn', 'Barnets fulle namn'],
  fodselsdato: ['Fødd dato', 'Født dato'],
  barnetsSynspunkter: ['Barnet sitt syn', 'Barnet si meining', 'Barnet sine synspunkt', 'Barnets synspunkt og meining', 'Barnets egne ord', 'Barnets eigne ord', 'Barnets mening om målene', 'Barnets meining om måla', 'Hva mener barnet', 'Kva meiner barnet', 'Barnets stemme og medvirkning', 'Barnets synspunkt og medverknad'],
  bakgrunn: ['Bakgrunn for saken', 'Opplysninger i saken', 'Sakens faktiske forhold', 'Opplysningar i saka'],
  hjemmel: ['Lovheimel', 'Rettslig grunnlag', 'Rettsleg grunnlag'],
  vurdering: ['Vurdering frå barnevernstenesta', 'Barnevernfagleg vurdering', 'Barnevernsfaglig vurdering', 'Analyse og vurdering', 'Barnevernfagleg vurdering', 'Tjenestens vurdering'],
  barnetsBeste: ['Barnet sitt beste', 'Kva er best for barnet', 'Barnets beste vurdering', 'Vurdering av kva som er best for barnet', 'Hva er best for barnet'],
  vedtak: ['Konklusjon', 'Vedtaksformulering', 'Vedtaket lyder'],
  foreldrenesSynspunkter: ['Foreldrenes uttalelse', 'Foreldra sitt syn', 'Foreldra si meining'],
  klageadgang: ['Klagerett og innsyn', 'Rett til å klage', 'Høve til å klage', 'Klagetilgjenge'],
  situasjonsbeskrivelse: ['Barnets behov', 'Beskrivelse av situasjonen', 'Skildring av barnet sin situasjon'],
  planperiodeFra: ['Gyldig fra', 'Gyldig frå', 'Periode fra', 'Periode frå'],
  planperiodeTil: ['Gyldig til', 'Periode til'],
  nesteEvaluering: ['Neste evalueringsdato', 'Ny evaluering', 'Evalueringsdato neste'],
  samletVurdering: ['Samla vurdering', 'Konklusjon', 'Oppsummering og vurdering'],
  indikatorer: ['Indikatorar', 'Kriterium for måloppnåelse', 'Kriterier for måloppnåelse', 'Suksesskriterier', 'Suksesskriterium'],
  ansvarlig: ['Ansvarleg', 'Utføres av', 'Utførar'],
  omfang: ['Hyppigheit', 'Omfang og hyppighet'],
  evaluering: ['Måloppnåing', 'Vurdering av måloppnåelse', 'Oppnådd', 'Kommentar', 'Kommentar til måloppnåelse', 'Beskrivelse av måloppnåelse', 'Status og vurdering'],
  beslutning: ['Vidare', 'Videre tiltak', 'Status for tiltaket'],
  begrunnelse: ['Grunngjeving', 'Grunngiving for beslutningen'],
};
