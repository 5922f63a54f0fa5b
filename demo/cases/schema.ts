import * as z from 'zod/mini';

/**
 * The fictional demo cases: one JSON file per child. Document fields are keyed by the canonical
 * field names of rules/model/fields.ts so that a case converts straight into a DocumentModel.
 * Each document says whether it is written well («god») or has planted flaws («mangelfull»),
 * so the training mode can reuse the cases.
 */

/** Norwegian date as typed in the forms (dd.mm.åååå); empty when the field is left blank. */
const NorskDato = z.string().check(z.regex(/^(\d{2}\.\d{2}\.\d{4})?$/, 'Dato må skrives som dd.mm.åååå'));
const Tekst = z.string();

export const FLAW_AREAS = ['medvirkning', 'barnets-beste', 'mal-tiltak', 'frister', 'dokumentasjon'] as const;
export const FlawSchema = z.strictObject({
  area: z.enum(FLAW_AREAS),
  description: z.string().check(z.minLength(1)),
});
export type Flaw = z.infer<typeof FlawSchema>;

export const QUALITIES = ['god', 'mangelfull'] as const;
const meta = {
  quality: z.enum(QUALITIES),
  flaws: z.optional(z.array(FlawSchema)),
};

export const VedtakSchema = z.strictObject({
  ...meta,
  fields: z.strictObject({
    meldingMottatt: NorskDato,
    undersokelseAvsluttet: NorskDato,
    vedtaksdato: NorskDato,
    hjemmel: Tekst,
    bakgrunn: Tekst,
    barnetsSynspunkter: Tekst,
    foreldrenesSynspunkter: Tekst,
    vurdering: Tekst,
    barnetsBeste: Tekst,
    vedtak: Tekst,
    mal: Tekst,
    varighetEvaluering: Tekst,
    klageadgang: Tekst,
    avslutterTiltak: z.boolean(),
  }),
});
export type Vedtak = z.infer<typeof VedtakSchema>;

export const PlanTiltakSchema = z.strictObject({ tiltak: Tekst, ansvarlig: Tekst, omfang: Tekst });
export type PlanTiltak = z.infer<typeof PlanTiltakSchema>;
export const PlanDelmalSchema = z.strictObject({
  delmal: Tekst,
  indikatorer: Tekst,
  tiltak: z.array(PlanTiltakSchema),
});
export type PlanDelmal = z.infer<typeof PlanDelmalSchema>;

export const TiltaksplanSchema = z.strictObject({
  ...meta,
  fields: z.strictObject({
    planNummer: Tekst,
    planperiodeFra: NorskDato,
    planperiodeTil: NorskDato,
    forrigeEvaluering: z.optional(NorskDato),
    nesteEvaluering: NorskDato,
    situasjonsbeskrivelse: Tekst,
    barnetsSynspunkter: Tekst,
    hovedmal: Tekst,
  }),
  delmal: z.array(PlanDelmalSchema),
});
export type Tiltaksplan = z.infer<typeof TiltaksplanSchema>;

export const BESLUTNINGER = ['', 'fortsette', 'endre', 'avslutte'] as const;
export type Beslutning = (typeof BESLUTNINGER)[number];
export const EvalueringDelmalSchema = z.strictObject({ delmal: Tekst, evaluering: Tekst });
export type EvalueringDelmal = z.infer<typeof EvalueringDelmalSchema>;
export const EvalueringTiltakSchema = z.strictObject({
  tiltak: Tekst,
  beslutning: z.enum(BESLUTNINGER),
  begrunnelse: Tekst,
});
export type EvalueringTiltak = z.infer<typeof EvalueringTiltakSchema>;

export const EvalueringSchema = z.strictObject({
  ...meta,
  fields: z.strictObject({
    evalueringsdato: NorskDato,
    forrigeEvaluering: z.optional(NorskDato),
    barnetsSynspunkter: Tekst,
    samletVurdering: Tekst,
    nesteEvaluering: NorskDato,
  }),
  delmal: z.array(EvalueringDelmalSchema),
  tiltak: z.array(EvalueringTiltakSchema),
});
export type Evaluering = z.infer<typeof EvalueringSchema>;

export const CaseSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  saksnummer: z.string().check(z.minLength(1)),
  barn: z.strictObject({
    fornavn: z.string().check(z.minLength(1)),
    etternavn: z.string().check(z.minLength(1)),
    fodselsdato: NorskDato.check(z.minLength(10)),
  }),
  saksbehandler: z.string().check(z.minLength(1)),
  status: z.enum(['aktiv', 'avsluttet']),
  dokumenter: z.strictObject({
    vedtak: VedtakSchema,
    tiltaksplan: TiltaksplanSchema,
    evaluering: EvalueringSchema,
  }),
});
export type Case = z.infer<typeof CaseSchema>;
export type CaseDocuments = Case['dokumenter'];
