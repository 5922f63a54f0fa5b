// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountOverlay } from './mount';
import { dismissKey } from './model';
import { SAMPLE_FINDINGS, SAMPLE_FIELDS, sampleState } from './test-fixtures';
import type { OverlayHandle } from './types';
import { ANNOUNCE_DELAY_MS } from './LiveRegion';
import { act } from 'preact/test-utils';

const click = (el: HTMLElement) => act(() => el.click());
const press = (el: Element, key: string) => act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));

let handle: OverlayHandle | null = null;
const calls = { jump: [] as string[], dismiss: [] as Array<[string, string | undefined]>, discreet: [] as boolean[], panel: [] as unknown[] };

function mount(initialState?: Parameters<typeof mountOverlay>[0]['initialState']) {
  handle = mountOverlay({
    document,
    onJumpToField: (r) => calls.jump.push(r),
    onDismiss: (id, ref) => calls.dismiss.push([id, ref]),
    onDiscreetChange: (on) => calls.discreet.push(on),
    onPanelStateChange: (s) => calls.panel.push(s),
    initialState,
  });
  return handle;
}
const root = () => handle!.host.shadowRoot!;
const $ = <T extends Element = HTMLElement>(sel: string) => root().querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(sel: string) => Array.from(root().querySelectorAll<T>(sel));
const marker = (ref: string) => $<HTMLButtonElement>(`.vl-marker[data-field="${ref}"]`)!;

beforeEach(() => {
  calls.jump = [];
  calls.dismiss = [];
  calls.discreet = [];
  calls.panel = [];
  document.body.innerHTML = '<label for="t">Felt</label><textarea id="t"></textarea>';
});
afterEach(() => {
  handle?.destroy();
  handle = null;
  vi.useRealTimers();
});

describe('mountOverlay', () => {
  it('creates one <vedtakslos-overlay> on <html> with an open shadow root, also after many updates', () => {
    const h = mount();
    for (let i = 0; i < 50; i++) h.update(sampleState());
    const hosts = document.querySelectorAll('vedtakslos-overlay');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.parentElement).toBe(document.documentElement);
    expect(hosts[0]!.shadowRoot).not.toBeNull();
    expect(h.host.style.position).toBe('fixed');
    expect(h.host.style.pointerEvents).toBe('none');
    expect(h.host.style.zIndex).toBe('2147483646');
    expect(root().querySelector('style')!.textContent).toContain(':host { all: initial; }');
    // nothing of ours in the page's light DOM besides the host
    expect(document.body.querySelector('vedtakslos-overlay, .vl-marker')).toBeNull();
  });

  it('re-mounting removes a stale host; destroy removes it', () => {
    mount();
    const second = mountOverlay({ document, onJumpToField() {}, onDismiss() {} });
    expect(document.querySelectorAll('vedtakslos-overlay')).toHaveLength(1);
    second.destroy();
    expect(document.querySelectorAll('vedtakslos-overlay')).toHaveLength(0);
  });

  it('puts the host back if the page removed it, without duplicating it', () => {
    const h = mount();
    h.update(sampleState());
    h.host.remove();
    h.update(sampleState());
    expect(document.querySelectorAll('vedtakslos-overlay')).toHaveLength(1);
  });

  it('the same state twice causes no DOM mutations', async () => {
    const h = mount();
    h.update(sampleState());
    const records: MutationRecord[] = [];
    const mo = new MutationObserver((r) => records.push(...r));
    mo.observe(root(), { subtree: true, childList: true, attributes: true, characterData: true });
    h.update(sampleState());
    h.update(sampleState());
    await Promise.resolve();
    records.push(...mo.takeRecords());
    mo.disconnect();
    expect(records).toHaveLength(0);
  });
});

describe('cheap updates', () => {
  it('a scroll (only rects change) moves markers and does not touch the panel', async () => {
    const h = mount();
    h.update(sampleState());
    const records: MutationRecord[] = [];
    const mo = new MutationObserver((r) => records.push(...r));
    mo.observe($('.vl-panel')!, { subtree: true, childList: true, attributes: true, characterData: true });
    const moved = sampleState({ fields: SAMPLE_FIELDS.map((f) => ({ ...f, rect: { ...f.rect, top: f.rect.top - 40 } })) });
    h.update(moved);
    await Promise.resolve();
    records.push(...mo.takeRecords());
    mo.disconnect();
    expect(records).toHaveLength(0);
    expect(marker('situasjonsbeskrivelse').style.transform).toBe('translate(694px, 92px) translateX(-100%)');
  });
});

describe('markers', () => {
  it('one marker per field with findings, with data-field, data-count and a full aria-label', () => {
    mount().update(sampleState());
    const ms = $$('.vl-marker');
    expect(ms.map((m) => m.dataset.field)).toEqual(['situasjonsbeskrivelse', 'barnetsSynspunkter', 'vurdering', 'planperiode']);
    const m = marker('barnetsSynspunkter');
    expect(m.tagName).toBe('BUTTON');
    expect(m.dataset.count).toBe('3');
    expect(m.getAttribute('aria-label')).toBe('3 funn for Barnets synspunkter: 1 feil, 2 råd');
    expect(m.textContent).toContain('3');
    expect(m.tabIndex).toBe(0);
  });

  it('hides markers of invisible fields and fields without findings', () => {
    const fields = SAMPLE_FIELDS.map((f) => (f.ref === 'vurdering' ? { ...f, visible: false } : f));
    mount().update(sampleState({ fields, findings: SAMPLE_FINDINGS.filter((f) => f.field !== 'planperiode') }));
    expect($$('.vl-marker').map((m) => m.dataset.field)).toEqual(['situasjonsbeskrivelse', 'barnetsSynspunkter']);
  });

  it('is positioned with transform on the field top-right border', () => {
    mount().update(sampleState());
    const m = marker('situasjonsbeskrivelse');
    // field: top 150, left 80, width 620 → right edge 700; marker bottom reaches 4 px into the field
    expect(m.style.transform).toBe('translate(694px, 132px) translateX(-100%)');
  });
});

describe('finding card', () => {
  it('opens on click with every finding carrying data attributes, and Escape closes it and refocuses the marker', () => {
    mount().update(sampleState());
    const m = marker('barnetsSynspunkter');
    click(m);
    const card = $('[role="dialog"]')!;
    expect(card).not.toBeNull();
    expect(m.getAttribute('aria-expanded')).toBe('true');
    expect(m.getAttribute('aria-controls')).toBe(card.id);
    const title = root().getElementById(card.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('Barnets synspunkter');
    expect(root().activeElement).toBe(card);
    const items = $$('.vl-card [data-rule-id]');
    expect(items.map((i) => i.dataset.ruleId)).toEqual([
      'medvirkning/barnets-egne-ord',
      'medvirkning/barnet-som-objekt',
      'medvirkning/vekt',
    ]);
    for (const i of items) {
      expect(i.dataset.area).toBe('medvirkning');
      expect(['feil', 'advarsel', 'råd']).toContain(i.dataset.severity);
    }
    expect(card.textContent).toContain('Feil');
    expect(card.textContent).toContain('Medvirkning');
    expect(card.textContent).toContain('Lov: barnevernsloven § 1-4');
    const link = card.querySelector('a')!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');

    press(card, 'Escape');
    expect($('[role="dialog"]')).toBeNull();
    expect(root().activeElement).toBe(marker('barnetsSynspunkter'));
    expect(marker('barnetsSynspunkter').getAttribute('aria-expanded')).toBe('false');
  });

  it('opens on keyboard focus without moving focus, and Escape on the marker closes it', () => {
    mount().update(sampleState());
    const m = marker('vurdering');
    act(() => m.focus());
    expect($('[role="dialog"]')).not.toBeNull();
    expect(root().activeElement).toBe(m);
    press(m, 'Escape');
    expect($('[role="dialog"]')).toBeNull();
  });

  it('disclosures show example and why on request', () => {
    mount().update(sampleState());
    click(marker('barnetsSynspunkter'));
    const btns = $$<HTMLButtonElement>('.vl-card .vl-link-btn');
    const ex = btns.find((b) => b.textContent!.includes('Vis godt eksempel'))!;
    const body = root().getElementById(ex.getAttribute('aria-controls')!)!;
    expect(ex.getAttribute('aria-expanded')).toBe('false');
    expect(body.hidden).toBe(true);
    click(ex);
    expect(ex.getAttribute('aria-expanded')).toBe('true');
    expect(root().getElementById(ex.getAttribute('aria-controls')!)!.hidden).toBe(false);
    expect(btns.some((b) => b.textContent!.includes('Hvorfor?'))).toBe(true);
  });

  it('«Vurdert — ikke relevant her» calls onDismiss and removes the finding at once', () => {
    mount().update(sampleState());
    click(marker('barnetsSynspunkter'));
    const btn = $$<HTMLButtonElement>('.vl-card button').find((b) => b.textContent === 'Vurdert — ikke relevant her')!;
    click(btn);
    expect(calls.dismiss).toEqual([['medvirkning/barnets-egne-ord', 'barnetsSynspunkter']]);
    expect(marker('barnetsSynspunkter').dataset.count).toBe('2');
    expect($('.vl-panel')!.dataset.total).toBe(String(SAMPLE_FINDINGS.length - 1));
  });

  it('only links http(s) URLs', () => {
    const findings = [
      { ...SAMPLE_FINDINGS[0]!, basis: { kind: 'lov' as const, ref: 'X', url: 'javascript:alert(1)' } },
    ];
    mount().update(sampleState({ findings }));
    click(marker('barnetsSynspunkter'));
    expect($('.vl-card a')).toBeNull();
    expect($('.vl-card')!.textContent).toContain('Lov: X');
  });

  it('renders pack text as text only', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const findings = [{ ...SAMPLE_FINDINGS[0]!, message: evil, why: evil, example: evil, basis: { kind: 'lov' as const, ref: evil } }];
    mount().update(sampleState({ findings }));
    click(marker('barnetsSynspunkter'));
    for (const b of $$<HTMLButtonElement>('.vl-link-btn')) click(b);
    click($<HTMLButtonElement>('.vl-area__toggle')!);
    expect(root().querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(root().textContent).toContain(evil);
  });
});

describe('summary panel', () => {
  it('has data-total and counts per area, all five listed, zero included', () => {
    mount().update(sampleState());
    const panel = $('.vl-panel')!;
    expect(panel.dataset.total).toBe('7');
    const rows = Object.fromEntries($$('[data-area-row]').map((r) => [r.dataset.areaRow, r.dataset.count]));
    expect(rows).toEqual({ 'barnets-beste': '1', medvirkning: '3', 'mal-tiltak': '1', frister: '1', dokumentasjon: '1' });
    expect($$('[data-area-row]').map((r) => r.querySelector('.vl-area__name')!.textContent)).toEqual([
      'Barnets beste',
      'Medvirkning',
      'Mål og tiltak',
      'Frister',
      'Dokumentasjon',
    ]);
  });

  it('data-total excludes dismissed findings (either key form for document-level ones)', () => {
    const h = mount();
    h.update(sampleState({ dismissed: new Set([dismissKey('medvirkning/vekt', 'barnetsSynspunkter'), 'mal-tiltak/ansvar-per-tiltak|undefined']) }));
    expect($('.vl-panel')!.dataset.total).toBe('5');
    expect($('[data-area-row="mal-tiltak"]')!.dataset.count).toBe('0');
    expect(marker('barnetsSynspunkter').dataset.count).toBe('2');
  });

  it('reacts to a dismissed Set that the caller mutates in place', () => {
    const h = mount();
    const dismissed = new Set<string>();
    const findings = SAMPLE_FINDINGS;
    h.update(sampleState({ dismissed, findings }));
    dismissed.add(dismissKey('frister/planperiode', 'planperiode'));
    h.update(sampleState({ dismissed, findings }));
    expect($('.vl-panel')!.dataset.total).toBe('6');
  });

  it('expands an area to its findings with «Gå til feltet»; document-level findings can be dismissed there', () => {
    mount().update(sampleState());
    const toggle = $<HTMLButtonElement>('[data-area-row="mal-tiltak"] .vl-area__toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const doc = $('[data-area-row="mal-tiltak"] [data-rule-id="mal-tiltak/ansvar-per-tiltak"]')!;
    expect(doc.textContent).toContain('hele dokumentet');
    click($$<HTMLButtonElement>('[data-area-row="mal-tiltak"] button').find((b) => b.textContent!.startsWith('Vurdert'))!);
    expect(calls.dismiss).toEqual([['mal-tiltak/ansvar-per-tiltak', undefined]]);

    click($<HTMLButtonElement>('[data-area-row="frister"] .vl-area__toggle')!);
    click($$<HTMLButtonElement>('[data-area-row="frister"] button').find((b) => b.textContent === 'Gå til feltet')!);
    expect(calls.jump).toEqual(['planperiode']);
  });

  it('collapses with aria-expanded and reports panel state', () => {
    mount().update(sampleState());
    const btn = $<HTMLButtonElement>('.vl-panel__header button[aria-expanded]')!;
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    click(btn);
    expect(btn.getAttribute('aria-expanded')).toBe('false');
    expect($('.vl-panel__body')!.hidden).toBe(true);
    expect(calls.panel).toEqual([{ position: undefined, collapsed: true, x: -1, y: -1 }]);
  });

  it('moves with the arrow keys from a stored position and reports it', () => {
    mount({ panelPosition: { x: 100, y: 100 } }).update(sampleState());
    const panel = $('.vl-panel')!;
    expect(panel.style.transform).toBe('translate(100px, 100px)');
    press($('.vl-move')!, 'ArrowRight');
    expect(panel.style.transform).toBe('translate(116px, 100px)');
    expect(calls.panel).toEqual([{ position: { x: 116, y: 100 }, collapsed: false, x: 116, y: 100 }]);
  });

  it('starts collapsed when asked to', () => {
    mount({ panelCollapsed: true }).update(sampleState());
    expect($('.vl-panel__body')!.hidden).toBe(true);
    expect($('.vl-panel')!.dataset.total).toBe('7');
  });
});

describe('discreet mode', () => {
  const allText = () => root().textContent! + $$('[aria-label]').map((e) => e.getAttribute('aria-label')).join(' ');
  const assertNoWarningText = () => {
    const text = allText();
    for (const f of SAMPLE_FINDINGS) {
      expect(text).not.toContain(f.message);
      if (f.why) expect(text).not.toContain(f.why);
      if (f.example) expect(text).not.toContain(f.example);
      expect(text).not.toContain(f.basis.ref);
    }
    expect(text).not.toMatch(/\b(Feil|Advarsel|Råd)\b/);
    expect($$('[data-rule-id]')).toHaveLength(0);
  };

  it('shows no message text anywhere, only counts', () => {
    const h = mount();
    h.update(sampleState());
    click($<HTMLButtonElement>('[data-area-row="medvirkning"] .vl-area__toggle')!);
    click(marker('barnetsSynspunkter'));
    h.setDiscreet(true);
    assertNoWarningText();
    expect($('.vl-card')!.textContent).toContain('Diskret modus er på');
    expect($('.vl-panel')!.textContent).toContain('Diskret modus er på');
    expect($('.vl-panel')!.dataset.total).toBe('7');
    expect(marker('barnetsSynspunkter').dataset.count).toBe('3');
    expect(marker('barnetsSynspunkter').className).toContain('vl-marker--neutral');
    expect(marker('barnetsSynspunkter').getAttribute('aria-label')).toBe('3 funn for Barnets synspunkter');
  });

  it('can start discreet, and the toggle (aria-pressed) reports changes', () => {
    mount({ discreet: true }).update(sampleState());
    assertNoWarningText();
    const t = $<HTMLButtonElement>('.vl-discreet-btn')!;
    expect(t.getAttribute('aria-pressed')).toBe('true');
    click(t);
    expect(t.getAttribute('aria-pressed')).toBe('false');
    expect(calls.discreet).toEqual([false]);
  });
});

describe('live region', () => {
  it('announces the settled total politely, debounced', () => {
    vi.useFakeTimers();
    const h = mount();
    const live = $('[role="status"]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    act(() => h.update(sampleState({ findings: SAMPLE_FINDINGS.slice(0, 1) })));
    act(() => h.update(sampleState({ findings: SAMPLE_FINDINGS.slice(0, 2) })));
    act(() => h.update(sampleState({ findings: SAMPLE_FINDINGS.slice(0, 3) })));
    expect(live.textContent).toBe('');
    act(() => void vi.advanceTimersByTime(ANNOUNCE_DELAY_MS + 10));
    expect($('[role="status"]')!.textContent).toBe('3 funn i skjemaet');
  });
});
