import type { DocumentType } from '../../rules/model/document';
import { isEditableRoot, tagOf } from '../dom/controls';
import { labelText } from '../dom/text';
import type { FieldPlan, GroupPlan, Plan, RowPlan } from '../plan';
import type { Detect, DocumentTypeAdapter, FieldLocator, RowGroupLocator, SiteAdapter } from '../schema';
import { matchesUrlPattern } from './url-pattern';

type Root = Document | ShadowRoot | Element;

export function siteFor(adapters: SiteAdapter[] | undefined, url: string | undefined): SiteAdapter | null {
  if (!adapters || !url) return null;
  return adapters.find((a) => a.urlPatterns.some((p) => matchesUrlPattern(p, url))) ?? null;
}

export function detectSiteType(site: SiteAdapter, root: Root, url: string | undefined): DocumentTypeAdapter | null {
  return site.documentTypes.find((t) => detects(t.detect, root, url)) ?? null;
}

function detects(d: Detect, root: Root, url: string | undefined): boolean {
  const any = (sources: string[] | undefined, text: string) => !sources || sources.some((s) => new RegExp(s, 'iu').test(text));
  if (d.selector && !root.querySelector(d.selector)) return false;
  if (d.titleMatches) {
    const doc = root.ownerDocument ?? (root as Document);
    if (!any(d.titleMatches, doc.title ?? '')) return false;
  }
  if (d.urlMatches && !any(d.urlMatches, url ?? '')) return false;
  if (d.headingMatches) {
    const headings = Array.from(root.querySelectorAll('h1,h2,h3,[role=heading]')).map(labelText);
    if (!headings.some((h) => any(d.headingMatches, h))) return false;
  }
  return true;
}

/** What a site adapter's selectors find; `claimed` holds every element it used. */
export interface SitePlan {
  plan: Plan;
  claimed: Set<Element>;
  /** The adapter's extra label synonyms by field name, for the generic fallback. */
  labels: Record<string, string[]>;
}

/** Names the page shows for an element the adapter located (for messages): column header first, then its label. */
export type LabelOf = (el: Element) => string | undefined;

export function planSite(typeAdapter: DocumentTypeAdapter, root: Root, type: DocumentType, labelOf: LabelOf = () => undefined): SitePlan {
  const claimed = new Set<Element>();
  const labels: Record<string, string[]> = {};
  const fields: FieldPlan[] = [];
  for (const [name, loc] of Object.entries(typeAdapter.fields ?? {})) {
    if (loc.label) labels[name] = [...(labels[name] ?? []), ...loc.label];
    const f = locate(name, loc, root, claimed, labelOf);
    if (f) fields.push(f);
  }
  const rows: Record<string, GroupPlan> = {};
  for (const [name, group] of Object.entries(typeAdapter.rows ?? {})) {
    collectLabels(group, labels);
    const plan = locateGroup(group, root, claimed, labelOf);
    if (plan.rows.length) rows[name] = plan;
  }
  return { plan: { documentType: type, fields, rows }, claimed, labels };
}

function collectLabels(group: RowGroupLocator, labels: Record<string, string[]>): void {
  for (const [name, loc] of Object.entries(group.fields)) if (loc.label) labels[name] = [...(labels[name] ?? []), ...loc.label];
  for (const sub of Object.values(group.rows ?? {})) collectLabels(sub, labels);
}

function locateGroup(group: RowGroupLocator, scope: Root, claimed: Set<Element>, labelOf: LabelOf): GroupPlan {
  const rows: RowPlan[] = [];
  const containers = group.container ? Array.from(scope.querySelectorAll(group.container)) : [scope];
  for (const container of containers) {
    for (const row of Array.from(container.querySelectorAll(group.row))) {
      if (claimed.has(row)) continue;
      claimed.add(row);
      const fields: FieldPlan[] = [];
      for (const [name, loc] of Object.entries(group.fields)) {
        const f = locate(name, loc, row, claimed, labelOf);
        if (f) fields.push(f);
      }
      const nested: Record<string, GroupPlan> = {};
      for (const [name, sub] of Object.entries(group.rows ?? {})) nested[name] = locateGroup(sub, row, claimed, labelOf);
      // A row where nothing was found (an empty placeholder row) is not a row of the document.
      if (fields.length || Object.values(nested).some((g) => g.rows.length)) rows.push({ fields, rows: nested });
    }
  }
  const plan: GroupPlan = { rows };
  if (group.continueOnEmpty) plan.continueOnEmpty = group.continueOnEmpty;
  return plan;
}

function locate(name: string, loc: FieldLocator, scope: Root, claimed: Set<Element>, labelOf: LabelOf): FieldPlan | null {
  if (!loc.selector) return null;
  const hit = 'matches' in scope && (scope as Element).matches(loc.selector) ? (scope as Element) : scope.querySelector(loc.selector);
  if (!hit) return null;
  const el = fieldElement(hit);
  claimed.add(el);
  claimed.add(hit);
  const label = labelOf(el) ?? loc.label?.[0];
  return label ? { name, el, label } : { name, el };
}

/** A selector may point at a wrapper (`.ql-container`, a CKEditor field): read the editable inside it. */
export function fieldElement(el: Element): Element {
  const tag = tagOf(el);
  if (tag === 'TEXTAREA' || tag === 'INPUT' || tag === 'SELECT' || tag === 'IFRAME' || isEditableRoot(el)) return el;
  if (el.querySelector('input[type=radio]')) return el;
  return (
    el.querySelector('[contenteditable]:not([contenteditable=false]),iframe') ??
    el.querySelector('textarea,select,input:not([type=hidden])') ??
    el
  );
}
