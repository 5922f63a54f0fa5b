import { useEffect, useState } from 'preact/hooks';
import { DOCUMENT_TYPES, type DocumentType } from '../../rules/model/document';

export type Route =
  | { kind: 'oversikt' }
  | { kind: 'sak'; caseId: string; documentType: DocumentType }
  | { kind: 'ukjent' };

/** Parses `#/`, `#/sak/<caseId>` and `#/sak/<caseId>/<vedtak|tiltaksplan|evaluering>`. */
export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { kind: 'oversikt' };
  if (parts[0] !== 'sak' || !parts[1] || parts.length > 3) return { kind: 'ukjent' };
  const documentType = (parts[2] ?? 'vedtak') as DocumentType;
  if (!DOCUMENT_TYPES.includes(documentType)) return { kind: 'ukjent' };
  return { kind: 'sak', caseId: parts[1], documentType };
}

export function caseHref(caseId: string, documentType: DocumentType = 'vedtak'): string {
  return `#/sak/${encodeURIComponent(caseId)}/${documentType}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
