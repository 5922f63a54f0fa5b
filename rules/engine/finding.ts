import type { Area, BasisKind, Severity } from '../pack/schema';
import type { DocumentType } from '../model/document';

/** One thing the engine found. Content-free apart from `message`/`example`, which come from the pack. */
export interface Finding {
  ruleId: string;
  area: Area;
  severity: Severity;
  /** The ref of the field it concerns (see model/document.ts); absent when it concerns the whole document. */
  field?: string;
  /** Character range in that field's text, when the finding concerns particular words. */
  range?: { start: number; end: number };
  message: string;
  basis: { kind: BasisKind; ref: string; url?: string };
  why?: string;
  example?: string;
}

export interface RuleFailure {
  ruleId: string;
  /** Norwegian, for the workbench and the console; never contains case text. */
  reason: string;
}

export interface EvaluationResult {
  documentType: DocumentType;
  findings: Finding[];
  /** Rules that threw or could not be evaluated; they were skipped, the others still ran. */
  failures: RuleFailure[];
}
