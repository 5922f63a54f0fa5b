// The benchmark's probe: the content script's own modules (adapter, engine, the standard pack compiled as
// the content script compiles it, the checker's re-check path), bundled separately and evaluated by the
// runner in an isolated world of the page (CDP Page.createIsolatedWorld) — the kind of world a content
// script runs in. Never part of the shipped extension.
import { readDocument, readField, type ReadResult } from '@/adapters/read';
import { evaluate } from '@/rules/engine';
import type { DocumentModel } from '@/rules/model/document';
import { fresh, mapTexts, repeated } from './model-variants';
import { standardActivePack, type ActivePack } from '@/extension/active-pack';
import { createRechecker } from '@/entrypoints/content/recheck';

const TODAY = '2026-11-23';
let active: ActivePack;
let read: ReadResult;

const now = () => performance.now();

function readOnce(): ReadResult {
  const r = readDocument(document, { url: location.href, adapters: active.adapters, vocabulary: active.vocabulary });
  if (!r) throw new Error('the adapter read no document on this page');
  return r;
}

export function setup() {
  active = standardActivePack();
  read = readOnce();
  const chars = [...read.elements.keys()].reduce((n, ref) => n + (textOf(read.elements.get(ref)!).length), 0);
  const findings = evaluate(active.compiled, read.model, { today: TODAY }).findings.length;
  return { documentType: read.model.documentType, fields: read.elements.size, chars, findings, crossOriginIsolated: globalThis.crossOriginIsolated === true };
}

/** The bare value of a field, as cheaply as the DOM gives it. */
function textOf(el: Element): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement || el instanceof HTMLSelectElement) return el.value;
  return el.textContent ?? '';
}

function run(n: number, warm: number, body: () => void): number[] {
  for (let i = 0; i < warm; i++) body();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = now();
    body();
    out.push(now() - t);
  }
  return out;
}

let sink = 0;

let round = 0;

/** Engine only: model + compiled pack → findings, each sample on text the caches have not seen. */
export function engine(n: number, warm: number) {
  const out: number[] = [];
  for (let i = 0; i < n + warm; i++) {
    // Made just before its sample (not all up front): the heap stays the size a content script's would be.
    const model = fresh(read.model, round++);
    const t = now();
    sink += evaluate(active.compiled, model, { today: TODAY }).findings.length;
    if (i >= warm) out.push(now() - t);
  }
  return out;
}

/** Engine only, the same model every time (what the text caches make of an unchanged document). */
export function engineCached(n: number, warm: number) {
  const model = read.model;
  return run(n, warm, () => { sink += evaluate(active.compiled, model, { today: TODAY }).findings.length; });
}

/**
 * Replaces the end of a text control's value the way typing does: through the browser's editing
 * pipeline (`insertText` on a selection), not the `.value` setter. After the setter Chromium hands the
 * same string back from `.value`; after typing it builds the value anew from the control's editor,
 * which is what the checker reads after a real keystroke.
 */
function typeAtEnd(el: HTMLTextAreaElement | HTMLInputElement, oldEnd: string, newEnd: string) {
  const end = el.value.length;
  el.focus({ preventScroll: true });
  el.setSelectionRange(el.value.endsWith(oldEnd) ? end - oldEnd.length : end, end);
  if (!document.execCommand('insertText', false, newEnd)) throw new Error('insertText was refused');
}

const SUFFIX = / ord\d+$/;

/** Every editable field's value changed (outside the timing), as after edits: no string is cached. */
function touchAll(i: number) {
  for (const el of read.elements.values()) {
    if (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !el.readOnly && el.type === 'text')) {
      typeAtEnd(el, SUFFIX.exec(el.value)?.[0] ?? '', ` ord${i}`);
    } else if (el instanceof HTMLElement && el.isContentEditable) {
      // (.textContent is put together from the text nodes on every read: nothing is cached to defeat.)
      const p = el.lastElementChild ?? el;
      p.textContent = (p.textContent ?? '').replace(SUFFIX, '') + ` ord${i}`;
    }
  }
  (document.activeElement as HTMLElement | null)?.blur();
}

/** Each sample: every field edited (outside the timing), then all of them read with `readOne`. */
function timeReads(n: number, warm: number, readOne: (el: Element) => string): number[] {
  const elements = [...read.elements.values()];
  const out: number[] = [];
  for (let i = 0; i < n + warm; i++) {
    touchAll(round++);
    const t = now();
    for (const el of elements) sink += readOne(el).length;
    if (i >= warm) out.push(now() - t);
  }
  return out;
}

/** The bare values of all the fields the adapter reads (.value, or .textContent of an editor), fresh after edits. */
export const domReadFloor = (n: number, warm: number) => timeReads(n, warm, textOf);

/** The same fields through the adapter's own field reader (normalised text), fresh after edits. */
export const readFields = (n: number, warm: number) => timeReads(n, warm, readField);

/**
 * A cold check of the whole form: the adapter reads the page (fields edited between samples), then the
 * engine checks what it read with every sentence made new (outside the timing), so no text cache answers.
 */
export function fullCheck(n: number, warm: number) {
  const out: number[] = [];
  for (let i = 0; i < n + warm; i++) {
    touchAll(round++);
    let t = now();
    const r = readOnce();
    const reading = now() - t;
    const model = fresh(r.model, round++);
    t = now();
    sink += evaluate(active.compiled, model, { today: TODAY }).findings.length;
    if (i >= warm) out.push(reading + now() - t);
  }
  return out;
}

/** Put the page back as it was generated. */
export function untouch() {
  touchAll(0);
  for (const el of read.elements.values()) {
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) el.value = el.value.replace(SUFFIX, '');
    else if (el instanceof HTMLElement && el.isContentEditable) { const p = el.lastElementChild ?? el; p.textContent = (p.textContent ?? '').replace(SUFFIX, ''); }
  }
}

/**
 * What one keystroke costs the checker after the debounce: the edited field re-read and the document
 * re-checked through the same re-check path the content script uses (with its caching). Between samples
 * (outside the timing) one character is typed at the field's end, through the editing pipeline.
 */
export function recheck(selector: string, n: number, warm: number) {
  const el = document.querySelector(selector) as HTMLTextAreaElement;
  const ref = [...read.elements].find(([, e]) => e === el)?.[0];
  if (!ref) throw new Error(`${selector} is not a field the adapter read`);
  const rechecker = createRechecker(active.compiled, () => TODAY);
  rechecker.full(read.model);
  const original = el.value;
  let model = read.model;
  const out: number[] = [];
  // Typed one character at a time, as a caseworker writes: every sample is a text the checker has not seen.
  const typed = 'Hun sier selv at hun vil bo hjemme og fortsette på skolen, og at hun liker kontaktpersonen sin. ';
  el.value = `${original} `;
  for (let i = 0; i < n + warm; i++) {
    typeAtEnd(el, '', typed[i % typed.length]!);
    const t = now();
    const result = rechecker.fieldsChanged(model, [[ref, readField(el)]]);
    const dt = now() - t;
    if (!result) throw new Error('re-check fell back to a full read');
    model = result.model;
    sink += result.findings.length;
    if (i >= warm) out.push(dt);
  }
  el.blur();
  el.value = original;
  return out;
}

/** Every free-text field k times as long (its text repeated as new paragraphs); dates and names as they were. */
function scaled(model: DocumentModel, k: number): DocumentModel {
  return mapTexts(model, (t) => (t.length > 40 ? repeated(t, k) : t));
}

/**
 * Engine time (median) for 1×, 2×, 4×, 8× the text of every field. The sizes take turns, sample by sample,
 * so a burst of load from other jobs on the machine falls on all of them alike.
 */
export function growth(factors: number[], n: number) {
  const scaledModels = factors.map((k) => scaled(read.model, k));
  const samples: number[][] = factors.map(() => []);
  for (let i = 0; i < n + 3; i++) {
    scaledModels.forEach((model, j) => {
      const m = fresh(model, round++);
      const t = now();
      sink += evaluate(active.compiled, m, { today: TODAY }).findings.length;
      if (i >= 3) samples[j]!.push(now() - t);
    });
  }
  return factors.map((k, j) => {
    let chars = 0;
    mapTexts(scaledModels[j]!, (t) => ((chars += t.length), t));
    const sorted = samples[j]!.sort((a, b) => a - b);
    return { factor: k, modelChars: chars, engineP50Ms: sorted[Math.floor(sorted.length / 2)]! };
  });
}

export const keep = () => sink;
