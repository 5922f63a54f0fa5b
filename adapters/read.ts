import type { DocumentModel } from '../rules/model/document';
import { iframeEditable } from './dom/controls';
import { columnHeader } from './dom/table';
import { labelText } from './dom/text';
import { FIELD_SELECTOR, findUnits, type UnitIndex } from './dom/units';
import { labelSources } from './generic/labels';
import { planGeneric, type Root } from './generic/read-generic';
import { materialise, type Plan } from './plan';
import type { SiteAdapter } from './schema';
import { detectSiteType, planSite, siteFor } from './sites/plan-site';
import { detectDocumentType } from './generic/document-type';

export { readField } from './dom/controls';

export interface ReadOptions {
  /** The page URL (defaults to the root's document URL); picks the site adapter. */
  url?: string;
  adapters?: SiteAdapter[];
  /** Extra label synonyms by canonical field name (a pack's `vocabulary`). */
  vocabulary?: Record<string, string[]>;
}

export interface ReadResult {
  model: DocumentModel;
  /** ref → the element to anchor a marker on (textarea, input, editable, or the iframe of an iframe editor). */
  elements: Map<string, Element>;
  /** The site adapter's id, or `generic`. */
  adapterId: string;
}

/** Everything that, when unchanged, lets a read reuse the previous plan and only re-read values. */
interface Structure {
  nodes: Element[];
  frames: boolean[];
  title: string;
  url: string | undefined;
  adapters: SiteAdapter[] | undefined;
  vocabulary: Record<string, string[]> | undefined;
}
const plans = new WeakMap<object, { structure: Structure; plan: Plan | null; adapterId: string }>();

/** Reads the vedtak / tiltaksplan / evaluering on a page; null when the page is none of them. Never writes. */
export function readDocument(root: Root, opts: ReadOptions = {}): ReadResult | null {
  const doc = 'documentElement' in root ? (root as Document) : root.ownerDocument;
  const url = opts.url ?? doc?.location?.href;
  const structure = structureOf(root, doc, url, opts);
  const cached = plans.get(root);
  let entry = cached && sameStructure(cached.structure, structure) ? cached : null;
  if (!entry) {
    entry = { structure, ...plan(root, url, opts) };
    plans.set(root, entry);
  }
  if (!entry.plan) return null;
  return { ...materialise(entry.plan), adapterId: entry.adapterId };
}

function plan(root: Root, url: string | undefined, opts: ReadOptions): { plan: Plan | null; adapterId: string } {
  const site = siteFor(opts.adapters, url);
  if (!site) return { plan: planGeneric(root, { vocabulary: opts.vocabulary }), adapterId: 'generic' };

  const siteType = detectSiteType(site, root, url);
  const detected = siteType ? { type: siteType.type, title: detectDocumentType(root)?.title } : detectDocumentType(root);
  if (!detected) return { plan: null, adapterId: site.id };
  const typeAdapter = siteType ?? site.documentTypes.find((t) => t.type === detected.type);
  const index = findUnits(root);
  const own = typeAdapter ? planSite(typeAdapter, root, detected.type, (el) => pageLabel(el, index)) : null;
  const vocabulary = mergeVocabulary(opts.vocabulary, own?.labels);
  const generic = planGeneric(root, {
    vocabulary,
    documentType: detected.type,
    title: detected.title,
    exclude: own?.claimed,
    skipFields: new Set(own?.plan.fields.map((f) => f.name)),
    skipGroups: new Set(Object.keys(own?.plan.rows ?? {})),
  }, index);
  const merged: Plan = {
    documentType: detected.type,
    fields: [...(own?.plan.fields ?? []), ...(generic?.fields ?? [])],
    rows: { ...(generic?.rows ?? {}), ...(own?.plan.rows ?? {}) },
  };
  if (detected.title) merged.title = detected.title;
  return { plan: merged, adapterId: site.id };
}

function pageLabel(el: Element, index: UnitIndex): string | undefined {
  const header = columnHeader(el);
  if (header) return labelText(header) || undefined;
  const unit = index.byElement.get(el) ?? { el, kind: 'static' as const, labelHosts: [el] };
  return labelSources(unit, index)[0]?.text;
}

function mergeVocabulary(a: Record<string, string[]> | undefined, b: Record<string, string[]> | undefined) {
  if (!b || !Object.keys(b).length) return a;
  const out: Record<string, string[]> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = [...(out[k] ?? []), ...v];
  return out;
}

function structureOf(root: Root, doc: Document | null, url: string | undefined, opts: ReadOptions): Structure {
  const nodes = Array.from(root.querySelectorAll(FIELD_SELECTOR));
  const frames = nodes.filter((n) => n.tagName.toUpperCase() === 'IFRAME').map((f) => !!iframeEditable(f));
  return { nodes, frames, title: doc?.title ?? '', url, adapters: opts.adapters, vocabulary: opts.vocabulary };
}

function sameStructure(a: Structure, b: Structure): boolean {
  return a.title === b.title && a.url === b.url && a.adapters === b.adapters && a.vocabulary === b.vocabulary &&
    a.nodes.length === b.nodes.length && a.nodes.every((n, i) => n === b.nodes[i]) &&
    a.frames.length === b.frames.length && a.frames.every((f, i) => f === b.frames[i]);
}
