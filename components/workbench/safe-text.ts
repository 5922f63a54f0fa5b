import DOMPurify from 'dompurify';

/**
 * Text that came from a pack (messages, explanations, examples) may contain markup. The workbench renders it
 * as text only: DOMPurify parses and sanitises it, and only the resulting text content is shown, so no tag,
 * attribute or script from a pack ever reaches the page.
 */
export function packText(value: string | undefined): string {
  if (!value) return '';
  if (!/[<&]/.test(value)) return value;
  const fragment = DOMPurify.sanitize(value, { RETURN_DOM_FRAGMENT: true, ALLOWED_TAGS: ['b', 'i', 'em', 'strong', 'br', 'p'], ALLOWED_ATTR: [] });
  return (fragment.textContent ?? '').trim();
}

/**
 * A pasted HTML page for the live preview: sanitised (no scripts, handlers, frames or styles that load
 * anything) and parsed into an inert document that is never attached to the workbench page.
 */
export function inertDocumentFromHtml(html: string): Document {
  const clean = DOMPurify.sanitize(html, {
    WHOLE_DOCUMENT: true,
    ADD_ATTR: ['contenteditable', 'role', 'aria-label', 'aria-labelledby', 'for', 'name', 'value', 'checked', 'selected'],
    FORBID_TAGS: ['style', 'link', 'img', 'video', 'audio', 'source', 'object', 'embed', 'iframe'],
  });
  return new DOMParser().parseFromString(clean, 'text/html');
}
