/** The kinds of document the checker knows (a plain constant: the content script needs no schema for it). */
export const DOCUMENT_TYPES = ['vedtak', 'tiltaksplan', 'evaluering'] as const;
