// Variants of a document model for the benchmarks (bench/probe-entry.ts in Chromium, bench/engine-node.ts in Node).
import type { DocumentModel, FieldValue, RowValue } from '../rules/model/document';

/** The model with every field text (rows included) mapped through `f`. */
export function mapTexts(model: DocumentModel, f: (text: string) => string): DocumentModel {
  const fields = (o: Record<string, FieldValue>) => Object.fromEntries(Object.entries(o).map(([n, v]) => [n, { ...v, text: f(v.text) }]));
  const rows = (o: Record<string, RowValue[]> | undefined): Record<string, RowValue[]> =>
    Object.fromEntries(Object.entries(o ?? {}).map(([n, list]) => [n, list.map((r) => ({ ...r, fields: fields(r.fields), ...(r.rows ? { rows: rows(r.rows) } : {}) }))]));
  return { ...model, fields: fields(model.fields), rows: rows(model.rows) };
}

/**
 * The model with every non-empty field text made new (a word appended that differs per sample), so caches
 * keyed by a field's whole text cannot answer from an earlier sample.
 */
export function fresh(model: DocumentModel, i: number): DocumentModel {
  return mapTexts(model, (t) => (t.trim() ? `${t} ord${i}` : t));
}
