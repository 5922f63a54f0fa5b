/**
 * Reading text out of the host DOM without layout: `innerText` would force a layout (and jsdom has none),
 * so rich text is flattened by a small block-aware walk over the nodes instead.
 */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'BUTTON']);
const ELEMENT = 1;
const TEXT = 3;

/** The text of an element as a reader sees it: blocks and `<br>` become line breaks, other whitespace collapses. */
export function blockText(el: Element): string {
  const out: string[] = [];
  // plaintext-only editors and <pre> keep the user's line breaks as text.
  const pre = el.getAttribute('contenteditable') === 'plaintext-only' || el.tagName.toUpperCase() === 'PRE';
  walk(el, out, pre);
  return tidy(out.join(''));
}

function walk(node: Node, out: string[], pre: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT) {
      // Source line breaks are whitespace (as in `white-space: normal`); only blocks and <br> break lines.
      const text = child.nodeValue ?? '';
      out.push(pre ? text.replace(/[^\S\n]+/g, ' ') : text.replace(/[\s\u00a0]+/g, ' '));
    } else if (child.nodeType === ELEMENT) {
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag) || (child as Element).getAttribute('aria-hidden') === 'true') continue;
      if (tag === 'BR') {
        out.push('\n');
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) out.push('\n');
      walk(child, out, pre);
      if (block) out.push('\n');
    }
  }
}

/** Collapses whitespace like `white-space: normal`, keeping the line breaks the walk produced. */
function tidy(raw: string): string {
  // Editors' invisible fillers: CKEditor 5's U+2060 run, Slate's and ProseMirror's zero-width spaces.
  const visible = INVISIBLE.test(raw) ? raw.replace(INVISIBLE_ALL, '') : raw;
  return visible
    // A run of spaces and line breaks with a break in it is one break; other runs of spaces are one space.
    .replace(/[ \n]*\n[ \n]*/g, '\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff]/;
const INVISIBLE_ALL = /[\u200b\u200c\u200d\u2060\ufeff]/g;

/** A short label text: collapsed to one line; form controls and their contents are left out. */
export function labelText(el: Element): string {
  const out: string[] = [];
  walkLabel(el, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}

function walkLabel(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT) out.push(child.nodeValue ?? '');
    else if (child.nodeType === ELEMENT) {
      const e = child as Element;
      const tag = e.tagName.toUpperCase();
      if (SKIP.has(tag) || tag === 'TEXTAREA' || tag === 'SELECT' || tag === 'INPUT' || tag === 'IFRAME') continue;
      if (e.hasAttribute('contenteditable') && e.getAttribute('contenteditable') !== 'false') continue;
      out.push(' ');
      walkLabel(e, out);
      out.push(' ');
    }
  }
}
