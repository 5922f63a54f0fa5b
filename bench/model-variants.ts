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
 * `word` written into every sentence and every line of `text` (before a sentence's closing mark, at the
 * end of a line without one, and at the very end): every piece, sentence and pattern window of the text
 * is then new, not only its end, so caches keyed by any part of a text cannot answer from another text.
 */
export function inEverySentence(text: string, word: string): string {
  const marked = text.replace(/(?=[.!?](?:\s|$))|(?<![.!?\s])(?=\n)/gu, word);
  return /[.!?]\s*$/u.test(marked) ? marked : `${marked}${word}`;
}

/** The model with every non-empty field text made new (a word that differs per sample in every sentence). */
export function fresh(model: DocumentModel, i: number): DocumentModel {
  return mapTexts(model, (t) => (t.trim() ? inEverySentence(t, ` ord${i}`) : t));
}

/** A text k times as long: k copies as paragraphs, each copy different in every sentence (no copy is a cache hit). */
export function repeated(text: string, k: number): string {
  return Array.from({ length: k }, (_, j) => (j === 0 ? text : inEverySentence(text, ` kopi${j}`))).join('\n\n');
}
