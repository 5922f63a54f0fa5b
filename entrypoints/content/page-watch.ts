import { isOverlayHost } from '@/components/overlay';

/**
 * What the checker needs of its host context: the content script's ContentScriptContext, or an
 * extension page's own (the training environment runs the same checker on its own document).
 */
export interface Lifecycle {
  readonly signal: AbortSignal;
  onInvalidated(callback: () => void): void;
}

/** Pause in typing after which a field is re-checked. */
export const TYPING_DEBOUNCE_MS = 250;
/** Quiet period after DOM changes (rows added, SPA navigation) before the form is read again. */
export const STRUCTURE_DEBOUNCE_MS = 120;

export interface PageWatchHandlers {
  /** Whether a node belongs to a field we read (edits inside it are typing, not structure). */
  isFieldElement(node: Node): boolean;
  onFieldsEdited(elements: Set<Element>): void;
  onStructureChanged(): void;
  onViewportChanged(): void;
}

/**
 * Turns the host page's events into three signals: fields edited (debounced per pause in typing),
 * structure changed (debounced), viewport changed. All listeners are passive and observe only;
 * they are removed when the content script is invalidated (extension update or unload).
 */
export function watchPage(ctx: Lifecycle, handlers: PageWatchHandlers): void {
  const edited = new Set<Element>();
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let structureTimer: ReturnType<typeof setTimeout> | undefined;

  const flushEdits = () => {
    typingTimer = undefined;
    const elements = new Set(edited);
    edited.clear();
    if (elements.size) handlers.onFieldsEdited(elements);
  };
  const fieldEdited = (element: Element) => {
    edited.add(element);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(flushEdits, TYPING_DEBOUNCE_MS);
  };
  const structureChanged = () => {
    clearTimeout(structureTimer);
    structureTimer = setTimeout(() => {
      structureTimer = undefined;
      handlers.onStructureChanged();
    }, STRUCTURE_DEBOUNCE_MS);
  };

  const onEdit = (event: Event) => {
    const target = event.composedPath()[0] ?? event.target;
    if (target instanceof Element && handlers.isFieldElement(target)) fieldEdited(target);
  };

  const observed = new WeakSet<Document>();
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (isOwnOverlay(m)) continue;
      if (handlers.isFieldElement(m.target)) {
        fieldEdited(m.target instanceof Element ? m.target : m.target.parentElement!);
      } else {
        structureChanged();
        watchFrames(m.target);
      }
    }
  });

  // Same-origin editor iframes (TinyMCE, CKEditor 4) have their own document and events.
  const watchDocument = (doc: Document) => {
    if (observed.has(doc)) return;
    observed.add(doc);
    for (const type of ['input', 'change', 'compositionend', 'cut', 'paste', 'drop']) {
      doc.addEventListener(type, onEdit, { capture: true, passive: true, signal: ctx.signal });
    }
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  };
  const watchFrames = (node: Node) => {
    if (!(node instanceof Element || node instanceof Document)) return;
    for (const frame of node.querySelectorAll('iframe')) {
      try {
        const doc = frame.contentDocument;
        if (doc?.documentElement) watchDocument(doc);
        frame.addEventListener('load', () => frame.contentDocument && watchDocument(frame.contentDocument), { signal: ctx.signal });
      } catch {
        // Cross-origin frame: not ours to read.
      }
    }
  };

  watchDocument(document);
  watchFrames(document);
  const viewport = () => handlers.onViewportChanged();
  window.addEventListener('scroll', viewport, { capture: true, passive: true, signal: ctx.signal });
  window.addEventListener('resize', viewport, { passive: true, signal: ctx.signal });
  window.addEventListener('hashchange', structureChanged, { signal: ctx.signal });
  window.addEventListener('popstate', structureChanged, { signal: ctx.signal });
  const resizeObserver = new ResizeObserver(viewport);
  resizeObserver.observe(document.documentElement);

  ctx.onInvalidated(() => {
    observer.disconnect();
    resizeObserver.disconnect();
    clearTimeout(typingTimer);
    clearTimeout(structureTimer);
  });
}

/** Our own host element being added or removed is not a change of the host's form. */
function isOwnOverlay(m: MutationRecord): boolean {
  if (m.type !== 'childList') return false;
  const nodes = [...m.addedNodes, ...m.removedNodes];
  return nodes.length > 0 && nodes.every((n) => isOverlayHost(n));
}
