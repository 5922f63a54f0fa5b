// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { mountOverlay } from './mount';
import { SAMPLE_FINDINGS, sampleState } from './test-fixtures';
import type { OverlayHandle, PanelStateReport } from './types';

let handle: OverlayHandle | null = null;
let panelReports: PanelStateReport[] = [];
let dismissed: Array<[string, string | undefined]> = [];
const root = () => handle!.host.shadowRoot!;
const $ = <T extends Element = HTMLElement>(sel: string) => root().querySelector<T>(sel);
const marker = (ref: string) => $<HTMLButtonElement>(`.vl-marker[data-field="${ref}"]`)!;

function mount(initialState?: Parameters<typeof mountOverlay>[0]['initialState']) {
  handle = mountOverlay({
    document,
    onJumpToField() {},
    onDismiss: (id, ref) => dismissed.push([id, ref]),
    onPanelStateChange: (s) => panelReports.push(s),
    initialState,
  });
  act(() => handle!.update(sampleState()));
  return handle;
}

beforeEach(() => {
  panelReports = [];
  dismissed = [];
  document.body.innerHTML = '<form><label for="t">Barnets synspunkter</label><textarea id="t">Barnet sier hei</textarea></form>';
});
afterEach(() => {
  handle?.destroy();
  handle = null;
  vi.useRealTimers();
});

describe('host page is left alone', () => {
  it('updates and card use never touch the page DOM, focus or caret', () => {
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.focus();
    ta.setSelectionRange(3, 7);
    const before = document.body.innerHTML;
    const attrs = () => [document.documentElement, document.body].map((e) => Array.from(e.attributes, (a) => `${a.name}=${a.value}`).join(' '));
    const attrsBefore = attrs();
    const h = mount();
    for (let i = 0; i < 10; i++) act(() => h.update(sampleState()));
    act(() => void marker('barnetsSynspunkter').dispatchEvent(new MouseEvent('mouseenter')));
    expect(document.body.innerHTML).toBe(before);
    expect(document.activeElement).toBe(ta);
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([3, 7]);
    expect(attrs()).toEqual(attrsBefore);
  });
});

describe('hover', () => {
  it('opens after a short delay and closes after leaving, without taking focus', () => {
    vi.useFakeTimers();
    mount();
    const anchor = marker('vurdering').parentElement!;
    // the wrapper (display: contents) around marker and card listens for mouseenter/mouseleave
    act(() => void anchor.dispatchEvent(new MouseEvent('mouseenter')));
    expect($('[role="dialog"]')).toBeNull();
    act(() => void vi.advanceTimersByTime(250));
    expect($('[role="dialog"]')).not.toBeNull();
    expect(root().activeElement).toBeNull();
    act(() => void anchor.dispatchEvent(new MouseEvent('mouseleave')));
    act(() => void vi.advanceTimersByTime(400));
    expect($('[role="dialog"]')).toBeNull();
  });

  it('a pointer press inside a hover-opened card pins it', () => {
    vi.useFakeTimers();
    mount();
    const anchor = marker('vurdering').parentElement!;
    act(() => void anchor.dispatchEvent(new MouseEvent('mouseenter')));
    act(() => void vi.advanceTimersByTime(250));
    act(() => void $('[role="dialog"]')!.dispatchEvent(new Event('pointerdown', { bubbles: true })));
    act(() => void anchor.dispatchEvent(new MouseEvent('mouseleave')));
    act(() => void vi.advanceTimersByTime(400));
    expect($('[role="dialog"]')).not.toBeNull();
  });
});

describe('pinned card', () => {
  it('closes on a press outside our UI, and toggles with a second click', () => {
    mount();
    act(() => marker('vurdering').click());
    expect($('[role="dialog"]')).not.toBeNull();
    act(() => void $('[role="dialog"]')!.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true })));
    expect($('[role="dialog"]')).not.toBeNull();
    act(() => void document.getElementById('t')!.dispatchEvent(new Event('pointerdown', { bubbles: true })));
    expect($('[role="dialog"]')).toBeNull();
    act(() => marker('vurdering').click());
    act(() => marker('vurdering').click());
    expect($('[role="dialog"]')).toBeNull();
  });

  it('after «ikke relevant» the focus stays in the card, or goes to the panel when the card empties', () => {
    mount();
    act(() => marker('vurdering').click());
    const btn = Array.from(root().querySelectorAll<HTMLButtonElement>('.vl-card button')).find((b) => b.textContent!.startsWith('Vurdert'))!;
    act(() => btn.focus());
    act(() => btn.click());
    expect(dismissed).toEqual([['barnets-beste/alternativer', 'vurdering']]);
    expect(marker('vurdering')).toBeNull();
    expect(root().activeElement?.closest('.vl-panel')).not.toBeNull();
  });

  it('follows the field when the content script reports a new position', () => {
    const h = mount();
    act(() => marker('barnetsSynspunkter').click());
    const before = $('[role="dialog"]')!.style.transform;
    const state = sampleState();
    state.fields = state.fields.map((f) => ({ ...f, rect: { ...f.rect, top: f.rect.top - 100 } }));
    act(() => h.update(state));
    expect($('[role="dialog"]')!.style.transform).not.toBe(before);
    state.fields = state.fields.map((f) => ({ ...f, visible: false }));
    act(() => h.update(state));
    expect($('[role="dialog"]')).toBeNull();
  });
});

describe('panel', () => {
  it('a stored default position {x:-1,y:-1} means the default corner', () => {
    mount({ panelPosition: { x: -1, y: -1 } });
    expect($('.vl-panel')!.style.right).toBe('16px');
    expect($('.vl-panel')!.style.transform).toBe('');
  });

  it('drags by its header and reports the drop position once', () => {
    mount({ panelPosition: { x: 200, y: 300 } });
    const header = $('.vl-panel__header')!;
    const panel = $('.vl-panel')!;
    panel.getBoundingClientRect = () => ({ left: 200, top: 300, right: 528, bottom: 500, width: 328, height: 200, x: 200, y: 300, toJSON() {} });
    const ev = (type: string, x: number, y: number) =>
      Object.assign(new MouseEvent(type, { bubbles: true, clientX: x, clientY: y, button: 0 }), { pointerId: 1 });
    act(() => void header.dispatchEvent(ev('pointerdown', 210, 310)));
    act(() => void header.dispatchEvent(ev('pointermove', 260, 330)));
    expect(panel.style.transform).toBe('translate(250px, 320px)');
    expect(panelReports).toHaveLength(0);
    act(() => void header.dispatchEvent(ev('pointermove', 110, 130)));
    act(() => void header.dispatchEvent(ev('pointerup', 110, 130)));
    expect(panel.style.transform).toBe('translate(100px, 120px)');
    expect(panelReports).toEqual([{ position: { x: 100, y: 120 }, collapsed: false, x: 100, y: 120 }]);
  });

  it('lists a finding whose field the page does not show in full, with «ikke relevant»', () => {
    const h = mountOverlay({ document, onJumpToField() {}, onDismiss: (id, ref) => dismissed.push([id, ref]) });
    handle = h;
    const findings = [{ ...SAMPLE_FINDINGS[5]!, field: 'delmal[0].tiltak[1].ansvar' }];
    act(() => h.update(sampleState({ findings })));
    act(() => $<HTMLButtonElement>('[data-area-row="frister"] .vl-area__toggle')!.click());
    const item = $('[data-place="panel"][data-rule-id="frister/planperiode"]')!;
    expect(item.textContent).toContain('Lov: barnevernsloven § 8-1');
    act(() => Array.from(item.querySelectorAll('button')).find((b) => b.textContent!.startsWith('Vurdert'))!.click());
    expect(dismissed).toEqual([['frister/planperiode', 'delmal[0].tiltak[1].ansvar']]);
  });
});

describe('handle commands for keyboard shortcuts', () => {
  it('openField opens the card and focuses it; focusPanel expands and focuses the panel', () => {
    const h = mount({ panelCollapsed: true });
    let ok = false;
    act(() => void (ok = h.openField('vurdering')));
    expect(ok).toBe(true);
    expect(root().activeElement?.getAttribute('role')).toBe('dialog');
    expect(h.openField('finnes-ikke')).toBe(false);
    act(() => h.focusPanel());
    expect($('.vl-panel__body')!.hidden).toBe(false);
    expect(root().activeElement?.closest('.vl-panel')).not.toBeNull();
    expect(panelReports.at(-1)?.collapsed).toBe(false);
  });
});
