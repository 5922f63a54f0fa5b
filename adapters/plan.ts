import type { DocumentModel, DocumentType, FieldValue, RowValue } from '../rules/model/document';
import { readChecked, readField } from './dom/controls';

/**
 * A read plan: which element holds which field, found once per page structure (the expensive part).
 * Materialising it re-reads only the values, so re-checks while the user types stay cheap.
 */
export interface FieldPlan {
  name: string;
  el: Element;
  label?: string;
  /** Text taken from the structure itself (e.g. «Delmål 1: Lise går på skolen» in a section title). */
  fixedText?: string;
}

export interface RowPlan {
  fields: FieldPlan[];
  rows: Record<string, GroupPlan>;
  /** Known from the structure (e.g. a further row in the same `<tbody>`): this row continues the previous one. */
  continues?: boolean;
}

export interface GroupPlan {
  rows: RowPlan[];
  /** Table layouts: a row whose key field is empty continues the previous row (another tiltak for the same delmål). */
  continueOnEmpty?: string;
}

export interface Plan {
  documentType: DocumentType;
  title?: string;
  fields: FieldPlan[];
  rows: Record<string, GroupPlan>;
}

export interface Materialised {
  model: DocumentModel;
  elements: Map<string, Element>;
}

export function materialise(plan: Plan): Materialised {
  const elements = new Map<string, Element>();
  const fields: Record<string, FieldValue> = {};
  for (const f of plan.fields) fields[f.name] = value(f, f.name, elements);
  const rows: Record<string, RowValue[]> = {};
  for (const [name, group] of Object.entries(plan.rows)) rows[name] = readGroup(group, name, elements);
  const model: DocumentModel = { documentType: plan.documentType, fields, rows };
  if (plan.title) model.title = plan.title;
  return { model, elements };
}

function value(f: FieldPlan, ref: string, elements: Map<string, Element>): FieldValue {
  elements.set(ref, f.el);
  const out: FieldValue = { text: f.fixedText ?? readField(f.el), ref };
  if (f.label) out.label = f.label;
  if (f.fixedText === undefined) {
    const checked = readChecked(f.el);
    if (checked !== undefined) out.checked = checked;
  }
  return out;
}

function readGroup(group: GroupPlan, prefix: string, elements: Map<string, Element>): RowValue[] {
  // Merge continuation rows first (values decide it), then assign refs by final position.
  const merged: Array<{ own: FieldPlan[]; nested: Record<string, RowPlan[]>; sub: Record<string, GroupPlan> }> = [];
  for (const row of group.rows) {
    const key = group.continueOnEmpty;
    const keyField = key ? row.fields.find((f) => f.name === key) : undefined;
    const keyEmpty = key !== undefined && (!keyField || (keyField.fixedText ?? readField(keyField.el)) === '');
    const prev = merged[merged.length - 1];
    if ((row.continues ?? keyEmpty) && prev) {
      for (const f of row.fields) {
        const existing = prev.own.find((p) => p.name === f.name);
        if (!existing) prev.own.push(f);
        else if (readField(existing.el) === '' && readField(f.el) !== '') prev.own[prev.own.indexOf(existing)] = f;
      }
      for (const [name, sub] of Object.entries(row.rows)) (prev.nested[name] ??= []).push(...sub.rows);
      continue;
    }
    const nested: Record<string, RowPlan[]> = {};
    for (const [name, sub] of Object.entries(row.rows)) nested[name] = [...sub.rows];
    merged.push({ own: [...row.fields], nested, sub: row.rows });
  }
  return merged.map((row, i) => {
    const ref = `${prefix}[${i}]`;
    const fields: Record<string, FieldValue> = {};
    for (const f of row.own) fields[f.name] = value(f, `${ref}.${f.name}`, elements);
    const out: RowValue = { ref, fields };
    const names = Object.keys(row.nested);
    if (names.length) {
      out.rows = {};
      for (const name of names) {
        out.rows[name] = readGroup({ rows: row.nested[name]!, continueOnEmpty: row.sub[name]?.continueOnEmpty }, `${ref}.${name}`, elements);
      }
    }
    return out;
  });
}
