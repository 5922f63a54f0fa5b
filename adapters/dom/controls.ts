import { blockText, labelText } from './text';

/**
 * What counts as a form field on a host page, and how its current value is read. Everything works by tag
 * name and attributes, never `instanceof`: editors in iframes live in another realm.
 */

const NON_TEXT_INPUTS = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'password', 'range', 'color']);

export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

export function isEditableRoot(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  if (ce === null || ce === 'false') return false;
  const parent = el.parentElement;
  if (!parent) return true;
  const inherited = parent.closest('[contenteditable]');
  return !inherited || inherited.getAttribute('contenteditable') === 'false';
}

export function isTextInput(el: Element): boolean {
  return tagOf(el) === 'INPUT' && !NON_TEXT_INPUTS.has(inputType(el)) && !isChoiceInput(el);
}

export function isChoiceInput(el: Element): boolean {
  const type = inputType(el);
  return tagOf(el) === 'INPUT' && (type === 'checkbox' || type === 'radio');
}

export function inputType(el: Element): string {
  return (el.getAttribute('type') ?? 'text').toLowerCase();
}

/** The editable body of a same-origin iframe editor (TinyMCE, CKEditor 4), or null. */
export function iframeEditable(frame: Element): HTMLElement | null {
  try {
    const body = (frame as HTMLIFrameElement).contentDocument?.body;
    if (!body) return null;
    if (body.isContentEditable || body.getAttribute('contenteditable') === 'true') return body;
    return (frame as HTMLIFrameElement).contentDocument?.designMode === 'on' ? body : null;
  } catch {
    return null; // cross-origin
  }
}

/** The value the user sees in a field element (the anchor an adapter returned), as plain text. */
export function readField(el: Element): string {
  switch (tagOf(el)) {
    case 'TEXTAREA':
      return ((el as HTMLTextAreaElement).value ?? '').trim();
    case 'INPUT': {
      const type = inputType(el);
      if (type === 'checkbox') return (el as HTMLInputElement).checked ? ownChoiceLabel(el) || 'Ja' : '';
      if (type === 'radio') return chosenRadioText(radioGroup(el));
      return ((el as HTMLInputElement).value ?? '').trim();
    }
    case 'SELECT':
      return selectText(el as HTMLSelectElement);
    case 'IFRAME': {
      const body = iframeEditable(el);
      return body ? blockText(body) : '';
    }
    default: {
      if (!isEditableRoot(el)) {
        const date = splitDateText(el);
        if (date !== null) return date;
        const radios = el.querySelectorAll('input[type=radio]');
        if (radios.length > 0) return chosenRadioText(Array.from(radios));
        const select = el.querySelector('select');
        if (select && !el.querySelector('textarea,input,[contenteditable]')) return selectText(select);
      }
      return blockText(el);
    }
  }
}

/** Whether a checkbox is ticked, or a yes/no radio group answered «ja»; undefined for other fields. */
export function readChecked(el: Element): boolean | undefined {
  const tag = tagOf(el);
  if (tag === 'TEXTAREA' || tag === 'SELECT' || tag === 'IFRAME' || el.hasAttribute('contenteditable')) return undefined;
  if (tag === 'INPUT' && inputType(el) === 'checkbox') return (el as HTMLInputElement).checked;
  const radios = tagOf(el) === 'INPUT' && inputType(el) === 'radio' ? radioGroup(el) : Array.from(el.querySelectorAll('input[type=radio]'));
  if (radios.length === 0) return undefined;
  const text = chosenRadioText(radios).toLowerCase();
  if (/^(ja|yes|sant)\b/u.test(text)) return true;
  if (/^(nei|no|usant)\b/u.test(text)) return false;
  return undefined;
}

/** «Velg …», «-- Velg --», «Ikke valgt»: an unanswered select. */
const PLACEHOLDER_OPTION = /^[\s\-–—(]*(velg|vel|ikke valgt|ikkje valt|ingen valgt)(?![\p{L}])/iu;

function selectText(select: HTMLSelectElement): string {
  const chosen = Array.from(select.options ?? []).filter((o) => o.selected && o.value !== '' && !o.disabled);
  return chosen.map((o) => labelText(o) || o.value).filter((t) => !PLACEHOLDER_OPTION.test(t)).join(', ');
}

export function radioGroup(radio: Element): Element[] {
  const name = radio.getAttribute('name');
  if (!name) return [radio];
  const scope = radio.closest('form') ?? radio.getRootNode();
  const all = (scope as ParentNode).querySelectorAll('input[type=radio]');
  return Array.from(all).filter((r) => r.getAttribute('name') === name);
}

function chosenRadioText(radios: Element[]): string {
  const chosen = radios.find((r) => (r as HTMLInputElement).checked);
  return chosen ? ownChoiceLabel(chosen) : '';
}

/** The label of one checkbox/radio option (its own label, not the question's). */
export function ownChoiceLabel(input: Element): string {
  const id = input.getAttribute('id');
  if (id) {
    const label = (input.getRootNode() as ParentNode).querySelector(`label[for="${cssEscape(id)}"]`);
    if (label) return labelText(label);
  }
  const wrap = input.closest('label');
  if (wrap) return labelText(wrap);
  const next = input.nextSibling;
  if (next && next.nodeType === 3 && next.nodeValue?.trim()) return next.nodeValue.trim();
  return input.getAttribute('aria-label') ?? input.getAttribute('value') ?? '';
}

/** Elements a caseworker writes or chooses in. */
export const CONTROL_SELECTOR = 'textarea,input,select,[contenteditable],iframe';

export function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

/** «Dag», «Måned», «År» (also DD / MM / ÅÅÅÅ placeholders, name suffixes): one part of a date split over inputs. */
const DATE_PARTS: Array<[RegExp, 'd' | 'm' | 'y']> = [
  [/^(dag|dd|d|day)$/, 'd'],
  [/^(måned|månad|mnd|mm|m|month)$/, 'm'],
  [/^(år|åå|åååå|aaaa|yyyy|yy|y|year)$/, 'y'],
];

export function datePart(el: Element): 'd' | 'm' | 'y' | null {
  const tag = tagOf(el);
  if (tag !== 'SELECT' && !(tag === 'INPUT' && (isTextInput(el) || inputType(el) === 'number'))) return null;
  const id = el.getAttribute('id');
  const label = id ? (el.getRootNode() as ParentNode).querySelector(`label[for="${cssEscape(id)}"]`) : null;
  const wrap = el.closest('label');
  const name = (el.getAttribute('name') ?? '').split(/[^\p{L}]+/u).filter(Boolean).pop() ?? '';
  for (const text of [label && labelText(label), wrap && labelText(wrap), el.getAttribute('aria-label'), el.getAttribute('placeholder'), name]) {
    const t = text?.toLowerCase().replace(/[\s.:*]+/g, '');
    if (!t) continue;
    for (const [re, part] of DATE_PARTS) if (re.test(t)) return part;
  }
  return null;
}

/** The controls a date split over inputs may consist of. */
export const DATE_PART_CONTROLS = 'input:not([type=hidden]),select,textarea';

/** The controls of a date split over «Dag», «Måned», «År» inputs inside `box`, or null when it is not one. */
function splitDateParts(box: Element): Map<'d' | 'm' | 'y', Element> | null {
  return datePartsOf(box.querySelectorAll(DATE_PART_CONTROLS));
}

/** `controls` as the parts of one split date (day optional), or null. */
export function datePartsOf(controls: NodeListOf<Element>): Map<'d' | 'm' | 'y', Element> | null {
  if (controls.length < 2 || controls.length > 3) return null;
  const parts = new Map<'d' | 'm' | 'y', Element>();
  for (const c of Array.from(controls)) {
    const part = datePart(c);
    if (!part || parts.has(part)) return null;
    parts.set(part, c);
  }
  return parts.has('y') && parts.has('m') ? parts : null;
}

/** A split date as «3.2.2025», «3. februar 2025» (a month select) or «mars 2025»; '' until every part is filled. */
function splitDateText(box: Element): string | null {
  const parts = splitDateParts(box);
  if (!parts) return null;
  const value = (part: 'd' | 'm' | 'y') => {
    const el = parts.get(part);
    return !el ? '' : tagOf(el) === 'SELECT' ? selectValue(el as HTMLSelectElement) : ((el as HTMLInputElement).value ?? '').trim();
  };
  const [d, m, y] = [value('d'), value('m'), value('y')];
  if ((parts.has('d') && !d) || !m || !y) return '';
  if (d && /^\d+$/.test(m)) return `${d}.${m}.${y}`;
  // «03.2025» is not a date in running text; «mars 2025» is.
  return `${d ? `${d}. ` : ''}${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** A month select: its value when numeric («02»), else the chosen option's text («februar»). */
function selectValue(select: HTMLSelectElement): string {
  const chosen = Array.from(select.options ?? []).find((o) => o.selected && o.value !== '' && !o.disabled);
  if (!chosen) return '';
  return /^\d+$/.test(chosen.value) ? chosen.value : selectText(select);
}
