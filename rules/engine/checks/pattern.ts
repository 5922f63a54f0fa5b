import type { FieldValue } from '../../model/document';
import { detect } from '../../text/detectors';
import { compilePackRegex } from '../../text/safe-regex';
import type { Violation } from '../context';
import { RuleConfigError } from '../params';
import { allFields, refOf, selectField } from '../scope';
import type { CheckOf, CheckRunner } from './types';

type PatternCheck = CheckOf<'pattern'>;

function matcher(check: PatternCheck): (text: string) => Array<{ start: number; end: number }> {
  const detector = check.detector;
  if (detector) return (text) => detect(detector, text);
  if (!check.regex) throw new RuleConfigError('mønsterkontrollen mangler både «detector» og «regex»');
  const compiled = compilePackRegex(check.regex, check.flags);
  if (!compiled.ok) throw new RuleConfigError(compiled.reason);
  const regex = compiled.regex;
  return (text) => [...text.matchAll(regex)].filter((m) => m[0] !== '').map((m) => ({ start: m.index, end: m.index + m[0].length }));
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
