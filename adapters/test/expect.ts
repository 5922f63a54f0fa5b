import type { FieldValue, RowValue } from '../../rules/model/document';

type Spec = Record<string, [text: string, label: string, checked?: boolean]>;

/** Compact expected values: `{ name: [text, label] }` → FieldValues with refs under `prefix`. */
export function fields(spec: Spec, prefix = ''): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [name, [text, label, checked]] of Object.entries(spec)) {
    out[name] = { text, ref: prefix + name, label, ...(checked === undefined ? {} : { checked }) };
  }
  return out;
}

export function row(ref: string, spec: Spec, rows?: Record<string, Array<(parent: string) => RowValue>>): RowValue {
  const out: RowValue = { ref, fields: fields(spec, `${ref}.`) };
  if (rows) {
    out.rows = {};
    for (const [name, makers] of Object.entries(rows)) out.rows[name] = makers.map((m) => m(ref));
  }
  return out;
}

/** A nested row, built once its parent's ref is known: `sub('tiltak', 0, {...})`. */
export function sub(group: string, index: number, spec: Spec) {
  return (parent: string): RowValue => row(`${parent}.${group}[${index}]`, spec);
}
