import * as z from 'zod/mini';

/**
 * The document model: what an adapter reads off a page (or the CLI off a JSON/HTML file) and what the
 * engine checks. It is deliberately flat and textual: every value is the text the caseworker wrote,
 * with a `ref` that says which field on the page it came from, so a finding can point back at it.
 *
 * Refs are paths: `barnetsSynspunkter` for a top-level field, `delmal[1].indikatorer` for a field of
 * the second delmål row, `delmal[1].tiltak[0].ansvarlig` for a field of a nested tiltak row.
 */
import { DOCUMENT_TYPES } from './document-types';
export { DOCUMENT_TYPES } from './document-types';
export const DocumentTypeSchema = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

export const FieldValueSchema = z.object({
  /** The field's text as the user sees it (plain text; rich text flattened with paragraph breaks as \n). */
  text: z.string(),
  /** Where it came from: the path of the field in this document (see above). */
  ref: z.string().check(z.minLength(1)),
  /** The label the adapter matched on the page, for messages and debugging. */
  label: z.optional(z.string()),
  /** For checkboxes, radios and yes/no choices: whether it is ticked / «ja». */
  checked: z.optional(z.boolean()),
});
export type FieldValue = z.infer<typeof FieldValueSchema>;

export interface RowValue {
  ref: string;
  fields: Record<string, FieldValue>;
  rows?: Record<string, RowValue[]>;
}
export const RowValueSchema: z.ZodMiniType<RowValue> = z.object({
  ref: z.string().check(z.minLength(1)),
  fields: z.record(z.string(), FieldValueSchema),
  get rows() {
    return z.optional(z.record(z.string(), z.array(RowValueSchema)));
  },
});

export const DocumentModelSchema = z.object({
  documentType: DocumentTypeSchema,
  /** The document's title or heading, when the page has one. */
  title: z.optional(z.string()),
  /** Top-level fields by canonical name (see fields.ts). A field missing here was not found on the page. */
  fields: z.record(z.string(), FieldValueSchema),
  /** Repeated groups by canonical name: `delmal` (each with nested `tiltak`), and `tiltak` in an evaluering. */
  rows: z.record(z.string(), z.array(RowValueSchema)),
});
export type DocumentModel = z.infer<typeof DocumentModelSchema>;

/** Builds a top-level field value (used by adapters, fixtures and tests). */
export function field(ref: string, text: string, extra: Partial<FieldValue> = {}): FieldValue {
  return { text, ref, ...extra };
}
