import { evaluateRule, resolveToday, type CompiledPack } from '@/rules/engine/evaluate';
import type { Language, Rule } from '@/rules/pack/schema';
import type { CalendarDate } from '@/rules/text/dates';
import type { Finding } from '@/rules/engine/finding';
import type { DocumentModel, FieldValue, RowValue } from '@/rules/model/document';
import { withFieldText } from '@/rules/model/refs';
import { expectEdits } from '@/rules/text/pieces';

/**
 * Incremental re-checks: after a pause in typing only the rules that read an edited field run again.
 *
 * Each rule is evaluated on a view of the model whose field texts record which fields the rule read
 * (its dependencies, recorded afresh every time the rule runs). A rule's findings depend only on what
 * it read, the day and the pack, so a rule that did not read an edited field keeps its findings. The rules
 * share the view, so the engine must not remember facts about a document by the model object (a rule
 * served from such a memo would not record the reads it rests on): document-facts.ts keys them by the texts.
 * A new pack, another day or language, or another document shape gives a full check. Findings come out in the
 * pack's rule order, exactly as one `evaluate` of the whole model gives them.
 */
export interface Rechecker {
  /** Checks every rule against this model and remembers what each rule read. */
  full(model: DocumentModel): Finding[];
  /**
   * The model with the edited fields' new texts and its findings, re-running only the rules that read
   * one of them; null when a ref is not a field of the model (the caller reads the form again).
   */
  fieldsChanged(model: DocumentModel, changes: Iterable<readonly [ref: string, text: string]>): { model: DocumentModel; findings: Finding[] } | null;
}

interface RuleState {
  rule: Rule;
  findings: Finding[];
  /** Refs of the fields whose text or checked state the rule read. */
  reads: Set<string>;
}

export function createRechecker(
  compiledOf: CompiledPack | (() => CompiledPack),
  today: () => string,
  language: () => Language = () => 'nb',
): Rechecker {
  const currentPack = typeof compiledOf === 'function' ? compiledOf : () => compiledOf;
  let pack: CompiledPack | null = null;
  let day = '';
  let date: CalendarDate | undefined;
  let lang: Language = 'nb';
  let states: RuleState[] = [];
  let all: Finding[] = [];
  let view = trackedViews();

  /** Runs one rule; false when its findings are what they were (then the old objects are kept). */
  const runRule = (state: RuleState, model: DocumentModel): boolean => {
    const findings: Finding[] = [];
    state.reads = new Set();
    view.tracker.reads = state.reads;
    try {
      evaluateRule(state.rule, view.of(model), date!, lang, findings);
    } finally {
      view.tracker.reads = null;
    }
    const kept = reuse(state.findings, findings);
    if (kept === state.findings) return false;
    state.findings = kept;
    return true;
  };

  const full = (model: DocumentModel): Finding[] => {
    pack = currentPack();
    day = today();
    date = resolveToday(day);
    lang = language();
    view = trackedViews();
    states = pack.rules.map((rule) => ({ rule, findings: [], reads: new Set() }));
    for (const state of states) runRule(state, model);
    return (all = states.flatMap((s) => s.findings));
  };

  return {
    full,
    fieldsChanged(model, changes) {
      const edited = new Set<string>();
      let next: DocumentModel | null = model;
      for (const [ref, text] of changes) {
        next = withFieldText(next, ref, text);
        if (!next) return null;
        edited.add(ref);
        // Typed into: cut into pieces, so that its next edit re-analyses only the piece that changed.
        expectEdits(text);
      }
      if (pack !== currentPack() || day !== today() || lang !== language()) return { model: next, findings: full(next) };
      let changed = false;
      for (const state of states) {
        for (const ref of edited) {
          if (state.reads.has(ref)) {
            if (runRule(state, next)) changed = true;
            break;
          }
        }
      }
      // Unchanged findings come back as the same array and the same objects, so the overlay can skip
      // its update altogether (or re-render only what changed).
      if (changed) all = states.flatMap((s) => s.findings);
      return { model: next, findings: all };
    },
  };
}

/** `next`, with each finding equal to one in `previous` replaced by that object; `previous` itself when all are. */
function reuse(previous: Finding[], next: Finding[]): Finding[] {
  let same = previous.length === next.length;
  const out = next.map((f, i) => {
    const at = previous[i];
    if (at && sameFinding(at, f)) return at;
    same = false;
    return previous.find((p) => sameFinding(p, f)) ?? f;
  });
  return same ? previous : out;
}

function sameFinding(a: Finding, b: Finding): boolean {
  const ka = Object.keys(a) as (keyof Finding)[];
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (k === 'range') {
      if (a.range?.start !== b.range?.start || a.range?.end !== b.range?.end) return false;
    } else if (!Object.is(a[k], b[k])) return false;
  }
  return true;
}

/**
 * Views of models whose field texts and checked states record, in `tracker.reads`, the ref of every field
 * read while a rule runs. Same shape and values. One view per model, field and row object, kept while the
 * object lives: a new version of the model (see `withFieldText`) shares the views of what it shares.
 */
function trackedViews() {
  const tracker: { reads: Set<string> | null } = { reads: null };
  const views = new WeakMap<object, object>();
  const cached = <T extends object>(value: T, make: (value: T) => T): T => {
    let view = views.get(value) as T | undefined;
    if (!view) views.set(value, (view = make(value)));
    return view;
  };
  const field = (f: FieldValue): FieldValue => {
    const view = {
      ref: f.ref,
      get text() {
        tracker.reads?.add(f.ref);
        return f.text;
      },
    } as FieldValue;
    if (f.label !== undefined) view.label = f.label;
    if ('checked' in f) {
      Object.defineProperty(view, 'checked', {
        enumerable: true,
        get() {
          tracker.reads?.add(f.ref);
          return f.checked;
        },
      });
    }
    return view;
  };
  const fields = (o: Record<string, FieldValue>) => {
    const out: Record<string, FieldValue> = {};
    for (const name in o) out[name] = cached(o[name]!, field);
    return out;
  };
  const row = (r: RowValue): RowValue => {
    const out: RowValue = { ref: r.ref, fields: cached(r.fields, fields) };
    if (r.rows) out.rows = cached(r.rows, rows);
    return out;
  };
  const rows = (o: Record<string, RowValue[]>): Record<string, RowValue[]> => {
    const out: Record<string, RowValue[]> = {};
    for (const name in o) out[name] = cached(o[name]!, (list) => list.map((r) => cached(r, row)));
    return out;
  };
  const model = (m: DocumentModel): DocumentModel => {
    const out: DocumentModel = { documentType: m.documentType, fields: cached(m.fields, fields), rows: cached(m.rows, rows) };
    if (m.title !== undefined) out.title = m.title;
    return out;
  };
  return { tracker, of: (m: DocumentModel) => cached(m, model) };
}
