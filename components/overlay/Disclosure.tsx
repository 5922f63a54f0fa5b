import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { Chevron } from './icons';

/** A button with aria-expanded that shows or hides a region below it. */
export function Disclosure({ label, children }: { label: string; children: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div class="vl-disclosure">
      <button
        type="button"
        class="vl-link-btn"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <Chevron open={open} />
        {label}
      </button>
      <div id={id} class="vl-disclosure__body" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
