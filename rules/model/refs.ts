import type { DocumentModel, FieldValue, RowValue } from './document';

/**
 * Field refs are paths into the document model: `hovedmal`, `delmal[1].indikatorer`,
 * `delmal[1].tiltak[0].ansvarlig`. These helpers find or replace the value a ref points at, so a
 * re-check after one field changed can reuse the rest of the model.
 */
type Step = { group: string; index: number };

function parseRef(ref: string): { steps: Step[]; field: string } | null {
  const parts = ref.split('.');
  const field = parts.pop();
  if (!field || /\[/.test(field)) return null;
  const steps: Step[] = [];
  for (const part of parts) {
    const m = /^([^[\]]+)\[(\d+)\]$/.exec(part);
    if (!m) return null;
    steps.push({ group: m[1]!, index: Number(m[2]) });
  }
  return { steps, field };
}

function rowAt(model: DocumentModel, steps: Step[]): RowValue | null {
  let rows: Record<string, RowValue[]> | undefined = model.rows;
  let row: RowValue | null = null;
  for (const step of steps) {
    row = rows?.[step.group]?.[step.index] ?? null;
    if (!row) return null;
    rows = row.rows;
  }
  return row;
}

export function findField(model: DocumentModel, ref: string): FieldValue | undefined {
  const parsed = parseRef(ref);
  if (!parsed) return undefined;
  if (parsed.steps.length === 0) return model.fields[parsed.field];
  return rowAt(model, parsed.steps)?.fields[parsed.field];
}

/**
 * A copy of the model with one field's text replaced; untouched parts are shared, not copied.
 * Returns null when the ref does not point at an existing field (then the caller re-reads the page).
 */
export function withFieldText(model: DocumentModel, ref: string, text: string): DocumentModel | null {
  const parsed = parseRef(ref);
  if (!parsed) return null;
  const current = findField(model, ref);
  if (!current) return null;
  if (current.text === text) return model;
  const next = { ...current, text };
  if (parsed.steps.length === 0) return { ...model, fields: { ...model.fields, [parsed.field]: next } };

  const replaceIn = (rows: Record<string, RowValue[]>, depth: number): Record<string, RowValue[]> => {
    const step = parsed.steps[depth]!;
    const list = rows[step.group]!.slice();
    const row = list[step.index]!;
    list[step.index] =
      depth === parsed.steps.length - 1
        ? { ...row, fields: { ...row.fields, [parsed.field]: next } }
        : { ...row, rows: replaceIn(row.rows ?? {}, depth + 1) };
    return { ...rows, [step.group]: list };
  };
  return { ...model, rows: replaceIn(model.rows, 0) };
}
