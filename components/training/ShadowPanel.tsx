import type { ComponentChildren } from 'preact';
import { createPortal } from 'preact/compat';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface ShadowPanelProps {
  /** Tag-like class for the host element in the page (layout only). */
  class: string;
  /** CSS for inside the shadow root. */
  css: string;
  label: string;
  children: ComponentChildren;
}

/**
 * Renders its children in an open shadow root. The training page's own controls live here so that the
 * page adapters, which read the document (not shadow roots), see only the fagsystem form, and so that
 * typing in our panels is never taken for editing the document.
 */
export function ShadowPanel({ class: className, css, label, children }: ShadowPanelProps) {
  const host = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<ShadowRoot | null>(null);

  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
    setRoot(shadow);
  }, []);

  return (
    <div ref={host} class={className} role="region" aria-label={label}>
      {root && createPortal(<>{children}</>, root as unknown as Element)}
    </div>
  );
}
