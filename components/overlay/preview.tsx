/**
 * Stand-alone preview of the overlay over a fake form (not part of the extension):
 *   npx vite --config components/overlay/preview.config.ts        (dev server, port 5178)
 * Query: ?discreet=1, ?open=<fieldRef> (opens that field's card), ?areas=1 (expands all panel areas),
 *        ?collapsed=1 (starts with the panel collapsed).
 */
import { mountOverlay } from './mount';
import { dismissKey } from './model';
import { SAMPLE_FINDINGS } from './test-fixtures';
import { HIGHLIGHT_CSS } from './highlight-style';
import type { OverlayField } from './types';

const q = new URLSearchParams(location.search);
const labels: Record<string, string> = {
  situasjonsbeskrivelse: 'Situasjonsbeskrivelse',
  barnetsSynspunkter: 'Barnets synspunkter',
  vurdering: 'Vurdering av barnets beste',
  planperiode: 'Planperiode',
};
const dismissed = new Set<string>();

const sheet = document.createElement('style');
sheet.textContent = HIGHLIGHT_CSS;
document.head.append(sheet);

const overlay = mountOverlay({
  document,
  initialState: { discreet: q.has('discreet'), panelCollapsed: q.has('collapsed') },
  onJumpToField(ref) {
    const el = document.getElementById(ref);
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el?.focus({ preventScroll: true });
  },
  onDismiss(ruleId, fieldRef) {
    dismissed.add(dismissKey(ruleId, fieldRef));
    schedule();
  },
  onDiscreetChange: (on) => console.log('discreet', on),
  onPanelStateChange: (s) => console.log('panel', s),
});

function measure(): OverlayField[] {
  return Object.keys(labels).map((ref) => {
    const r = document.getElementById(ref)!.getBoundingClientRect();
    return {
      ref,
      label: labels[ref]!,
      rect: { top: r.top, left: r.left, width: r.width, height: r.height },
      visible: r.bottom > 0 && r.top < innerHeight,
    };
  });
}

let frame = 0;
function schedule() {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    overlay.update({ findings: SAMPLE_FINDINGS, fields: measure(), dismissed });
  });
}
addEventListener('scroll', schedule, { passive: true, capture: true });
addEventListener('resize', schedule);
schedule();

// Underline one phrase with the Custom Highlight API, as the content script would.
const CSSH = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
if (CSSH?.highlights && HighlightCtor && !q.has('discreet')) {
  // (textareas cannot hold ranges; the demo underlines the page heading instead)
  const h1 = document.querySelector('h1')!.firstChild!;
  const range = document.createRange();
  range.setStart(h1, 0);
  range.setEnd(h1, 11);
  CSSH.highlights.set('vedtakslos-rad', new HighlightCtor(range));
}

requestAnimationFrame(() =>
  setTimeout(() => {
    const root = overlay.host.shadowRoot!;
    if (q.get('open')) root.querySelector<HTMLButtonElement>(`.vl-marker[data-field="${q.get('open')}"]`)?.click();
    if (q.has('areas')) root.querySelectorAll<HTMLButtonElement>('.vl-area__toggle').forEach((b) => b.click());
    setTimeout(() => {
      if (q.has('why')) root.querySelectorAll<HTMLButtonElement>('.vl-card .vl-link-btn').forEach((b) => b.click());
    }, 50);
  }, 50),
);
