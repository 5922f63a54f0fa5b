import type { FieldValue } from '../../model/document';
import { charWidth } from '../../text/char-class';
import { analysed, type Derivation } from '../../text/analysed-text';
import { detected } from '../../text/detectors';
import { packRegex } from '../../text/pack-regex';
import type { Violation } from '../context';
import { RuleConfigError } from '../params';
import { allFields, refOf, selectField } from '../scope';
import type { CheckOf, CheckRunner } from './types';

type PatternCheck = CheckOf<'pattern'>;

/**
 * A pack's regex never sees more than WINDOW characters at a time: a longer text is cut at the last line
 * break before WINDOW, else at the last space, else at WINDOW. A pattern the static check lets through can still take time
 * that grows with a power of its input (`.*x` scans the rest of the text from every position); windows keep
 * that power small, and the time budget (checked between windows) stops a pattern that is slow anyway. A
 * match cannot span two windows; `^` and `$` match at each window's edges.
 */
const WINDOW = 250;
/** Generous for a linear search (a few ms per 100,000 characters), small for one that is not. */
const budgetMs = (length: number) => 100 + length / 250;

/** The last `ch` in `text` after `after` and at most at `limit`, or -1 (a bounded `lastIndexOf`). */
function lastIndexBetween(text: string, ch: string, after: number, limit: number): number {
  for (let i = Math.min(limit, text.length - 1); i > after; i--) if (text[i] === ch) return i;
  return -1;
}

function* windows(text: string): Generator<{ offset: number; text: string }> {
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (end - start > WINDOW) {
      const limit = start + WINDOW;
      const newline = lastIndexBetween(text, '\n', start + WINDOW / 2, limit);
      const space = newline < 0 ? lastIndexBetween(text, ' ', start + WINDOW / 2, limit) : -1;
      end = newline >= 0 ? newline : space >= 0 ? space : limit;
    }
    yield { offset: start, text: text.slice(start, end) };
    start = end;
  }
}

/** The position after an empty match at `i`: one character on (a surrogate pair is one), as `matchAll` does. */
function after(text: string, i: number): number {
  return i + charWidth(text, i);
}

type Ranges = ReadonlyArray<{ start: number; end: number }>;

/**
 * A pattern check's search: its regex's matches in a field's text, kept with the text's analysis (a field
 * that did not change is not searched again), and its matches in each window (an edit changes one or two
 * windows of a long text). The regex is compiled once per check. Its safety was checked where the pack
 * was compiled (`compilePack` refuses a rule whose pattern can backtrack catastrophically); the windows and
 * the time budget still bound a pattern that got here some other way.
 */
const searches = new WeakMap<PatternCheck, Derivation<Ranges>>();
const WINDOWS_KEPT = 2000;

function searchOf(check: PatternCheck, source: string): Derivation<Ranges> {
  let search = searches.get(check);
  if (search) return search;
  let regex: RegExp;
  try {
    regex = packRegex(source, check.flags);
  } catch {
    throw new RuleConfigError('mønsteret er ugyldig');
  }
  const byWindow = new Map<string, Ranges>();
  const inWindow = (text: string): Ranges => {
    // exec on the pack's own regex (always global), not matchAll, which copies the regex on every call.
    const ranges: Array<{ start: number; end: number }> = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m[0] !== '') ranges.push({ start: m.index, end: m.index + m[0].length });
      else regex.lastIndex = after(text, regex.lastIndex);
    }
    return ranges;
  };
  search = ({ text }) => {
    const deadline = performance.now() + budgetMs(text.length);
    const ranges: Array<{ start: number; end: number }> = [];
    // Kept only once the whole text is searched in time, so a pattern too slow for a text stays so.
    const searched: Array<[string, Ranges]> = [];
    for (const w of windows(text)) {
      let found = byWindow.get(w.text);
      if (!found) {
        if (performance.now() > deadline) throw new RuleConfigError('mønsteret brukte for lang tid på teksten og ble stoppet');
        searched.push([w.text, (found = inWindow(w.text))]);
      }
      for (const r of found) ranges.push({ start: w.offset + r.start, end: w.offset + r.end });
    }
    if (byWindow.size + searched.length > WINDOWS_KEPT) byWindow.clear();
    for (const [key, found] of searched) byWindow.set(key, found);
    return ranges;
  };
  searches.set(check, search);
  return search;
}

function matcher(check: PatternCheck): (text: string) => Ranges {
  const detector = check.detector;
  if (detector) return (text) => detected(detector, text);
  if (!check.regex) throw new RuleConfigError('mønsterkontrollen mangler både «detector» og «regex»');
  const whole = searchOf(check, check.regex);
  return (text) => analysed(text).get(whole);
}

/**
 * A built-in detector or a (safety-checked) regular expression. forbid: every match is reported with its
 * range (e.g. a fødselsnummer typed into free text). require: some field in the selection matches.
 * `field: "*"` means every field in scope, nested rows included.
 */
export const checkPattern: CheckRunner<PatternCheck> = (check, scope) => {
  const find = matcher(check);
  const selected = check.field === '*' ? null : selectField(scope, check.field);
  const fields: FieldValue[] = selected ? (selected.value ? [selected.value] : []) : allFields(scope);
  if (check.mode === 'forbid') {
    return fields.flatMap((f): Violation[] => find(f.text).map(({ start, end }) => ({ ref: f.ref, range: { start, end } })));
  }
  if (fields.some((f) => find(f.text).length > 0)) return [];
  return [{ ref: selected ? refOf(selected, scope) : undefined }];
};
