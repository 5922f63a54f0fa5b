import type { Lifecycle } from './page-watch';

/**
 * Where a document can be written: a textarea, a rich-text editor (contenteditable, role=textbox) or a
 * frame (iframe editors). Search boxes and filters (single-line inputs) alone do not count: a page with
 * only those is a list or a search, and gets no checker.
 */
const WRITING_SURFACE = 'textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"], iframe';
/** How often, at most, a changing page is looked at again while we wait. */
const RECHECK_MS = 200;

/** Resolves true when the page has (or gets) a writing surface; false if the lifecycle ends first. */
export function waitForWritingSurface(doc: Document, ctx: Lifecycle): Promise<boolean> {
  if (doc.querySelector(WRITING_SURFACE)) return Promise.resolve(true);
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (found: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(found);
    };
    const look = () => {
      timer = undefined;
      if (doc.querySelector(WRITING_SURFACE)) done(true);
    };
    const observer = new MutationObserver(() => {
      timer ??= setTimeout(look, RECHECK_MS);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'role'] });
    ctx.onInvalidated(() => done(false));
  });
}
