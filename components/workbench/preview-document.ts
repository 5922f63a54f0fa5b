import * as z from 'zod/mini';
import { readDocument } from '@/adapters/read';
import type { SiteAdapter } from '@/adapters/schema';
import { DocumentModelSchema, type DocumentModel } from '@/rules/model/document';
import { inertDocumentFromHtml } from './safe-text';

/**
 * A pasted sample document for the live preview: a document model as JSON, or a form page as HTML (read
 * by the same page adapters as the checker, from an inert sanitised copy). Kept in memory only.
 */
export type PastedDocument = { ok: true; document: DocumentModel; kind: 'json' | 'html' } | { ok: false; message: string };

export function documentFromPaste(text: string, opts: { vocabulary?: Record<string, string[]>; adapters?: SiteAdapter[] } = {}): PastedDocument {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: 'Lim inn et dokument først.' };
  if (trimmed.startsWith('{')) {
    let raw: unknown;
    try {
      raw = JSON.parse(trimmed);
    } catch (error) {
      return { ok: false, message: `Ikke gyldig JSON: ${error instanceof Error ? error.message : String(error)}` };
    }
    const parsed = z.safeParse(DocumentModelSchema, raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return { ok: false, message: `Ikke et gyldig dokument (${first?.path.join('.') || 'dokumentet'}: ${first?.message ?? ''})` };
    }
    return { ok: true, document: parsed.data, kind: 'json' };
  }
  const doc = inertDocumentFromHtml(trimmed);
  const read = readDocument(doc, { url: 'about:blank', adapters: opts.adapters ?? [], vocabulary: opts.vocabulary });
  if (!read) return { ok: false, message: 'Fant ikke et vedtak, en tiltaksplan eller en evaluering i HTML-en.' };
  return { ok: true, document: read.model, kind: 'html' };
}
