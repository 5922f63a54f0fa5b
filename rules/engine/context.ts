import type { ParamValue, Rule } from '../pack/schema';
import type { CalendarDate } from '../text/dates';
import type { DocumentModel } from '../model/document';

/** What every check of one rule, on one document, can see besides its scope. */
export interface CheckContext {
  rule: Rule;
  params: Record<string, ParamValue> | undefined;
  today: CalendarDate;
  document: DocumentModel;
}

/** A place where the document does not meet a check: a field (or row) ref and, for words, their range. */
export interface Violation {
  ref?: string;
  range?: { start: number; end: number };
}
