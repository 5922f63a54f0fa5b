import * as z from 'zod/mini';
import { DocumentTypeSchema } from '../model/document';
import { AREAS, BASIS_KINDS, LANGUAGES, SEVERITIES } from './enums';

/**
 * The rule-pack format. A pack is plain JSON (see packs/*.schema.json for the generated JSON Schema).
 *
 * A rule is a *requirement* on a document: its `check` describes what good looks like, and the rule
 * produces findings where the document does not meet it. Checks are built from a small set of
 * declarative check types (below) that a quality lead can combine without writing code. Every number,
 * word list or period in a check may be written literally or as `{ "param": "name" }`, which reads
 * `rule.params.name`; the params are what the workbench shows as form controls and what an extending
 * pack overrides.
 */

export { AREAS, SEVERITIES, BASIS_KINDS, LANGUAGES, type Area, type Severity, type BasisKind, type Language } from './enums';

export const AreaSchema = z.enum(AREAS);
export const SeveritySchema = z.enum(SEVERITIES);
export const BasisKindSchema = z.enum(BASIS_KINDS);
export const LanguageSchema = z.enum(LANGUAGES);

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9._/-]*$/, 'Bruk små bokstaver, tall, -, _, . og /'));
const nonEmpty = z.string().check(z.minLength(1));

/** A reference to `rule.params[name]`. */
export const ParamRefSchema = z.object({ param: nonEmpty });
export type ParamRef = z.infer<typeof ParamRefSchema>;

export const NumSchema = z.union([z.number(), ParamRefSchema]);
/** Terms are words or phrases, matched on word stems; a trailing * matches any ending (`alternativ*`). */
export const TermsSchema = z.union([z.array(nonEmpty), ParamRefSchema]);
/** A field name in the current scope, or a list: the first one present in the document is used. */
export const FieldSelSchema = z.union([nonEmpty, z.array(nonEmpty).check(z.minLength(1))]);
export const DurationSchema = z.object({
  years: z.optional(NumSchema),
  months: z.optional(NumSchema),
  days: z.optional(NumSchema),
});

/** One side of a date comparison: today, or the date written in a field (the first or last date in it). */
export const DateOperandSchema = z.union([
  z.literal('today'),
  z.object({ field: FieldSelSchema, pick: z.optional(z.enum(['first', 'last'])) }),
]);

export const ConditionSchema: z.ZodMiniType<Condition> = z.object({
  /** The child's age in whole years at the document's date (vedtaksdato/evalueringsdato/planperiodeFra, else today). */
  childAge: z.optional(z.object({ min: z.optional(NumSchema), max: z.optional(NumSchema) })),
  /** The document ends a measure (the model's `avslutterTiltak` is checked, or an evaluation decides «avslutte»). */
  endsMeasure: z.optional(z.boolean()),
  /** The field is present with some text. */
  fieldPresent: z.optional(FieldSelSchema),
  /** The field's text mentions one of the terms. */
  fieldMentions: z.optional(z.object({ field: FieldSelSchema, terms: TermsSchema })),
  get not() {
    return z.optional(ConditionSchema);
  },
  get all() {
    return z.optional(z.array(ConditionSchema));
  },
  get any() {
    return z.optional(z.array(ConditionSchema));
  },
});
export interface Condition {
  childAge?: { min?: z.infer<typeof NumSchema>; max?: z.infer<typeof NumSchema> };
  endsMeasure?: boolean;
  fieldPresent?: z.infer<typeof FieldSelSchema>;
  fieldMentions?: { field: z.infer<typeof FieldSelSchema>; terms: z.infer<typeof TermsSchema> };
  not?: Condition;
  all?: Condition[];
  any?: Condition[];
}

const PresentCheck = z.object({
  type: z.literal('present'),
  field: FieldSelSchema,
  /** Substantive: at least this many words (after removing stop words and placeholders). */
  minWords: z.optional(NumSchema),
  minChars: z.optional(NumSchema),
});

const MentionsCheck = z.object({
  type: z.literal('mentions'),
  field: FieldSelSchema,
  terms: TermsSchema,
  /** require: the text mentions at least `min` of the terms (default 1). forbid: none of them occurs. */
  mode: z.enum(['require', 'forbid']),
  min: z.optional(NumSchema),
});

const StockPhrasesCheck = z.object({
  type: z.literal('notOnlyStockPhrases'),
  field: FieldSelSchema,
  phrases: TermsSchema,
  /** Substantive words needed besides the stock phrases. */
  minOtherWords: NumSchema,
});

const ChildVoiceCheck = z.object({
  type: z.literal('childVoice'),
  field: FieldSelSchema,
  /** Statements in which the child is the speaker («Barnet sier …», «“Jeg …”», «[navn] forteller …»). */
  minStatements: NumSchema,
  /** Statements that only agree («hun er enig i målene») do not count as the child's own views. */
  ignoreAgreementOnly: z.optional(z.boolean()),
});

const DateCheck = z.object({
  type: z.literal('date'),
  from: z.union([DateOperandSchema, z.array(DateOperandSchema)]),
  to: z.union([DateOperandSchema, z.array(DateOperandSchema)]),
  /** The requirement: `to` is at most `max` after `from`, and at least `min` after it. */
  max: z.optional(DurationSchema),
  min: z.optional(DurationSchema),
  /** When a date is missing or unreadable: pass quietly (default) or report that it is missing. */
  whenMissing: z.optional(z.enum(['pass', 'report'])),
});

const ItemCountCheck = z.object({
  type: z.literal('itemCount'),
  field: FieldSelSchema,
  /** Items are split on commas, «og»/«eller», «/», «+», «&», semicolons and line breaks. */
  min: z.optional(NumSchema),
  max: z.optional(NumSchema),
});

const RowCountCheck = z.object({
  type: z.literal('rowCount'),
  /** A repeated group in the current scope: `delmal`, `tiltak`, or a nested path `delmal.tiltak`. */
  rows: nonEmpty,
  min: z.optional(NumSchema),
  max: z.optional(NumSchema),
});

const PatternCheck = z.object({
  type: z.literal('pattern'),
  /** `*` means every text field in scope. */
  field: FieldSelSchema,
  /** A built-in detector, or a regular expression (refused if it can backtrack catastrophically). */
  detector: z.optional(z.enum(['fodselsnummer', 'telefonnummer', 'epost'])),
  regex: z.optional(nonEmpty),
  flags: z.optional(z.string().check(z.regex(/^[imsu]*$/))),
  mode: z.enum(['require', 'forbid']),
});

export interface ForEachCheck {
  type: 'forEach';
  rows: string;
  check: Check;
}
export interface CombinedCheck {
  type: 'allOf' | 'oneOf';
  checks: Check[];
}
export interface NotEmptyIfCheck {
  type: 'when';
  condition: Condition;
  check: Check;
}
export type Check =
  | z.infer<typeof PresentCheck>
  | z.infer<typeof MentionsCheck>
  | z.infer<typeof StockPhrasesCheck>
  | z.infer<typeof ChildVoiceCheck>
  | z.infer<typeof DateCheck>
  | z.infer<typeof ItemCountCheck>
  | z.infer<typeof RowCountCheck>
  | z.infer<typeof PatternCheck>
  | ForEachCheck
  | CombinedCheck
  | NotEmptyIfCheck;

export const CheckSchema: z.ZodMiniType<Check> = z.discriminatedUnion('type', [
  PresentCheck,
  MentionsCheck,
  StockPhrasesCheck,
  ChildVoiceCheck,
  DateCheck,
  ItemCountCheck,
  RowCountCheck,
  PatternCheck,
  /** Every row of a repeated group meets `check` (field names inside refer to the row's fields). */
  z.object({
    type: z.literal('forEach'),
    rows: nonEmpty,
    get check() {
      return CheckSchema;
    },
  }),
  /** allOf: every check is met (findings of all that fail). oneOf: at least one is met (else the first's findings). */
  z.object({
    type: z.enum(['allOf', 'oneOf']),
    get checks() {
      return z.array(CheckSchema).check(z.minLength(1));
    },
  }),
  /** A check that only applies when a condition holds, e.g. within a row. */
  z.object({
    type: z.literal('when'),
    condition: ConditionSchema,
    get check() {
      return CheckSchema;
    },
  }),
]) as unknown as z.ZodMiniType<Check>;

export const ParamValueSchema = z.union([z.number(), z.string(), z.boolean(), z.array(z.string())]);
export type ParamValue = z.infer<typeof ParamValueSchema>;

export const TranslationSchema = z.object({
  message: z.optional(nonEmpty),
  why: z.optional(nonEmpty),
  example: z.optional(nonEmpty),
});

export const FixtureSchema = z.object({
  name: nonEmpty,
  /** A document model (model/document.ts), usually partial: only the fields the rule looks at. */
  document: z.record(z.string(), z.unknown()),
  /** Defaults to the pack's test date, else 2026-01-15. */
  today: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
});

export const RuleSchema = z.object({
  id,
  area: AreaSchema,
  severity: SeveritySchema,
  enabled: z.optional(z.boolean()),
  basis: z.object({ kind: BasisKindSchema, ref: nonEmpty, url: z.optional(z.url()) }),
  appliesTo: z.array(DocumentTypeSchema).check(z.minLength(1)),
  when: z.optional(ConditionSchema),
  params: z.optional(z.record(z.string(), ParamValueSchema)),
  check: CheckSchema,
  /** Bokmål: what is missing and how to fix it. Neutral and respectful: the family may be reading it. */
  message: nonEmpty,
  why: z.optional(nonEmpty),
  example: z.optional(nonEmpty),
  translations: z.optional(z.object({ nn: z.optional(TranslationSchema), en: z.optional(TranslationSchema) })),
  /** Good and bad examples carried by the pack; the workbench and the test harness run them. */
  fixtures: z.optional(z.object({ good: z.array(FixtureSchema), bad: z.array(FixtureSchema) })),
});
export type Rule = z.infer<typeof RuleSchema>;

/** What an extending pack may change about a rule of the pack it extends. */
export const RuleOverrideSchema = z.object({
  enabled: z.optional(z.boolean()),
  severity: z.optional(SeveritySchema),
  params: z.optional(z.record(z.string(), ParamValueSchema)),
  message: z.optional(nonEmpty),
  why: z.optional(nonEmpty),
  example: z.optional(nonEmpty),
});
export type RuleOverride = z.infer<typeof RuleOverrideSchema>;

export const PackSchema = z.object({
  $schema: z.optional(z.string()),
  id,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/, 'Versjon som 1.2.0')),
  language: LanguageSchema,
  /** The id of the pack this one builds on (e.g. the national standard pack). */
  extends: z.optional(id),
  metadata: z.object({
    name: nonEmpty,
    description: z.optional(z.string()),
    publisher: z.optional(z.string()),
    updated: z.optional(z.string()),
  }),
  /** Extra label synonyms for the generic page adapter, by canonical field name (model/fields.ts). */
  vocabulary: z.optional(z.record(z.string(), z.array(nonEmpty))),
  /** Changes to rules of the extended pack, by rule id. */
  overrides: z.optional(z.record(z.string(), RuleOverrideSchema)),
  rules: z.array(RuleSchema),
});
export type Pack = z.infer<typeof PackSchema>;
