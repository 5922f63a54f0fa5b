// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { act } from 'preact/test-utils';
import { mountOverlay } from './mount';
import { sampleState } from './test-fixtures';
import type { OverlayHandle } from './types';

let handle: OverlayHandle | null = null;
afterEach(() => {
  handle?.destroy();
  handle = null;
});

async function runAxe(h: OverlayHandle) {
  // axe reads open shadow roots; include only our host, and skip colour contrast (jsdom cannot compute it).
  const result = await axe.run(
    { include: [h.host] },
    { rules: { 'color-contrast': { enabled: false } } },
  );
  // Not vacuous: axe did look at our buttons inside the shadow root.
  const buttonNames = result.passes.find((p) => p.id === 'button-name');
  expect(buttonNames?.nodes.length ?? 0).toBeGreaterThan(4);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function setup(discreet = false) {
  document.documentElement.lang = 'nb';
  document.title = 'Skjema';
  document.body.innerHTML = '<main><h1>Tiltaksplan</h1><label for="t">Barnets synspunkter</label><textarea id="t"></textarea></main>';
  handle = mountOverlay({ document, onJumpToField() {}, onDismiss() {}, initialState: { discreet } });
  act(() => handle!.update(sampleState()));
  return handle;
}
const root = () => handle!.host.shadowRoot!;

describe('axe-core on the overlay', () => {
  it('markers and panel: no violations', async () => {
    expect(await runAxe(setup())).toEqual([]);
  });

  it('open card with disclosures open, and all panel areas expanded: no violations', async () => {
    const h = setup();
    act(() => root().querySelector<HTMLButtonElement>('.vl-marker[data-field="barnetsSynspunkter"]')!.click());
    for (const b of Array.from(root().querySelectorAll<HTMLButtonElement>('.vl-link-btn, .vl-area__toggle'))) act(() => b.click());
    expect(root().querySelector('[role="dialog"]')).not.toBeNull();
    expect(await runAxe(h)).toEqual([]);
  });

  it('discreet mode with an open card: no violations', async () => {
    const h = setup(true);
    act(() => root().querySelector<HTMLButtonElement>('.vl-marker')!.click());
    expect(await runAxe(h)).toEqual([]);
  });

  it('Tab order: markers come in field order, before the panel', () => {
    setup();
    const focusables = Array.from(root().querySelectorAll<HTMLElement>('button, a[href], [tabindex="0"]'));
    const markers = focusables.filter((e) => e.classList.contains('vl-marker'));
    expect(markers.map((m) => m.dataset.field)).toEqual(['situasjonsbeskrivelse', 'barnetsSynspunkter', 'vurdering', 'planperiode']);
    expect(focusables.indexOf(markers[3]!)).toBeLessThan(focusables.findIndex((e) => e.closest('.vl-panel')));
    // nothing in our UI takes itself out of the tab order except the dialog container
    expect(root().querySelectorAll('[tabindex]:not([tabindex="-1"])')).toHaveLength(0);
  });
});
