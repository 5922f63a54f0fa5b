import { HIGHLIGHT_CSS, HIGHLIGHT_NAMES } from '@/components/overlay';
import type { Finding } from '@/rules/engine/finding';
import type { Severity } from '@/rules/pack/schema';
import type { FieldBox } from './field-geometry';

/**
 * Underlines the words a finding concerns without touching the host's DOM or values:
 * - in rich-text editors, with the CSS Custom Highlight API (ranges over the host's text, no nodes);
 * - in textareas and text inputs (a Range cannot point into their value), with a mirror: a copy of the
 *   field's text in our own shadow root, laid exactly over the field, transparent but for the underlines.
 */
export interface TextMarks {
  render(findings: Finding[], elements: Map<string, Element>, boxes: FieldBox[], fieldText: (ref: string) => string | undefined): void;
  setHidden(hidden: boolean): void;
  destroy(): void;
}

interface MarkRange {
  start: number;
  end: number;
  severity: Severity;
}

const SEVERITY_ORDER: Severity[] = ['råd', 'advarsel', 'feil'];

export function createTextMarks(layerParent: ShadowRoot): TextMarks {
  const layer = document.createElement('div');
  layer.className = 'vl-mirrors';
  layer.setAttribute('aria-hidden', 'true');
  layer.setAttribute('style', 'position:fixed;inset:0;pointer-events:none;overflow:hidden;');
  layerParent.prepend(layer);

  const highlightsSupported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
  const styledDocuments = new WeakSet<Document>();
  const mirrors = new Map<Element, { box: HTMLDivElement; inner: HTMLDivElement; key: string }>();
  const fontStyles = new WeakMap<Element, string>();
  let hidden = false;

  const clearHighlights = () => {
    if (!highlightsSupported) return;
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
  };

  return {
    render(findings, elements, boxes, fieldText) {
      const byField = rangesByField(findings);
      const ranges: Record<Severity, Range[]> = { feil: [], advarsel: [], råd: [] };
      const seen = new Set<Element>();
      const boxOf = new Map(boxes.map((b) => [b.ref, b]));

      // Layout is read for every mirror first and written after, so drawing them forces no layout in between.
      const mirrorsToDraw: MirrorDraw[] = [];
      for (const [ref, marks] of byField) {
        const element = elements.get(ref);
        const text = fieldText(ref);
        if (!element?.isConnected || text === undefined) continue;
        if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
          const box = boxOf.get(ref);
          if (!box?.visible) continue;
          seen.add(element);
          mirrorsToDraw.push(readMirror(element, text, marks, box));
        } else if (highlightsSupported) {
          const editable = editableOf(element);
          if (!editable) continue;
          styleDocument(editable.ownerDocument);
          for (const m of marks) {
            const range = rangeForText(editable, text.slice(m.start, m.end), occurrenceBefore(text, m.start, m.end));
            if (range) ranges[m.severity].push(range);
          }
        }
      }
      for (const draw of mirrorsToDraw) drawMirror(draw);
      for (const [element, mirror] of mirrors) {
        if (!seen.has(element)) {
          mirror.box.remove();
          mirrors.delete(element);
        }
      }
      clearHighlights();
      if (highlightsSupported && !hidden) {
        for (const severity of SEVERITY_ORDER) {
          if (ranges[severity].length) CSS.highlights.set(HIGHLIGHT_NAMES[severity], new Highlight(...ranges[severity]));
        }
      }
    },
    setHidden(on) {
      hidden = on;
      layer.style.display = on ? 'none' : '';
      if (on) clearHighlights();
    },
    destroy() {
      clearHighlights();
      layer.remove();
      mirrors.clear();
    },
  };

  function styleDocument(doc: Document): void {
    if (styledDocuments.has(doc)) return;
    styledDocuments.add(doc);
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (!view) return;
    // An adopted sheet is not a node in the page: the host's DOM stays as it was.
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }

  /** Everything a mirror needs from the page's layout, read before any mirror is written. */
  function readMirror(field: HTMLTextAreaElement | HTMLInputElement, modelText: string, marks: MarkRange[], box: FieldBox): MirrorDraw {
    const font = fontStyles.get(field) ?? mirrorStyle(field);
    fontStyles.set(field, font);
    return { field, modelText, marks, box, value: field.value, font, scrollLeft: field.scrollLeft, scrollTop: field.scrollTop };
  }

  function drawMirror({ field, modelText, marks, box, value, font, scrollLeft, scrollTop }: MirrorDraw): void {
    let mirror = mirrors.get(field);
    if (!mirror) {
      const outer = document.createElement('div');
      const inner = document.createElement('div');
      outer.append(inner);
      layer.append(outer);
      mirror = { box: outer, inner, key: '' };
      mirrors.set(field, mirror);
    }
    // The adapter trims the value; model offsets start after the leading white space.
    const shift = value.length - value.trimStart().length;
    const key = `${value}\u0000${marks.map((m) => `${m.start}-${m.end}-${m.severity}`).join()}\u0000${font}`;
    if (mirror.key !== key) {
      mirror.key = key;
      mirror.inner.replaceChildren(...segments(value, marks, shift, modelText));
      mirror.inner.setAttribute('style', `${font}color:transparent;`);
    }
    const r = box.rect;
    // contain: the mirror's text is laid out on its own, without the rest of our layer or the page.
    mirror.box.setAttribute(
      'style',
      `position:absolute;left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;overflow:hidden;contain:strict;`,
    );
    mirror.inner.style.transform = `translate(${-scrollLeft}px, ${-scrollTop}px)`;
  }
}

interface MirrorDraw {
  field: HTMLTextAreaElement | HTMLInputElement;
  modelText: string;
  marks: MarkRange[];
  box: FieldBox;
  value: string;
  font: string;
  scrollLeft: number;
  scrollTop: number;
}

function rangesByField(findings: Finding[]): Map<string, MarkRange[]> {
  const out = new Map<string, MarkRange[]>();
  for (const f of findings) {
    if (!f.field || !f.range || f.range.end <= f.range.start) continue;
    const list = out.get(f.field) ?? [];
    list.push({ start: f.range.start, end: f.range.end, severity: f.severity });
    out.set(f.field, list);
  }
  return out;
}

function editableOf(element: Element): HTMLElement | null {
  if (element instanceof HTMLIFrameElement) {
    try {
      return element.contentDocument?.body ?? null;
    } catch {
      return null;
    }
  }
  return element instanceof HTMLElement ? element : null;
}

/** How many times the same words occur earlier in the text (so the right occurrence is marked). */
function occurrenceBefore(text: string, start: number, end: number): number {
  const needle = text.slice(start, end);
  let count = 0;
  for (let i = text.indexOf(needle); i !== -1 && i < start; i = text.indexOf(needle, i + 1)) count += 1;
  return count;
}

/**
 * A Range over the host's text nodes for the n-th occurrence of `needle`, comparing with white space
 * collapsed (the adapter's text collapses it too).
 */
export function rangeForText(root: Node, needle: string, occurrence: number): Range | null {
  const wanted = needle.replace(/\s+/g, ' ').trim();
  if (!wanted) return null;
  const chars: string[] = [];
  const at: Array<[Text, number]> = [];
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      const ch = /\s/.test(value[i]!) ? ' ' : value[i]!;
      if (ch === ' ' && chars[chars.length - 1] === ' ') continue;
      chars.push(ch);
      at.push([node, i]);
    }
    if (chars[chars.length - 1] !== ' ') {
      chars.push(' ');
      at.push([node, value.length]);
    }
  }
  const flat = chars.join('');
  let index = -1;
  for (let n = 0; n <= occurrence; n++) {
    index = flat.indexOf(wanted, index + 1);
    if (index === -1) return null;
  }
  const [startNode, startOffset] = at[index]!;
  const [endNode, endOffset] = at[index + wanted.length - 1]!;
  const range = root.ownerDocument!.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, Math.min(endOffset + 1, endNode.length));
  return range;
}

const MIRRORED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'letter-spacing', 'word-spacing',
  'line-height', 'text-transform', 'text-indent', 'text-align', 'tab-size', 'box-sizing',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
];

function mirrorStyle(field: HTMLTextAreaElement | HTMLInputElement): string {
  const cs = getComputedStyle(field);
  const copied = MIRRORED.map((p) => `${p}:${cs.getPropertyValue(p)};`).join('');
  const wrap = field instanceof HTMLTextAreaElement ? 'white-space:pre-wrap;overflow-wrap:break-word;' : 'white-space:pre;';
  return `${copied}border-style:solid;border-color:transparent;width:${field.clientWidth + parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth)}px;${wrap}margin:0;`;
}

const UNDERLINE: Record<Severity, string> = {
  feil: 'text-decoration:underline wavy #d92d20;text-decoration-thickness:1.5px;',
  advarsel: 'text-decoration:underline dashed #b54708;text-decoration-thickness:2px;',
  råd: 'text-decoration:underline dotted #1570ef;text-decoration-thickness:2px;',
};

function segments(value: string, marks: MarkRange[], shift: number, modelText: string): Node[] {
  const sorted = marks
    .map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }))
    .filter((m) => value.slice(m.start, m.end) === modelText.slice(m.start - shift, m.end - shift))
    .sort((a, b) => a.start - b.start);
  const out: Node[] = [];
  let pos = 0;
  for (const m of sorted) {
    if (m.start < pos) continue;
    out.push(document.createTextNode(value.slice(pos, m.start)));
    const span = document.createElement('span');
    span.setAttribute('style', `${UNDERLINE[m.severity]}text-underline-offset:3px;text-decoration-skip-ink:none;`);
    span.dataset.severity = m.severity;
    span.textContent = value.slice(m.start, m.end);
    out.push(span);
    pos = m.end;
  }
  // A trailing line break needs a character after it to take up its line, as in the textarea.
  out.push(document.createTextNode(`${value.slice(pos)}\u200b`));
  return out;
}
