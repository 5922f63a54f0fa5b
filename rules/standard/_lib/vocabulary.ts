/**
 * Extra form labels for the generic page adapter, by canonical field name (model/fields.ts lists the common
 * ones). Headings seen in vedtak and plan templates (Bufdir/BFK, Kvello-inspired templates, Familia), in
 * bokmål and nynorsk.
 */
export const STANDARD_VOCABULARY: Record<string, string[]> = {
  barnetsSynspunkter: [
    'Barnets mening om tiltaket', 'Barnets meninger og ønsker', 'Barnets ønsker', 'Barnets egne ord', 'Barnet si meining',
    'Barnet sitt syn', 'Barnets synspunkter og medvirkning', 'Samtaler med barnet', 'Hvordan er barnet hørt', 'Korleis er barnet høyrt',
  ],
  foreldrenesSynspunkter: ['Foreldrenes uttalelse', 'Foreldra si meining', 'Foreldrenes syn på tiltaket', 'Partenes uttalelser', 'Foreldrenes medvirkning'],
  bakgrunn: ['Sakens faktiske forhold', 'Opplysninger i saken', 'Faktiske opplysninger', 'Saksopplysninger', 'Bakgrunn for saken', 'Faktiske tilhøve'],
  vurdering: ['Barnevernsfaglig vurdering', 'Barnevernfagleg vurdering', 'Analyse og vurdering', 'Vurderinger', 'Vurdering av vilkår'],
  barnetsBeste: ['Barnets beste-vurdering', 'Vurdering av barnets beste', 'Kva som er best for barnet', 'Hva som er best for barnet'],
  vedtak: ['Konklusjon', 'Vedtak om hjelpetiltak', 'Barneverntjenesten fatter følgende vedtak', 'Barnevernstenesta gjer slikt vedtak'],
  mal: ['Målsetting', 'Målsetjing', 'Formålet med tiltaket', 'Føremålet med tiltaket'],
  varighetEvaluering: ['Varighet og evalueringstidspunkt', 'Evalueringstidspunkt', 'Evaluering av tiltaket', 'Tiltakets varighet'],
  klageadgang: ['Klagerett og innsyn', 'Rett til å klage', 'Informasjon om klage', 'Klage og innsyn'],
  situasjonsbeskrivelse: ['Barnets behov', 'Barnets situasjon og behov', 'Beskrivelse av situasjonen', 'Skildring av barnet sin situasjon'],
  hovedmal: ['Overordnet mål', 'Overordna mål', 'Hovedmål for planen'],
  samletVurdering: ['Samlet vurdering av måloppnåelse', 'Vurdering av om hjelpen virker', 'Oppsummering og videre plan', 'Samla vurdering'],
  nesteEvaluering: ['Ny evaluering', 'Neste evalueringsmøte', 'Neste evaluering (dato)'],
};
