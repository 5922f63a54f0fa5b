/**
 * Label variants seen in municipal templates that `rules/model/fields.ts` does not list (mostly nynorsk
 * and longer bokmål forms). Merged under a pack's own `vocabulary`.
 */
export const EXTRA_SYNONYMS: Record<string, string[]> = {
  barnetsNavn: ['Barnets fulle navn', 'Barnets fulle namn', 'Gjelder barn', 'Gjelder barnet', 'Barnet det gjelder', 'Barn det gjelder', 'Barnet saka gjeld', 'Navn på barn', 'Barn navn'],
  fodselsdato: ['Fødd dato', 'Født dato'],
  meldingMottatt: ['Meldingsdato', 'Dato for bekymringsmelding', 'Meldingen ble mottatt', 'Meldinga vart motteken', 'Meldingen mottatt'],
  undersokelseAvsluttet: ['Undersøkelsen ble avsluttet', 'Undersøkinga vart avslutta', 'Dato for avsluttet undersøkelse'],
  hovedmal: ['Mål for tiltaksplanen', 'Overordnet målsetting', 'Overordna målsetjing'],
  delmal: ['Hva skal oppnås', 'Kva skal oppnåast'],
  tiltak: ['Hjelpetiltak'],
  barnetsSynspunkter: ['Barnet sitt syn', 'Barnet si meining', 'Barnet sine synspunkt', 'Barnets synspunkt og meining', 'Barnets egne ord', 'Barnets eigne ord', 'Barnets mening om målene', 'Barnets meining om måla', 'Hva mener barnet', 'Kva meiner barnet', 'Barnets stemme og medvirkning', 'Barnets synspunkt og medverknad'],
  bakgrunn: ['Kort om saken', 'Sakshistorikk', 'Bakgrunn for saken', 'Opplysninger i saken', 'Sakens faktiske forhold', 'Opplysningar i saka'],
  hjemmel: ['Lovgrunnlag', 'Rettsgrunnlag', 'Hjemmelsgrunnlag', 'Heimelsgrunnlag', 'Lovheimel', 'Rettslig grunnlag', 'Rettsleg grunnlag'],
  vurdering: ['Vurdering frå barnevernstenesta', 'Barnevernfagleg vurdering', 'Barnevernsfaglig vurdering', 'Analyse og vurdering', 'Barnevernfagleg vurdering', 'Tjenestens vurdering'],
  barnetsBeste: ['Barnet sitt beste', 'Kva er best for barnet', 'Barnets beste vurdering', 'Vurdering av kva som er best for barnet', 'Hva er best for barnet'],
  vedtak: ['Konklusjon', 'Vedtaksformulering', 'Vedtaket lyder'],
  foreldrenesSynspunkter: ['Foreldrenes uttalelse', 'Foreldra sitt syn', 'Foreldra si meining'],
  klageadgang: ['Klage', 'Klagerett og innsyn', 'Rett til å klage', 'Høve til å klage', 'Klagetilgjenge'],
  situasjonsbeskrivelse: ['Nåsituasjon', 'Dagens situasjon', 'Status i dag', 'Barnets behov', 'Beskrivelse av situasjonen', 'Skildring av barnet sin situasjon'],
  planperiodeFra: ['Startdato', 'Oppstartsdato', 'Gyldig fra', 'Gyldig frå', 'Periode fra', 'Periode frå'],
  planperiodeTil: ['Sluttdato', 'Gyldig til', 'Periode til'],
  nesteEvaluering: ['Planlagt evaluering', 'Neste evalueringsdato', 'Ny evaluering', 'Evalueringsdato neste'],
  samletVurdering: ['Samla vurdering', 'Konklusjon', 'Oppsummering og vurdering'],
  indikatorer: ['Kriterier', 'Kriterium', 'Indikatorar', 'Kriterium for måloppnåelse', 'Kriterier for måloppnåelse', 'Suksesskriterier', 'Suksesskriterium'],
  ansvarlig: ['Hvem', 'Kven', 'Hvem gjør hva', 'Kven gjer kva', 'Ansvarleg', 'Utføres av', 'Utførar'],
  omfang: ['Hvor mye', 'Kor mykje', 'Tidsbruk', 'Hyppigheit', 'Omfang og hyppighet'],
  evaluering: ['Måloppnåing', 'Vurdering av måloppnåelse', 'Oppnådd', 'Kommentar', 'Kommentar til måloppnåelse', 'Beskrivelse av måloppnåelse', 'Status og vurdering'],
  beslutning: ['Skal tiltaket fortsette', 'Skal tiltaket halde fram', 'Vidare', 'Videre tiltak', 'Status for tiltaket'],
  begrunnelse: ['Grunngjeving', 'Grunngiving for beslutningen'],
};
