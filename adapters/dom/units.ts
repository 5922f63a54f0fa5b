import {
  CONTROL_SELECTOR, DATE_PART_CONTROLS, datePart, datePartsOf, iframeEditable, inputType, isEditableRoot, isTextInput, radioGroup, tagOf,
} from './controls';

/**
 * The fields of a page, found once per structure: every control a caseworker writes in, with the element a
 * marker anchors on. Editors hide the `<textarea>` they replace and keep it EMPTY while the user types, so the
 * hidden textarea is dropped and only lends its label to the visible editor.
 */
export type UnitKind = 'text' | 'date' | 'select' | 'checkbox' | 'radio' | 'editor' | 'frame' | 'static' | 'pair';

export interface FieldUnit {
  /** The element to read (`readField`) and to anchor a marker on. */
  el: Element;
  kind: UnitKind;
  /** Elements whose own labels describe this field, best first: the field itself, then a replaced textarea. */
  labelHosts: Element[];
}

export interface UnitIndex {
  units: FieldUnit[];
  byElement: Map<Element, FieldUnit>;
  /** How many units each ancestor contains (for «is this the only field in that wrapper»). */
  countIn: Map<Element, number>;
}

/** Everything that may be a field; read.ts watches the same set to notice structure changes. */
export const FIELD_SELECTOR = 'textarea,input,select,[contenteditable],iframe,dd,td,[role=combobox]';
/** Editors' own UI (link tooltips, balloon panels, toolbars, dialogs): its inputs are not the caseworker's fields. */
const EDITOR_UI = '.ql-tooltip,.ck-body-wrapper,.ck-balloon-panel,.ck-toolbar,.tox-dialog-wrap,.tox-pop,.tox-toolbar,.cke_dialog,[role=toolbar]';
/** The fagsystem's search boxes: «Søk etter barn», a search in vurderinger. */
const SEARCH = '[role=search],search,input[type=search]';
const SIDE_PANEL = 'aside,nav,[role=complementary],[role=navigation]';
const DATE_TYPES = new Set(['date', 'datetime-local', 'month', 'week']);

type Root = Document | ShadowRoot | Element;

export function findUnits(root: Root): UnitIndex {
  const all = Array.from(root.querySelectorAll(FIELD_SELECTOR));
  const replaced = new Map<Element, Element>(); // editor element → the textarea it replaced
  const skip = new Set<Element>();
  for (const el of all) {
    if (tagOf(el) !== 'TEXTAREA') continue;
    const editor = replacingEditor(el);
    if (editor) {
      replaced.set(editor, el);
      skip.add(el);
    } else if (isHiddenByMarkup(el)) skip.add(el);
  }

  const units: FieldUnit[] = [];
  const hiddenCache = new Map<Element, boolean>();
  const seenRadioGroups = new Set<Element>();
  const dateBoxes = new Set<Element>();
  for (const el of all) {
    if (skip.has(el)) continue;
    const tag = tagOf(el);
    if (tag !== 'IFRAME' && insideEditable(el)) continue;
    if (tag !== 'DD' && tag !== 'TD' && el.closest(EDITOR_UI)) continue;
    if (el.closest(SEARCH)) continue;
    let unit: FieldUnit | null = null;
    const dateBox = (tag === 'INPUT' || tag === 'SELECT') && datePart(el) ? splitDateBox(el) : null;
    if (dateBox) {
      // «Dag / Måned / År» inputs read as one date, anchored on their group.
      if (dateBoxes.has(dateBox)) continue;
      dateBoxes.add(dateBox);
      unit = { el: dateBox, kind: 'date', labelHosts: [dateBox] };
    } else if (tag === 'TEXTAREA') unit = { el, kind: 'text', labelHosts: [el] };
    else if (tag === 'SELECT') unit = { el, kind: 'select', labelHosts: [el] };
    else if (tag === 'INPUT') {
      const type = inputType(el);
      if (type === 'checkbox') unit = { el, kind: 'checkbox', labelHosts: [el] };
      else if (type === 'radio') {
        const group = radioGroup(el);
        if (!group.some((r) => seenRadioGroups.has(r))) {
          group.forEach((r) => seenRadioGroups.add(r));
          const anchor = radioGroupContainer(group);
          unit = { el: anchor, kind: 'radio', labelHosts: anchor === el ? [el] : [anchor] };
        }
      } else if (isTextInput(el) && !isHiddenByMarkup(el)) {
        // Not: aria-hidden native inputs behind custom selects (they hold an option code, not its text).
        unit = { el, kind: DATE_TYPES.has(type) ? 'date' : 'text', labelHosts: [el] };
      }
    } else if (tag === 'IFRAME') {
      if (iframeEditable(el)) unit = { el, kind: 'frame', labelHosts: hosts(el, replaced) };
    } else if (tag === 'DD' || tag === 'TD') {
      if (isStaticValue(el)) unit = { el, kind: 'static', labelHosts: [el] };
    } else if (el.getAttribute('role') === 'combobox' && !el.hasAttribute('contenteditable')) {
      // A custom select (MUI, Designsystemet): the chosen option is the element's text.
      unit = { el, kind: 'select', labelHosts: [el] };
    } else if (isEditableRoot(el) && !isEditorInternal(el)) {
      unit = { el, kind: 'editor', labelHosts: hosts(el, replaced) };
    }
    if (!unit || inHiddenContainer(unit.el, hiddenCache)) continue;
    // Side panels and menus hold the fagsystem's notes and chat, not the document; read-only case facts stay.
    if (unit.kind !== 'static' && unit.el.closest(SIDE_PANEL)) continue;
    units.push(unit);
  }

  units.push(...labelValuePairs(root, units));
  const byElement = new Map<Element, FieldUnit>();
  const countIn = new Map<Element, number>();
  for (const unit of units) {
    byElement.set(unit.el, unit);
    for (let a = unit.el.parentElement; a; a = a.parentElement) countIn.set(a, (countIn.get(a) ?? 0) + 1);
  }
  return { units, byElement, countIn };
}

/** The smallest group (fieldset, wrapper) around a date part that holds exactly the date's 2–3 parts. */
function splitDateBox(part: Element): Element | null {
  let box = part.parentElement;
  for (let depth = 0; box && depth < 4; depth++, box = box.parentElement) {
    const controls = box.querySelectorAll(DATE_PART_CONTROLS);
    if (controls.length > 3) return null;
    if (datePartsOf(controls)) return box;
  }
  return null;
}

function hosts(editor: Element, replaced: Map<Element, Element>): Element[] {
  for (const [ed, textarea] of replaced) if (ed === editor || ed.contains(editor)) return [editor, textarea];
  return [editor];
}

/** The visible editor that took over a hidden textarea: a sibling that is or holds an editable root / iframe. */
function replacingEditor(textarea: Element): Element | null {
  for (const sib of [textarea.nextElementSibling, textarea.previousElementSibling]) {
    if (!sib) continue;
    const editor = sib.matches('[contenteditable]:not([contenteditable=false]),iframe')
      ? sib
      : sib.querySelector('[contenteditable]:not([contenteditable=false]),iframe');
    if (editor && isHidden(textarea)) return editor;
  }
  return null;
}

/**
 * Inside a container hidden by markup (`hidden`, inline `display:none`): an inactive tab or a template.
 * `aria-hidden` on ancestors is ignored on purpose: modal libraries set it on the whole app while a dialog is open.
 */
function inHiddenContainer(el: Element, cache: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let hidden = false;
  for (let a = el.parentElement; a; a = a.parentElement) {
    const known = cache.get(a);
    if (known !== undefined) {
      hidden = known;
      break;
    }
    path.push(a);
    const style = (a as HTMLElement).style;
    if (a.hasAttribute('hidden') || (style && style.display === 'none')) {
      hidden = true;
      break;
    }
  }
  for (const a of path) cache.set(a, hidden);
  return hidden;
}

function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

function isHidden(el: Element): boolean {
  if (isHiddenByMarkup(el) || HIDDEN_CLASS.test(el.getAttribute('class') ?? '')) return true;
  // Computed style (no layout) only here, for the rare textarea hidden by a stylesheet.
  const view = el.ownerDocument?.defaultView;
  const computed = view?.getComputedStyle?.(el);
  return !!computed && (computed.display === 'none' || computed.visibility === 'hidden');
}

/** Editables that are not fields: comboboxes, Quill's off-screen clipboard, hidden helpers. */
function isEditorInternal(el: Element): boolean {
  return el.getAttribute('role') === 'combobox' || el.classList.contains('ql-clipboard') || el.getAttribute('aria-hidden') === 'true';
}

export function insideEditable(el: Element): boolean {
  const host = el.parentElement?.closest('[contenteditable]');
  return !!host && host.getAttribute('contenteditable') !== 'false';
}

/** A radio group's anchor: its fieldset / radiogroup when that holds only this group, else the first radio. */
function radioGroupContainer(group: Element[]): Element {
  const first = group[0]!;
  const box = first.closest('fieldset,[role=radiogroup],[role=group]');
  if (box && group.every((r) => box.contains(r))) {
    const radios = box.querySelectorAll('input[type=radio]').length;
    const others = box.querySelectorAll('textarea,select,[contenteditable],input:not([type=radio])').length;
    if (radios === group.length && others === 0) return box;
  }
  return first;
}

const PAIR_LABEL = 'label:not([for]),[class*=label],[class*=lbl],[class*=key],[class*=term],[class*=ledetekst]';

/**
 * Read-only facts shown as «<span class=label>Født</span><span>12.03.2014</span>» in a case header. Kept
 * apart (kind `pair`): they may only fill dates and the child's name, never a free-text field.
 */
const CHROME = 'button,[role=toolbar],[role=button]';

function labelValuePairs(root: Root, units: FieldUnit[]): FieldUnit[] {
  const taken = new Set(units.map((u) => u.el));
  const out: FieldUnit[] = [];
  for (const label of Array.from(root.querySelectorAll(PAIR_LABEL))) {
    const value = label.nextElementSibling;
    if (!value || taken.has(value) || insideEditable(label)) continue;
    const labelLen = (label.textContent ?? '').trim().length;
    const valueText = (value.textContent ?? '').trim();
    if (!labelLen || labelLen > 40 || !valueText || valueText.length > 80) continue;
    if (label.querySelector(CONTROL_SELECTOR) || value.querySelector(CONTROL_SELECTOR) || value.matches(CONTROL_SELECTOR) || value.childElementCount > 2) continue;
    // A field's label and its help text («<label>Vurdering</label><div class=hint>…</div><textarea>»).
    if (isHelpText(value) || holdsControl(value.nextElementSibling)) continue;
    // Controls, not a value: e.g. CKEditor's voice label followed by its toolbar.
    if (value.matches(CHROME) || value.querySelector(CHROME)) continue;
    taken.add(value);
    out.push({ el: value, kind: 'pair', labelHosts: [value] });
  }
  return out;
}

const HELP_CLASS = /help|hint|hjelp|descr|form-text|instruks|veiled|forklar|placeholder/i;
/** Utility classes that hide an editor's source textarea (`d-none`, `sr-only`, `visually-hidden`). */
const HIDDEN_CLASS = /(^|\s)(d-none|hidden|is-hidden|sr-only|visually-hidden|visuallyhidden|screen-reader-only)(\s|$)/;

/** Help text under a field's label: `<small>`, a «hint» / «description» / «form-text» class. */
export function isHelpText(el: Element): boolean {
  return tagOf(el) === 'SMALL' || HELP_CLASS.test(el.getAttribute('class') ?? '');
}

function holdsControl(el: Element | null): boolean {
  return !!el && (el.matches(CONTROL_SELECTOR) || !!el.querySelector(CONTROL_SELECTOR));
}

/** Read-only values shown as text: a `<dd>`, or a `<td>` beside a row header `<th>`, with no control inside. */
function isStaticValue(cell: Element): boolean {
  if (cell.querySelector('textarea,input,select,[contenteditable],iframe,table,dl')) return false;
  if (tagOf(cell) === 'TD') {
    const prev = cell.previousElementSibling;
    if (!prev || tagOf(prev) !== 'TH') return false;
  }
  return (cell.textContent ?? '').trim().length > 0;
}
