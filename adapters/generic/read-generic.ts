import type { DocumentType } from '../../rules/model/document';
import { FIELDS, ROWS, type FieldSpec, type RowSpec } from '../../rules/model/fields';
import { findUnits, type UnitIndex } from '../dom/units';
import type { Plan } from '../plan';
import { detectDocumentType } from './document-type';
import { assign, Matcher, type UnitMatch } from './matching';
import { findGroups, type RowContext } from './rows';
import { EXTRA_SYNONYMS } from './synonyms';
import { buildVocabulary, type Vocabulary } from './vocabulary';

export type Root = Document | ShadowRoot | Element;

export interface GenericOptions {
  /** Extra label synonyms by canonical field name (a pack's `vocabulary`). */
  vocabulary?: Record<string, string[]>;
  /** Skip detection (a site adapter already knows the type). */
  documentType?: DocumentType;
  title?: string;
  /** Elements a site adapter already read, and the names/groups it found: left alone here. */
  exclude?: Set<Element>;
  skipFields?: Set<string>;
  skipGroups?: Set<string>;
}

const vocabCache = new WeakMap<object, Map<DocumentType, Vocabulary>>();
const mergedExtras = new WeakMap<object, Record<string, string[]>>();
const NO_EXTRA = {};

/** Built-in synonyms plus a pack's, memoised per pack vocabulary object so vocabularies are built once. */
function withBuiltIns(extra: Record<string, string[]>): Record<string, string[]> {
  let merged = mergedExtras.get(extra);
  if (!merged) {
    merged = { ...EXTRA_SYNONYMS };
    for (const [name, labels] of Object.entries(extra)) merged[name] = [...labels, ...(merged[name] ?? [])];
    mergedExtras.set(extra, merged);
  }
  return merged;
}

function topVocabulary(type: DocumentType, extra: Record<string, string[]>): Vocabulary {
  let byType = vocabCache.get(extra);
  if (!byType) vocabCache.set(extra, (byType = new Map()));
  let v = byType.get(type);
  if (!v) byType.set(type, (v = buildVocabulary(FIELDS[type], extra)));
  return v;
}

const knownCache = new WeakMap<object, Map<DocumentType, Vocabulary>>();

/** Every field name of a document type, top-level and in rows (for «is this label about something else?»). */
function knownVocabulary(type: DocumentType, extra: Record<string, string[]>): Vocabulary {
  let byType = knownCache.get(extra);
  if (!byType) knownCache.set(extra, (byType = new Map()));
  let v = byType.get(type);
  if (!v) {
    const rowFields = (specs: RowSpec[]): FieldSpec[] => specs.flatMap((s) => [...s.fields, ...rowFields(s.rows ?? [])]);
    byType.set(type, (v = buildVocabulary([...FIELDS[type], ...rowFields(ROWS[type])], extra)));
  }
  return v;
}

/** The generic adapter: finds a vedtak / tiltaksplan / evaluering by its Norwegian labels, or returns null. */
export function planGeneric(root: Root, opts: GenericOptions = {}, index: UnitIndex = findUnits(root)): Plan | null {
  const detected = opts.documentType ? { type: opts.documentType, title: opts.title } : detectDocumentType(root);
  if (!detected) return null;
  const type = detected.type;
  const extra = withBuiltIns(opts.vocabulary ?? NO_EXTRA);
  const top = topVocabulary(type, extra);
  const matcher = new Matcher(index, knownVocabulary(type, extra));
  const claimed = new Set<Element>(opts.exclude);
  const units = index.units.filter((u) => !claimed.has(u.el));

  const ctx: RowContext = { index, matcher, claimed, top, extra, vocabularies: new Map() };
  const container = root as ParentNode;
  const specs = ROWS[type].filter((s) => !opts.skipGroups?.has(s.name));
  const rows = findGroups(specs, { container, units, contains: () => true }, ctx, 0);

  const candidates = units
    .filter((u) => !claimed.has(u.el))
    .map((u) => matcher.match(u, top))
    .filter((m): m is UnitMatch => !!m);
  const fields = assign(candidates, new Set(opts.skipFields)).map((a) => ({ name: a.name, el: a.match.unit.el, label: a.match.label }));

  // A page that names a document but shows no field of it (a list of plans, a print preview) has nothing to check.
  if (!opts.documentType && !fields.length && !Object.values(rows).some((g) => g.rows.length)) return null;
  const plan: Plan = { documentType: type, fields, rows };
  if (detected.title) plan.title = detected.title;
  return plan;
}
