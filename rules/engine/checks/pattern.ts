import type { FieldValue } from '../../model/document';
import { charWidth } from '../../text/char-class';
import { detect } from '../../text/detectors';
import { compilePackRegex } from '../../text/safe-regex';
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

function matcher(check: PatternCheck): (text: string) => Array<{ start: number; end: number }> {
  const detector = check.detector;
  if (detector) return (text) => detect(detector, text);
  if (!check.regex) throw new RuleConfigError('mønsterkontrollen mangler både «detector» og «regex»');
  const compiled = compilePackRegex(check.regex, check.flags);
  if (!compiled.ok) throw new RuleConfigError(compiled.reason);
  const regex = compiled.regex;
  return (text) => {
    const deadline = performance.now() + budgetMs(text.length);
    const ranges: Array<{ start: number; end: number }> = [];
    for (const w of windows(text)) {
      if (performance.now() > deadline) throw new RuleConfigError('mønsteret brukte for lang tid på teksten og ble stoppet');
      // exec on the pack's own regex (always global), not matchAll, which copies the regex on every call.
      regex.lastIndex = 0;
      for (let m = regex.exec(w.text); m; m = regex.exec(w.text)) {
        if (m[0] !== '') ranges.push({ start: w.offset + m.index, end: w.offset + m.index + m[0].length });
        else regex.lastIndex = after(w.text, regex.lastIndex);
      }
    }
    return ranges;
  };
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
    return fields.flatMap((f): Violation[] => find(f.text).map((range) => ({ ref: f.ref, range })));
  }
  if (fields.some((f) => find(f.text).length > 0)) return [];
  return [{ ref: selected ? refOf(selected, scope) : undefined }];
};
