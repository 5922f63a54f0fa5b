import type { DocumentModel, DocumentType, FieldValue, RowValue } from '../../model/document';
import type { Check, Pack, Rule } from '../../pack/schema';

/** Test builders: a one-rule pack and a document whose refs follow model/document.ts. */
export function rule(check: Check, extra: Partial<Rule> = {}): Rule {
  return {
    id: 'test/regel',
    area: 'mal-tiltak',
    severity: 'advarsel',
    basis: { kind: 'veileder', ref: 'Bufdir' },
    appliesTo: ['vedtak', 'tiltaksplan', 'evaluering'],
    check,
    message: 'Melding',
    ...extra,
  };
}

export function pack(...rules: Rule[]): Pack {
  return { id: 'test', version: '1.0.0', language: 'nb', metadata: { name: 'Test' }, rules };
}

type RowInput = { [name: string]: string | RowInput[] };

function rowsOf(prefix: string, name: string, inputs: RowInput[]): RowValue[] {
  return inputs.map((input, i) => {
    const ref = `${prefix}${name}[${i}]`;
    const fields: Record<string, FieldValue> = {};
    const rows: Record<string, RowValue[]> = {};
    for (const [key, value] of Object.entries(input)) {
      if (typeof value === 'string') fields[key] = { text: value, ref: `${ref}.${key}` };
      else rows[key] = rowsOf(`${ref}.`, key, value);
    }
    return Object.keys(rows).length ? { ref, fields, rows } : { ref, fields };
  });
}

export function document(
  documentType: DocumentType,
  fields: Record<string, string | FieldValue> = {},
  rows: Record<string, RowInput[]> = {},
): DocumentModel {
  const built: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(fields)) built[name] = typeof value === 'string' ? { text: value, ref: name } : value;
  return {
    documentType,
    fields: built,
    rows: Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, rowsOf('', name, list)])),
  };
}
