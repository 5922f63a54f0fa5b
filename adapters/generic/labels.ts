import { cssEscape, tagOf } from '../dom/controls';
import { columnHeader } from '../dom/table';
import { blockText, labelText } from '../dom/text';
import { insideEditable, isHelpText, type FieldUnit, type UnitIndex } from '../dom/units';

/**
 * The texts that may name a field, best first. Matching takes the first source that names a known field,
 * so a generic aria-label («Rich Text Editor. Editing area: main») simply falls through to the next source.
 */
export interface LabelSource {
  text: string;
  kind: 'aria-labelledby' | 'label' | 'aria-label' | 'wrapper' | 'legend' | 'row-header' | 'dt' | 'caption' | 'column-header' | 'title' | 'placeholder' | 'attribute';
}

const HEADING = 'h1,h2,h3,h4,h5,h6,[role=heading]';
const MAX_CAPTION = 80;

export function labelSources(unit: FieldUnit, index: UnitIndex): LabelSource[] {
  const out: LabelSource[] = [];
  const add = (text: string | null | undefined, kind: LabelSource['kind']) => {
    const t = text?.replace(/\s+/g, ' ').trim();
    if (t) out.push({ text: t, kind });
  };
  for (const host of unit.labelHosts) {
    add(labelledBy(host), 'aria-labelledby');
    const id = host.getAttribute('id');
    if (id) for (const label of byFor(host, id)) add(labelText(label), 'label');
    const wrap = host.parentElement?.closest('label');
    if (wrap) add(labelText(wrap), 'label');
    add(host.getAttribute('aria-label'), 'aria-label');
    const legend = tagOf(host) === 'FIELDSET' ? Array.from(host.children).find((c) => tagOf(c) === 'LEGEND') : null;
    if (legend) add(labelText(legend), 'legend');
  }
  // Wrappers that hold only this field: a label pointing at the wrapper (Quill's container), its ARIA name, a legend.
  let cur: Element = unit.el;
  const captions: string[] = [];
  const help = describedBy(unit);
  const named = [...unit.labelHosts];
  for (let depth = 0; depth < 8; depth++) {
    collectCaption(cur, index, captions, help);
    const parent = cur.parentElement;
    if (!parent || (index.countIn.get(parent) ?? 0) > 1 || tagOf(parent) === 'BODY') break;
    const id = parent.getAttribute('id');
    if (id) for (const label of byFor(parent, id)) add(labelText(label), 'wrapper');
    add(labelledBy(parent), 'wrapper');
    if (parent.getAttribute('role')) add(parent.getAttribute('aria-label'), 'wrapper');
    if (depth < 3) named.push(parent); // «<div id="editor-vurdering" class="ql-container">»
    if (tagOf(parent) === 'FIELDSET') {
      const legend = Array.from(parent.children).find((c) => tagOf(c) === 'LEGEND');
      if (legend) add(labelText(legend), 'legend');
    }
    cur = parent;
  }
  const rowHeader = rowHeaderOf(unit.el);
  if (rowHeader) add(labelText(rowHeader), 'row-header');
  const dt = termOf(unit.el);
  if (dt) add(labelText(dt), 'dt');
  for (const c of captions) add(c, 'caption');
  const col = columnHeader(unit.el);
  if (col) add(labelText(col), 'column-header');
  for (const host of unit.labelHosts) {
    add(host.getAttribute('title'), 'title');
    add(host.getAttribute('placeholder') ?? host.getAttribute('aria-placeholder') ?? host.getAttribute('data-placeholder'), 'placeholder');
  }
  // Last resort, when no label on the page names the field: what the developers called it.
  if (!out.some((s) => VISIBLE_LABEL.has(s.kind))) {
    for (const host of named) for (const attr of NAME_ATTRIBUTES) add(attributeWords(host.getAttribute(attr)), 'attribute');
  }
  return out;
}

const VISIBLE_LABEL = new Set<LabelSource['kind']>(['aria-labelledby', 'label', 'wrapper', 'legend', 'row-header', 'dt', 'column-header']);
const NAME_ATTRIBUTES = ['name', 'formcontrolname', 'data-field', 'data-name', 'id', 'data-testid'];
/** Path parts that say nothing of the field («delmal[0].tekst», «vedtak.hjemmel.value»). */
const GENERIC_PART = /^(tekst|text|value|verdi|innhold|content|beskrivelse|description|felt|field|input|\d+)$/i;
/** Type prefixes and suffixes in field names: «txtBarnetsMening», «fld_hjemmel», «vurderingInput». */
const NOISE_WORD = /^(txt|tx|fld|tb|tbx|ta|inp|input|field|felt|editor|textarea|textfield|ctl\d*|ctrl|id|f|el|cmp|form|skjema|container|wrapper|wrap|box)$/;

/** A name or id as words: the last meaningful part of a path, split at camelCase, `_` and `-`, type prefixes dropped. */
export function attributeWords(value: string | null): string {
  if (!value) return '';
  const parts = value.split(/[[\].$:/]+/).filter((p) => p && !GENERIC_PART.test(p));
  const last = parts[parts.length - 1];
  if (!last) return '';
  const list = last.replace(/(\p{Lu})(?=\p{Lu}\p{Ll})/gu, '$1 ').replace(/([\p{Ll}\d])(?=\p{Lu})/gu, '$1 ').toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  while (list.length && NOISE_WORD.test(list[0]!)) list.shift();
  while (list.length > 1 && (NOISE_WORD.test(list[list.length - 1]!) || GENERIC_PART.test(list[list.length - 1]!))) list.pop();
  const text = list.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function byFor(el: Element, id: string): Element[] {
  const root = el.getRootNode() as ParentNode;
  return Array.from(root.querySelectorAll(`label[for="${cssEscape(id)}"]`));
}

function labelledBy(el: Element): string | null {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return null;
  const root = el.getRootNode() as Document | ShadowRoot;
  return ids.split(/\s+/).map((id) => {
    const target = root.getElementById?.(id);
    return target ? labelText(target) : '';
  }).join(' ');
}

/**
 * Text just above a field: the nearest preceding sibling with text and no field in it, e.g. a heading or a
 * `<div class="label">`. Long help paragraphs in between are skipped; a sibling holding another field stops it.
 */
function collectCaption(el: Element, index: UnitIndex, out: string[], help: Set<string>): void {
  let skipped = 0;
  for (let sib = el.previousSibling; sib; sib = sib.previousSibling) {
    if (sib.nodeType === 3) {
      const t = sib.nodeValue?.trim();
      if (t) {
        if (t.length <= MAX_CAPTION) out.push(t);
        return;
      }
      continue;
    }
    if (sib.nodeType !== 1) continue;
    const e = sib as Element;
    if (index.countIn.has(e) || index.byElement.has(e)) return;
    if (isHelpText(e) || help.has(e.id)) continue;
    const tag = tagOf(e);
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'BUTTON' || tag === 'LABEL') {
      // A label without for, or for a hidden input (Trix's `<input type=hidden>`), names the field after it.
      if (tag === 'LABEL' && !labelsAField(e, index)) { const t = labelText(e); if (t) { out.push(t); return; } }
      continue;
    }
    const heading = e.matches(HEADING) ? e : lastHeading(e);
    if (heading) {
      out.push(labelText(heading));
      return;
    }
    // The caption's first line: «<b>Barnet sitt syn</b><br><small>Skriv kva barnet …</small>» names the field by its first line.
    const text = blockText(e).split('\n')[0]!.trim();
    if (!text) continue;
    if (text.length <= MAX_CAPTION) {
      out.push(text);
      return;
    }
    if (++skipped > 2) return;
  }
}

function labelsAField(label: Element, index: UnitIndex): boolean {
  const id = label.getAttribute('for');
  const target = id ? (label.getRootNode() as Document | ShadowRoot).getElementById?.(id) : null;
  return !!target && (index.byElement.has(target) || index.countIn.has(target) || tagOf(target) === 'TEXTAREA');
}

/** The ids of a field's help texts (`aria-describedby`): never its name. */
function describedBy(unit: FieldUnit): Set<string> {
  const ids = new Set<string>();
  for (const host of unit.labelHosts) for (const id of (host.getAttribute('aria-describedby') ?? '').split(/\s+/)) if (id) ids.add(id);
  return ids;
}

/** The last heading inside an element, ignoring headings the user wrote inside an editor. */
function lastHeading(el: Element): Element | null {
  const list = Array.from(el.querySelectorAll(HEADING)).filter((h) => !insideEditable(h));
  return list[list.length - 1] ?? null;
}

function rowHeaderOf(el: Element): Element | null {
  const cell = el.closest('td,[role=cell],[role=gridcell]');
  if (!cell) return null;
  for (let sib = cell.previousElementSibling; sib; sib = sib.previousElementSibling) {
    if (tagOf(sib) === 'TH' || sib.getAttribute('role') === 'rowheader') return sib;
  }
  return null;
}

function termOf(el: Element): Element | null {
  const dd = el.closest('dd');
  if (!dd) return null;
  for (let sib = dd.previousElementSibling; sib; sib = sib.previousElementSibling) {
    if (tagOf(sib) === 'DT') return sib;
  }
  return null;
}
