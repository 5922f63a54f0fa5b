import { CaseSchema, type Case } from './schema';
import ella from './ella-brattvik.json';
import nora from './nora-saeterlid.json';
import emil from './emil-holtevik.json';
import sofie from './sofie-lindgjerde.json';
import jonas from './jonas-myrstrand.json';
import aksel from './aksel-tindeland.json';

export type { Case, CaseDocuments } from './schema';
export { caseDocument, childName } from './case-document';

/** The raw case files, in the order the case list shows them. */
export const CASE_FILES: Record<string, unknown> = {
  'ella-brattvik.json': ella,
  'nora-saeterlid.json': nora,
  'emil-holtevik.json': emil,
  'sofie-lindgjerde.json': sofie,
  'jonas-myrstrand.json': jonas,
  'aksel-tindeland.json': aksel,
};

let cached: Case[] | undefined;

/** All demo cases, validated. Throws if a case file does not match the schema. */
export function loadCases(): Case[] {
  cached ??= Object.entries(CASE_FILES).map(([file, raw]) => {
    const parsed = CaseSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`Ugyldig saksfil ${file}: ${parsed.error.message}`);
    return parsed.data;
  });
  return cached;
}

export function findCase(id: string): Case | undefined {
  return loadCases().find((c) => c.id === id);
}
