import * as z from 'zod/mini';
import { EvalueringSchema, TiltaksplanSchema, VedtakSchema } from '../../demo/cases/schema';
import { AREAS } from '../../rules/pack/schema';

/**
 * A training scenario: one fictional document in a flawed and an improved version, with the learning goal
 * it teaches. The documents have exactly the shape of the Fagsystem-demo's case documents, so the demo's
 * forms render them and `demo/cases` converts them into the DocumentModel the engine reads.
 */

const NorskDato = z.string().check(z.regex(/^\d{2}\.\d{2}\.\d{4}$/, 'dato må skrives som dd.mm.åååå'));
const IsoDato = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'dato må skrives som ÅÅÅÅ-MM-DD'));
const Tekst = z.string().check(z.minLength(1));

/** A rule id (`medvirkning/barnets-egne-ord`) or a whole area (`medvirkning`). */
const AREA_OR_RULE = new RegExp(`^(${AREAS.join('|')})(/[a-z0-9-]+)?$`);
export const TargetRuleSchema = z
  .string()
  .check(z.regex(AREA_OR_RULE, `må være et regel-id (for eksempel «medvirkning/barnets-egne-ord») eller et område (${AREAS.join(', ')})`));

export const ScenarioStepSchema = z.strictObject({
  ruleId: z.string().check(z.minLength(1)),
  explanation: Tekst,
});
export type ScenarioStep = z.infer<typeof ScenarioStepSchema>;

export const ScenarioChildSchema = z.strictObject({
  fornavn: Tekst,
  etternavn: Tekst,
  fodselsdato: NorskDato,
});

/** The plan an evaluation is about (the evaluation form shows its period read-only). */
export const ScenarioPlanSchema = z.strictObject({
  planNummer: z.string(),
  planperiodeFra: NorskDato,
  planperiodeTil: NorskDato,
});

const common = {
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id kan bare ha små bokstaver a–z, sifre og bindestrek')),
  title: Tekst,
  learningGoal: Tekst,
  targetRules: z.array(TargetRuleSchema).check(z.minLength(1)),
  language: z.enum(['nb', 'nn']),
  /** The frozen «today» for this scenario (deadlines behave the same every session). */
  today: IsoDato,
  barn: ScenarioChildSchema,
  steps: z.optional(z.array(ScenarioStepSchema)),
};

export const VedtakScenarioSchema = z.strictObject({
  ...common,
  documentType: z.literal('vedtak'),
  flawed: VedtakSchema,
  improved: VedtakSchema,
});
export const TiltaksplanScenarioSchema = z.strictObject({
  ...common,
  documentType: z.literal('tiltaksplan'),
  flawed: TiltaksplanSchema,
  improved: TiltaksplanSchema,
});
export const EvalueringScenarioSchema = z.strictObject({
  ...common,
  documentType: z.literal('evaluering'),
  plan: ScenarioPlanSchema,
  flawed: EvalueringSchema,
  improved: EvalueringSchema,
});

export const ScenarioSchema = z.discriminatedUnion('documentType', [
  VedtakScenarioSchema,
  TiltaksplanScenarioSchema,
  EvalueringScenarioSchema,
]);
export type Scenario = z.infer<typeof ScenarioSchema>;
export type VedtakScenario = z.infer<typeof VedtakScenarioSchema>;
export type TiltaksplanScenario = z.infer<typeof TiltaksplanScenarioSchema>;
export type EvalueringScenario = z.infer<typeof EvalueringScenarioSchema>;

/** The file trainers export and import: one scenario or a collection. */
export const SCENARIO_FILE_FORMAT = 'vedtakslos-ovingsscenarier';
export const ScenarioFileSchema = z.strictObject({
  format: z.literal(SCENARIO_FILE_FORMAT),
  version: z.literal(1),
  scenarios: z.array(ScenarioSchema).check(z.minLength(1)),
});
export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;

export type ScenarioVersion = 'flawed' | 'improved';
