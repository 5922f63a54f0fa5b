import type { DocumentType } from '../../rules/model/document';

export const DOCUMENT_TYPE_NAMES: Record<DocumentType, string> = {
  vedtak: 'Vedtak',
  tiltaksplan: 'Tiltaksplan',
  evaluering: 'Evaluering',
};

export const DOCUMENT_GROUP_NAMES: Record<DocumentType, string> = {
  vedtak: 'Vedtak',
  tiltaksplan: 'Tiltaksplaner',
  evaluering: 'Evalueringer',
};

/** `2026-11-23` → `23.11.2026`, as the forms write dates. */
export function formatToday(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
