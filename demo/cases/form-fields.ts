import type { DocumentType } from '../../rules/model/document';

/**
 * How the demo fagsystem presents each canonical field: the visible label, the element id and the
 * form-control name. Names follow the fagsystem's own (snake_case) conventions, not the canonical
 * names, so an adapter has to go by the labels as it would in a real system.
 */
export interface FormField {
  label: string;
  id: string;
  htmlName: string;
}

export const DOCUMENT_HEADINGS: Record<DocumentType, string> = {
  vedtak: 'Vedtak om hjelpetiltak',
  tiltaksplan: 'Tiltaksplan',
  evaluering: 'Evaluering av tiltaksplan',
};

export const DOCUMENT_TABS: Record<DocumentType, string> = {
  vedtak: 'Vedtak',
  tiltaksplan: 'Tiltaksplan',
  evaluering: 'Evaluering',
};

const f = (label: string, id: string, htmlName: string): FormField => ({ label, id, htmlName });

export const VEDTAK_FIELDS = {
  barnetsNavn: f('Barnets navn', 'vedtak-barnets-navn', 'barn_navn'),
  fodselsdato: f('Fødselsdato', 'vedtak-fodselsdato', 'barn_fodselsdato'),
  meldingMottatt: f('Melding mottatt', 'vedtak-melding-mottatt', 'melding_mottatt_dato'),
  undersokelseAvsluttet: f('Undersøkelse avsluttet', 'vedtak-undersokelse-avsluttet', 'undersokelse_avsluttet_dato'),
  vedtaksdato: f('Vedtaksdato', 'vedtak-vedtaksdato', 'vedtak_dato'),
  hjemmel: f('Hjemmel', 'vedtak-hjemmel', 'lovhjemmel'),
  bakgrunn: f('Sakens bakgrunn', 'vedtak-sakens-bakgrunn', 'saksforhold'),
  barnetsSynspunkter: f('Barnets synspunkter', 'vedtak-barnets-synspunkter', 'barnets_synspunkter'),
  foreldrenesSynspunkter: f('Foreldrenes synspunkter', 'vedtak-foreldrenes-synspunkter', 'foreldrenes_synspunkter'),
  vurdering: f('Barnevernstjenestens vurdering', 'vedtak-vurdering', 'barnevernfaglig_vurdering'),
  barnetsBeste: f('Barnets beste', 'vedtak-barnets-beste', 'barnets_beste_vurdering'),
  vedtak: f('Vedtak', 'vedtak-vedtakstekst', 'vedtakstekst'),
  mal: f('Mål med tiltaket', 'vedtak-mal', 'maal_med_tiltaket'),
  varighetEvaluering: f('Varighet og evaluering', 'vedtak-varighet-evaluering', 'varighet_evaluering'),
  klageadgang: f('Klageadgang', 'vedtak-klageadgang', 'klageadgang'),
  avslutterTiltak: f('Vedtaket avslutter et tiltak', 'vedtak-avslutter-tiltak', 'avslutter_tiltak'),
} as const;

export const TILTAKSPLAN_FIELDS = {
  barnetsNavn: f('Barnets navn', 'tiltaksplan-barnets-navn', 'barn_navn'),
  fodselsdato: f('Fødselsdato', 'tiltaksplan-fodselsdato', 'barn_fodselsdato'),
  planNummer: f('Plannummer', 'tiltaksplan-plannummer', 'plan_nr'),
  planperiodeFra: f('Planperiode fra', 'tiltaksplan-periode-fra', 'periode_fra'),
  planperiodeTil: f('Planperiode til', 'tiltaksplan-periode-til', 'periode_til'),
  forrigeEvaluering: f('Forrige evaluering', 'tiltaksplan-forrige-evaluering', 'forrige_evaluering_dato'),
  nesteEvaluering: f('Neste evaluering', 'tiltaksplan-neste-evaluering', 'neste_evaluering_dato'),
  situasjonsbeskrivelse: f('Situasjonsbeskrivelse', 'tiltaksplan-situasjonsbeskrivelse', 'situasjonsbeskrivelse'),
  barnetsSynspunkter: f('Barnets stemme', 'tiltaksplan-barnets-stemme', 'barnets_stemme'),
  hovedmal: f('Hovedmål', 'tiltaksplan-hovedmal', 'hovedmaal'),
} as const;

/** Column headers of the delmål table in the tiltaksplan. */
export const DELMAL_COLUMNS = {
  delmal: 'Delmål',
  indikatorer: 'Indikatorer',
  tiltak: 'Tiltak',
  ansvarlig: 'Ansvarlig',
  omfang: 'Omfang',
} as const;

export const EVALUERING_FIELDS = {
  barnetsNavn: f('Barnets navn', 'evaluering-barnets-navn', 'barn_navn'),
  fodselsdato: f('Fødselsdato', 'evaluering-fodselsdato', 'barn_fodselsdato'),
  planperiodeFra: f('Planperiode fra', 'evaluering-periode-fra', 'plan_periode_fra'),
  planperiodeTil: f('Planperiode til', 'evaluering-periode-til', 'plan_periode_til'),
  evalueringsdato: f('Evalueringsdato', 'evaluering-dato', 'evaluering_dato'),
  forrigeEvaluering: f('Forrige evaluering', 'evaluering-forrige-evaluering', 'forrige_evaluering_dato'),
  barnetsSynspunkter: f('Barnets synspunkter', 'evaluering-barnets-synspunkter', 'barnets_synspunkter'),
  samletVurdering: f('Samlet vurdering', 'evaluering-samlet-vurdering', 'samlet_vurdering'),
  nesteEvaluering: f('Neste evaluering', 'evaluering-neste-evaluering', 'neste_evaluering_dato'),
} as const;

/** Labels inside each «Delmål N» fieldset of the evaluering. */
export const EVALUERING_DELMAL_LABELS = { delmal: 'Delmål', evaluering: 'Måloppnåelse' } as const;

/** Column headers of the per-tiltak decision table of the evaluering. */
export const BESLUTNING_COLUMNS = { tiltak: 'Tiltak', beslutning: 'Beslutning', begrunnelse: 'Begrunnelse' } as const;

export const BESLUTNING_LABELS = {
  '': '– Velg –',
  fortsette: 'Fortsette',
  endre: 'Endre',
  avslutte: 'Avslutte',
} as const;

/** Fields rendered as rich-text editors (contenteditable) rather than textareas. */
export const RICH_TEXT_FIELDS = {
  vedtak: ['vurdering'],
  tiltaksplan: ['situasjonsbeskrivelse'],
  evaluering: [],
} as const satisfies Record<DocumentType, readonly string[]>;
