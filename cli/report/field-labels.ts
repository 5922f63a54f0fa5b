import type { DocumentModel, RowValue } from '../../rules/model/document';

/** Every ref in the model (fields and rows, in document order) with the label it had on the page, if any. */
export function fieldLabels(model: DocumentModel): Map<string, string | undefined> {
  const labels = new Map<string, string | undefined>();
  for (const value of Object.values(model.fields)) labels.set(value.ref, value.label);
  const visit = (rows: Record<string, RowValue[]> | undefined) => {
    for (const list of Object.values(rows ?? {})) {
      for (const row of list) {
        labels.set(row.ref, undefined);
        for (const value of Object.values(row.fields)) labels.set(value.ref, value.label);
        visit(row.rows);
      }
    }
  };
  visit(model.rows);
  return labels;
}
