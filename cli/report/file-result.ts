import type { DocumentModel, DocumentType } from '../../rules/model/document';
import type { Finding } from '../../rules/engine';

/** What checking one FILE gave: the model that was read and the engine's findings on it. */
export interface FileResult {
  /** The file as the user gave it. */
  file: string;
  documentType: DocumentType;
  /** `json`, or the page adapter's id for an HTML page. */
  source: string;
  model: DocumentModel;
  findings: Finding[];
}
