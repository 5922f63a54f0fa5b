import type { DocumentModel, FieldValue, RowValue } from '../model/document';

/**
 * Where a check looks: the whole document, or one row of a repeated group (inside `forEach`). Field and
 * group names in a check refer to the scope they run in; there is no fallback to the enclosing scope, so
 * a row check never passes on a value from elsewhere in the document.
 */
export interface Scope {
  fields: Record<string, FieldValue>;
  rows: Record<string, RowValue[]>;
  /** The row's ref (`delmal[1]`), or undefined for the whole document. */
  ref?: string;
  document: DocumentModel;
}

export function documentScope(document: DocumentModel): Scope {
  return { fields: document.fields, rows: document.rows, document };
}

export function rowScope(row: RowValue, document: DocumentModel): Scope {
  return { fields: row.fields, rows: row.rows ?? {}, ref: row.ref, document };
}

export interface SelectedField {
  /** The first name of the selection that was found, or the first name when none was. */
  name: string;
  value?: FieldValue;
}

/** Anything but white space (what `trim` removes), found without copying a long field's text as trim would. */
const VISIBLE = /\S/u;

export function hasContent(value: FieldValue): boolean {
  return VISIBLE.test(value.text) || value.checked === true;
}

/**
 * A document's own entry by name: a pack may name a field «constructor» (unknown names are only a
 * warning), and the model's plain objects would answer with Object's own properties.
 */
function own<T>(record: Record<string, T> | undefined, name: string): T | undefined {
  return record && Object.hasOwn(record, name) ? record[name] : undefined;
}

/** A list selects the first field with content, else the first that exists at all, else none. */
export function selectField(scope: Scope, selection: string | string[]): SelectedField {
  const names = typeof selection === 'string' ? [selection] : selection;
  for (const name of names) {
    const value = own(scope.fields, name);
    if (value && hasContent(value)) return { name, value };
  }
  for (const name of names) {
    const value = own(scope.fields, name);
    if (value) return { name, value };
  }
  return { name: names[0]! };
}

export function textOf(field: SelectedField): string {
  return field.value?.text ?? '';
}

/**
 * Where a finding about the scope itself points: in a row, its first field (the row's title, such as the
 * delmål text, which the page shows); for the whole document, nowhere in particular.
 */
export function anchorRef(scope: Scope): string | undefined {
  if (scope.ref === undefined) return undefined;
  return Object.values(scope.fields)[0]?.ref ?? scope.ref;
}

/** Where a finding about this field points: the field itself, else (when the page lacks it) the scope. */
export function refOf(field: SelectedField, scope: Scope): string | undefined {
  return field.value?.ref ?? anchorRef(scope);
}

/** The rows of a group; a dotted path (`delmal.tiltak`) collects the nested rows of every parent row. */
export function rowsAt(scope: Scope, path: string): RowValue[] {
  let current: RowValue[] | undefined;
  for (const name of path.split('.')) {
    current = current === undefined ? own(scope.rows, name) ?? [] : current.flatMap((row) => own(row.rows, name) ?? []);
  }
  return current ?? [];
}

/** Every field in scope, including those of nested rows (for `field: "*"`). */
export function allFields(scope: Scope): FieldValue[] {
  const out: FieldValue[] = Object.values(scope.fields);
  const visit = (rows: Record<string, RowValue[]>) => {
    for (const list of Object.values(rows)) {
      for (const row of list) {
        out.push(...Object.values(row.fields));
        if (row.rows) visit(row.rows);
      }
    }
  };
  visit(scope.rows);
  return out;
}
