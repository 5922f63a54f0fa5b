import type { DocumentModel } from '../../rules/model/document';

/** The model without `label`s and `title` (labels are the page's wording, checked separately; only the text matters). */
export function texts(model: DocumentModel | undefined | null) {
  return JSON.parse(JSON.stringify(model ?? null, (key, value) => (key === 'label' || key === 'title' ? undefined : value)));
}

/** The model read off a page, as `texts`, without the fields the page shows empty but the expected document leaves out. */
export function withoutEmptyExtras(read: DocumentModel | undefined, expected: DocumentModel) {
  const out = texts(read);
  for (const [name, value] of Object.entries(out?.fields ?? {})) {
    if (!(name in expected.fields) && (value as { text: string }).text === '') delete out.fields[name];
  }
  return out;
}
