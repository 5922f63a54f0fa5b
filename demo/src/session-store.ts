import type { CaseDocuments } from '../cases/schema';
import type { DocumentType } from '../../rules/model/document';

// Saved edits live in this module only: case text must never reach localStorage, IndexedDB or a server.
const saved = new Map<string, Partial<CaseDocuments>>();

export function savedDocument<T extends DocumentType>(caseId: string, type: T): CaseDocuments[T] | undefined {
  return saved.get(caseId)?.[type] as CaseDocuments[T] | undefined;
}

export function saveDocument<T extends DocumentType>(caseId: string, type: T, document: CaseDocuments[T]): void {
  saved.set(caseId, { ...saved.get(caseId), [type]: document });
}

export function clearSavedDocuments(): void {
  saved.clear();
}
