import * as z from 'zod/mini';
import { DocumentTypeSchema } from '../rules/model/document';

/**
 * Site adapters are data: JSON that says where a known fagsystem keeps each field, validated here.
 * Anything an adapter leaves out (or whose selector finds nothing) is read by the generic adapter,
 * using the adapter's extra `label`s as synonyms. See adapters/README.md.
 */
const nonEmpty = z.string().check(z.minLength(1));

const regexSource = nonEmpty.check(
  z.refine((s) => {
    try {
      new RegExp(s, 'iu');
      return true;
    } catch {
      return false;
    }
  }, 'Ugyldig regulært uttrykk'),
);

/** Where one field is: a CSS selector (relative to the row in a row group), and/or extra label synonyms. */
export const FieldLocatorSchema = z.object({
  selector: z.optional(nonEmpty),
  label: z.optional(z.array(nonEmpty)),
});
export type FieldLocator = z.infer<typeof FieldLocatorSchema>;

export interface RowGroupLocator {
  /** The element(s) holding the rows (a table, a list); relative to the parent row for nested groups. Omitted: the page / the parent row itself. */
  container?: string;
  /** One repeated row inside the container. */
  row: string;
  fields: Record<string, FieldLocator>;
  rows?: Record<string, RowGroupLocator>;
  /** Table layouts: a row whose field of this name is empty continues the previous row (another tiltak). */
  continueOnEmpty?: string;
}
export const RowGroupLocatorSchema: z.ZodMiniType<RowGroupLocator> = z.object({
  container: z.optional(nonEmpty),
  row: nonEmpty,
  fields: z.record(z.string(), FieldLocatorSchema),
  get rows() {
    return z.optional(z.record(z.string(), RowGroupLocatorSchema));
  },
  continueOnEmpty: z.optional(nonEmpty),
});

/** How to tell this document type on the site; every criterion given must hold (an empty object always holds). */
export const DetectSchema = z.object({
  /** An element that exists only on this form. */
  selector: z.optional(nonEmpty),
  /** Regular expressions (case-insensitive); one must match an h1–h3 / role=heading text. */
  headingMatches: z.optional(z.array(regexSource)),
  /** One must match `document.title`. */
  titleMatches: z.optional(z.array(regexSource)),
  /** One must match the page URL. */
  urlMatches: z.optional(z.array(regexSource)),
});
export type Detect = z.infer<typeof DetectSchema>;

export const DocumentTypeAdapterSchema = z.object({
  type: DocumentTypeSchema,
  detect: DetectSchema,
  fields: z.optional(z.record(z.string(), FieldLocatorSchema)),
  rows: z.optional(z.record(z.string(), RowGroupLocatorSchema)),
});
export type DocumentTypeAdapter = z.infer<typeof DocumentTypeAdapterSchema>;

export const SiteAdapterSchema = z.object({
  $schema: z.optional(z.string()),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/)),
  name: nonEmpty,
  /** Match patterns as in a WebExtension manifest: `https://*.fagsystem.kommune.no/*`, `http://localhost/*`. */
  urlPatterns: z.array(nonEmpty).check(z.minLength(1)),
  documentTypes: z.array(DocumentTypeAdapterSchema).check(z.minLength(1)),
});
export type SiteAdapter = z.infer<typeof SiteAdapterSchema>;

export function parseSiteAdapter(json: unknown): SiteAdapter {
  return SiteAdapterSchema.parse(json);
}
