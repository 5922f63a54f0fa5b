import type { DocumentType } from '../../rules/model/document';
import { labelText } from '../dom/text';
import { insideEditable } from '../dom/units';
import { findPhrase, words } from './vocabulary';

/**
 * Which of the three documents a page is, from `document.title` and the page headings (bokmål and nynorsk).
 * Headings are read top-level first (title, h1, h2 …) and the first one that names a document decides, so a
 * section heading such as «Evaluering» inside a vedtak does not outvote the vedtak's own title.
 */
const PHRASES: Array<[DocumentType, string[]]> = [
  ['evaluering', [
    'evaluering av tiltaksplan', 'evaluering av tiltaksplanen', 'evaluering av tiltak', 'evaluering av tiltaka',
    'evaluering av tiltakene', 'evaluering av hjelpetiltak', 'evaluering av hjelpetiltaka', 'evaluering av hjelpetiltakene',
    'evaluering av planen', 'evaluering av plan', 'evaluering av mål', 'evalueringsrapport', 'evalueringsskjema',
    'evalueringsmøte', 'oppfølging og evaluering', 'evaluering og oppfølging', 'tiltaksplan evaluering',
    'tiltaksplanevaluering', 'evaluering tiltaksplan',
  ]],
  ['tiltaksplan', ['tiltaksplan', 'tiltaksplanen', 'plan for hjelpetiltak', 'plan for tiltak']],
  ['vedtak', [
    'vedtak om', 'vedtak etter', 'vedtak i sak', 'utkast til vedtak', 'vedtaksutkast', 'barnevernstjenestens vedtak',
    'barneverntjenestens vedtak', 'barnevernstenesta sitt vedtak', 'vedtak hjelpetiltak', 'hjelpetiltaksvedtak',
  ]],
];
/** Headings that are just the document's name («Vedtak», «Evaluering»): only trusted as the page's top heading. */
const BARE: Array<[DocumentType, string[]]> = [
  ['vedtak', ['vedtak', 'nytt vedtak', 'vedtak utkast']],
  ['evaluering', ['evaluering', 'ny evaluering']],
  ['tiltaksplan', ['ny tiltaksplan']],
];

const CURRENT = '[aria-current]:not([aria-current=false]),[role=tab][aria-selected=true]';
const BREADCRUMBS = '[class*=breadcrumb],[aria-label*=breadcrumb i],[aria-label*=rødsmul i],[class*=brodsmul]';
const STANDALONE = 'b,strong,font,[class*=title],[class*=tittel],[class*=overskrift],[class*=heading]';
const INLINE = new Set(['B', 'STRONG', 'FONT', 'SPAN', 'EM', 'I', 'U', 'SMALL', 'BIG', 'A']);

function blockOf(el: Element): Element {
  let b = el;
  while (b.parentElement && INLINE.has(b.tagName.toUpperCase())) b = b.parentElement;
  return b;
}

export interface DetectedType {
  type: DocumentType;
  title: string;
}

export function detectDocumentType(root: Document | ShadowRoot | Element): DetectedType | null {
  const isDocument = 'documentElement' in root;
  const candidates: Array<{ text: string; top: boolean }> = [];
  if (isDocument && (root as Document).title) candidates.push({ text: (root as Document).title, top: true });
  const headings = Array.from(root.querySelectorAll('h1,h2,h3,[role=heading],legend,caption')).filter((h) => !insideEditable(h));
  const level = (h: Element) => {
    const m = /^H(\d)$/.exec(h.tagName.toUpperCase());
    return m ? Number(m[1]) : Number(h.getAttribute('aria-level')) || (h.getAttribute('role') ? 2 : 4);
  };
  headings.sort((a, b) => level(a) - level(b));
  const topLevel = headings.length ? level(headings[0]!) : 0;
  // A bare «Vedtak» is trusted as the page's top heading, or as an h1/h2 under a heading that names the child.
  for (const h of headings) candidates.push({ text: labelText(h), top: level(h) === topLevel || level(h) <= 2 });
  // Pages titled only by where you are: the current breadcrumb or menu item, the selected tab.
  const crumbs = Array.from(root.querySelectorAll(BREADCRUMBS)).map((nav) => {
    const items = nav.querySelectorAll('li');
    return items[items.length - 1] ?? nav.lastElementChild;
  });
  for (const el of [...Array.from(root.querySelectorAll(CURRENT)), ...crumbs]) {
    if (!el) continue;
    const text = labelText(el);
    // A bare «Vedtak» counts from a tab or a breadcrumb, not from a menu item (the section, not this page).
    const top = el.getAttribute('role') === 'tab' || !!el.closest(BREADCRUMBS);
    if (text && text.length <= 80 && !insideEditable(el)) candidates.push({ text, top });
  }
  // Legacy pages without headings: a bold or titled line that stands alone in its block («<b>VEDTAK …</b>»).
  for (const el of Array.from(root.querySelectorAll(STANDALONE))) {
    const text = labelText(el);
    if (text && text.length <= 80 && !insideEditable(el) && labelText(blockOf(el)) === text) candidates.push({ text, top: false });
  }
  // A form element or shadow root passed as the root: its own headings first, then its page's title.
  const title = isDocument ? '' : root.ownerDocument?.title;
  if (title) candidates.push({ text: title, top: true });

  for (const { text, top } of candidates) {
    const w = words(text);
    for (const [type, phrases] of PHRASES) if (phrases.some((p) => findPhrase(w, p) >= 0)) return { type, title: text };
    if (!top) continue;
    // «Vedtak – Familia», «Evaluering | Flyt»: a bare name as one part of a title.
    const parts = [w, ...text.split(/\s[-–—|·:]\s/).map(words)];
    for (const [type, names] of BARE) if (parts.some((p) => names.includes(p))) return { type, title: text };
  }
  return null;
}
