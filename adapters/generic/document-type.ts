import type { DocumentType } from '../../rules/model/document';
import { labelText } from '../dom/text';
import { insideEditable } from '../dom/units';
import { normaliseLabel } from './vocabulary';

/**
 * Which of the three documents a page is, from `document.title` and the page headings (bokmål and nynorsk).
 * Headings are read top-level first (title, h1, h2 …) and the first one that names a document decides, so a
 * section heading such as «Evaluering» inside a vedtak does not outvote the vedtak's own title.
 */
const W = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const rx = (s: string) => new RegExp(s, 'u');

const PATTERNS: Array<[DocumentType, RegExp]> = [
  ['evaluering', rx(`${W}(evaluering av (tiltaksplan|tiltaksplanen|tiltak|tiltaka|tiltakene|hjelpetiltak|hjelpetiltaka|hjelpetiltakene|planen|plan)|evalueringsrapport|evalueringsskjema|evalueringsmøte|evaluering av mål|oppfølging og evaluering|oppfølging og evaluering av tiltaksplan|evaluering og oppfølging|tiltaksplan\\W+evaluering|tiltaksplanevaluering|evaluering tiltaksplan)${E}`)],
  ['tiltaksplan', rx(`${W}(tiltaksplan|tiltaksplanen|tiltaksplan for hjelpetiltak|plan for hjelpetiltak|plan for tiltak|tiltaksplan etter)${E}`)],
  ['vedtak', rx(`${W}(vedtak om|vedtak etter|vedtak i sak|vedtak -|vedtak –|utkast til vedtak|vedtaksutkast|barnevernstjenestens vedtak|barnevernstenesta sitt vedtak|vedtak hjelpetiltak|hjelpetiltaksvedtak)${E}`)],
];
/** A heading that is just the document's name («Vedtak», «Evaluering»): only trusted as the page's top heading. */
const BARE: Array<[DocumentType, RegExp]> = [
  ['vedtak', /^(vedtak|nytt vedtak|vedtak \(utkast\))$/u],
  ['evaluering', /^(evaluering|ny evaluering)$/u],
  ['tiltaksplan', /^(ny tiltaksplan)$/u],
];

export interface DetectedType {
  type: DocumentType;
  title: string;
}

export function detectDocumentType(root: Document | ShadowRoot | Element): DetectedType | null {
  const doc = 'documentElement' in root ? (root as Document) : null;
  const candidates: Array<{ text: string; top: boolean }> = [];
  if (doc?.title) candidates.push({ text: doc.title, top: true });
  const headings = Array.from(root.querySelectorAll('h1,h2,h3,[role=heading],legend,caption')).filter((h) => !insideEditable(h));
  const level = (h: Element) => {
    const m = /^H(\d)$/.exec(h.tagName.toUpperCase());
    return m ? Number(m[1]) : Number(h.getAttribute('aria-level')) || (h.getAttribute('role') ? 2 : 4);
  };
  headings.sort((a, b) => level(a) - level(b));
  const topLevel = headings.length ? level(headings[0]!) : 0;
  for (const h of headings) candidates.push({ text: labelText(h), top: level(h) === topLevel });

  for (const { text, top } of candidates) {
    const norm = normaliseLabel(text);
    for (const [type, pattern] of PATTERNS) if (pattern.test(norm)) return { type, title: text };
    if (top) for (const [type, pattern] of BARE) if (pattern.test(norm)) return { type, title: text };
  }
  return null;
}
