import type { DocumentModel, DocumentType, FieldValue, RowValue } from '../../model/document';
import type { Fixture } from './types';

/**
 * Compact builders for fixture documents: plain DocumentModel data (no engine dependency), with refs
 * that follow model/document.ts (`barnetsSynspunkter`, `delmal[1].tiltak[0].ansvarlig`).
 */
export type FieldInput = string | { text?: string; checked?: boolean };
export type FieldsInput = Record<string, FieldInput>;

function fieldValue(ref: string, input: FieldInput): FieldValue {
  return typeof input === 'string' ? { text: input, ref } : { text: input.text ?? '', ref, ...(input.checked === undefined ? {} : { checked: input.checked }) };
}

function fieldsAt(prefix: string, input: FieldsInput): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(input)) out[name] = fieldValue(prefix ? `${prefix}.${name}` : name, value);
  return out;
}

/** A row input: its fields, plus nested groups under a key that is an array of row inputs (e.g. `tiltak`). */
export interface RowInput {
  [field: string]: FieldInput | RowInput[];
}

function rowsAt(prefix: string, name: string, rows: RowInput[]): RowValue[] {
  return rows.map((input, i) => {
    const ref = `${prefix ? `${prefix}.` : ''}${name}[${i}]`;
    const fields: FieldsInput = {};
    const nested: Record<string, RowValue[]> = {};
    for (const [key, value] of Object.entries(input)) {
      if (Array.isArray(value)) nested[key] = rowsAt(ref, key, value);
      else fields[key] = value;
    }
    const row: RowValue = { ref, fields: fieldsAt(ref, fields) };
    if (Object.keys(nested).length > 0) row.rows = nested;
    return row;
  });
}

/** Builds a document: `doc('tiltaksplan', { hovedmal: '…' }, { delmal: [{ delmal: '…', tiltak: [{ tiltak: '…' }] }] })`. */
export function doc(documentType: DocumentType, fields: FieldsInput = {}, rows: Record<string, RowInput[]> = {}): DocumentModel {
  const built: Record<string, RowValue[]> = {};
  for (const [name, list] of Object.entries(rows)) built[name] = rowsAt('', name, list);
  return { documentType, fields: fieldsAt('', fields), rows: built };
}

/** A named fixture; `today` (YYYY-MM-DD) only where the rule compares with today's date. */
export function fx(name: string, document: DocumentModel, today?: string): Fixture {
  return today ? { name, document: document as unknown as Record<string, unknown>, today } : { name, document: document as unknown as Record<string, unknown> };
}
