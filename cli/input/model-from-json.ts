import { DocumentModelSchema, type DocumentModel } from '../../rules/model/document';
import { InputError } from '../input-error';
import { parseJsonText } from '../json-text';
import { describeIssue, formatPath } from '../../rules/pack/issues';

/** A document model from a JSON file's text, validated; `name` is the file as the user gave it. */
export function modelFromJson(text: string, name: string): DocumentModel {
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new InputError(`${name}: ${parsed.message}`);
  const result = DocumentModelSchema.safeParse(parsed.value, { reportInput: true });
  if (!result.success) {
    throw new InputError(`${name}: er ikke en gyldig dokumentmodell (vedtak, tiltaksplan eller evaluering):`,
      result.error.issues.map((issue) => `${formatPath(issue.path)}: ${describeIssue(issue)}`));
  }
  return result.data;
}
