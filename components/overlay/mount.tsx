import { render } from 'preact';
import type { MountOptions, OverlayCommand, OverlayHandle, OverlayState, PanelState } from './types';
import { activeFindings } from './model';
import { placeMarker } from './position';
import type { Viewport } from './position';
import { Overlay } from './Overlay';
import { OVERLAY_CSS } from './styles';

export type { MountOptions, OverlayHandle, OverlayState, OverlayField, PanelState, PanelStateReport } from './types';
export { dismissKey } from './model';

export const HOST_TAG = 'vedtakslos-overlay';

/** Whether a node is one of our `<vedtakslos-overlay>` hosts (not part of the host page). */
export function isOverlayHost(node: Node): boolean {
  return node.nodeName.toLowerCase() === HOST_TAG;
}

/** Inline, !important: a host page's own rules cannot move it or give it size. */
const HOST_STYLE = [
  'position: fixed !important',
  'top: 0 !important',
  'left: 0 !important',
  'width: 0 !important',
  'height: 0 !important',
  'margin: 0 !important',
  'padding: 0 !important',
  'border: 0 !important',
  'overflow: visible !important',
  'z-index: 2147483646 !important',
  'pointer-events: none !important',
  'display: block !important',
  'transform: none !important',
  'contain: none !important',
].join('; ');

const EMPTY_STATE: OverlayState = { findings: [], fields: [], dismissed: new Set() };

/**
 * Mounts the overlay: ONE `<vedtakslos-overlay>` host appended to `<html>` (never inside an editor),
 * an open shadow root with all our CSS, and a Preact tree driven by `update()`.
 */
export function mountOverlay(opts: MountOptions): OverlayHandle {
  const doc = opts.document;
  const win = doc.defaultView;

  // A previous content-script instance (extension reloaded) may have left its host behind.
  for (const stale of Array.from(doc.querySelectorAll(HOST_TAG))) stale.remove();

  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const container = doc.createElement('div');
  container.className = 'vl-container';
  shadow.append(style, container);
  doc.documentElement.append(host);

  let state = EMPTY_STATE;
  let discreet = opts.initialState?.discreet ?? false;
  let destroyed = false;
  let command: OverlayCommand | undefined;
  let lastDismissedSig = '';
  let lastFindings: OverlayState['findings'] = state.findings;
  let lastFields: OverlayState['fields'] = state.fields;
  let seq = 0;
  // Viewport size is read at mount and on resize only, never during update().
  let viewport: Viewport = readViewport();
  const pos = opts.initialState?.panelPosition;
  const initialPanel: PanelState = {
    position: pos && pos.x >= 0 && pos.y >= 0 ? { x: pos.x, y: pos.y } : undefined,
    collapsed: opts.initialState?.panelCollapsed ?? false,
  };

  function readViewport(): Viewport {
    return { width: win?.innerWidth || 1024, height: win?.innerHeight || 768 };
  }

  const setDiscreetFromUi = () => {
    discreet = !discreet;
    draw();
    opts.onDiscreetChange?.(discreet);
  };

  function draw() {
    if (destroyed) return;
    render(
      <Overlay
        state={state}
        discreet={discreet}
        viewport={viewport}
        host={host}
        initialPanel={initialPanel}
        command={command}
        onJumpToField={opts.onJumpToField}
        onDismiss={opts.onDismiss}
        onToggleDiscreet={setDiscreetFromUi}
        onPanelStateChange={opts.onPanelStateChange}
      />,
      container,
    );
  }

  const onResize = () => {
    const next = readViewport();
    if (next.width === viewport.width && next.height === viewport.height) return;
    viewport = next;
    draw();
  };
  win?.addEventListener('resize', onResize, { passive: true });

  draw();

  return {
    host,
    update(next: OverlayState) {
      if (destroyed) return;
      // SPA frameworks sometimes replace <html>'s children: put the host back, never a second one.
      if (!host.isConnected) doc.documentElement.append(host);
      // Nothing changed (typical while idle): skip even the virtual-DOM diff.
      const sig = dismissedSignature(next.dismissed);
      // (Arrays are compared by what was last drawn, so a reused state object with new arrays still draws.)
      if (next.findings === lastFindings && sig === lastDismissedSig && sameFields(next.fields, lastFields)) {
        state = next;
        return;
      }
      state = next;
      lastFindings = next.findings;
      lastFields = next.fields;
      lastDismissedSig = sig;
      draw();
    },
    openField(ref: string) {
      if (destroyed) return false;
      const field = state.fields.find((f) => f.ref === ref);
      const has = activeFindings(state.findings, state.dismissed).some((f) => f.field === ref);
      if (!field || !field.visible || !has || !placeMarker(field.rect, viewport)) return false;
      command = { seq: ++seq, kind: 'open', ref };
      draw();
      return true;
    },
    focusPanel() {
      if (destroyed) return;
      command = { seq: ++seq, kind: 'panel' };
      draw();
    },
    setDiscreet(on: boolean) {
      if (destroyed || on === discreet) return;
      discreet = on;
      draw();
    },
    destroy() {
      if (destroyed) return;
      render(null, container);
      destroyed = true;
      win?.removeEventListener('resize', onResize);
      host.remove();
    },
  };
}

function dismissedSignature(d: ReadonlySet<string>): string {
  return d.size === 0 ? '' : [...d].join('\n');
}

function sameFields(a: OverlayState['fields'], b: OverlayState['fields']): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.ref !== y.ref ||
      x.label !== y.label ||
      x.visible !== y.visible ||
      x.rect.top !== y.rect.top ||
      x.rect.left !== y.rect.left ||
      x.rect.width !== y.rect.width ||
      x.rect.height !== y.rect.height
    ) {
      return false;
    }
  }
  return true;
}
