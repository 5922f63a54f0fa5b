import { caseDocument, loadCases } from '../../demo/cases';
import type { DocumentModel, DocumentType } from '../../rules/model/document';
import { readDocument } from '../read';
import { BUILT_IN_ADAPTERS } from '../sites';

export const caseIds = () => loadCases().map((c) => c.id);

/** Without labels and title, keys sorted (key order is not part of the model). */
const strip = (m: DocumentModel | null | undefined) =>
  JSON.parse(JSON.stringify(m ?? null, (k, v) => {
    if (k === 'label' || k === 'title') return undefined;
    if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)));
    return v;
  }));

function withoutEmptyExtras(read: DocumentModel | undefined, expected: DocumentModel) {
  const out = strip(read);
  for (const [name, value] of Object.entries(out?.fields ?? {})) {
    if (!(name in expected.fields) && (value as { text: string }).text === '') delete out.fields[name];
  }
  return out;
}

export function compare(id: string, type: DocumentType) {
  const c = loadCases().find((x) => x.id === id)!;
  const expected = JSON.stringify(strip(caseDocument(c, type)));
  const before = document.documentElement.outerHTML;
  const site = readDocument(document, { url: location.href, adapters: BUILT_IN_ADAPTERS });
  const generic = readDocument(document, { url: 'https://ukjent.example/' });
  const a = JSON.stringify(withoutEmptyExtras(site?.model, caseDocument(c, type)));
  const b = JSON.stringify(withoutEmptyExtras(generic?.model, caseDocument(c, type)));
  const ok = a === expected && b === expected && site?.adapterId === 'fagsystem-demo' && document.documentElement.outerHTML === before;
  return { ok, detail: ok ? '' : `site=${a === expected} generic=${b === expected} id=${site?.adapterId}` };
}
