// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mountOverlay, type OverlayHandle } from '../../components/overlay';
import { SAMPLE_FIELDS } from '../../components/overlay/test-fixtures';
import { packText } from '../../components/workbench/safe-text';
import { compilePack, evaluate } from '../../rules/engine';
import type { Finding } from '../../rules/engine/finding';
import type { DocumentModel } from '../../rules/model/document';
import type { Pack, Rule } from '../../rules/pack/schema';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><a href="javascript:alert(1)">lenke</a><b onclick="x()">fet</b>';

const rule = (id: string, check: Rule['check'], extra: Partial<Rule> = {}): Rule => ({
  id,
  area: 'dokumentasjon',
  severity: 'feil',
  basis: { kind: 'lov', ref: 'test' },
  appliesTo: ['vedtak'],
  check,
  message: `Melding fra ${id}`,
  ...extra,
});
const pack = (rules: Rule[]): Pack => ({ id: 'p', version: '1.0.0', language: 'nb', metadata: { name: 'P' }, rules });
const doc: DocumentModel = { documentType: 'vedtak', fields: { vedtak: { text: 'Kort.', ref: 'vedtak' } }, rows: {} };

describe('every rule evaluation is isolated', () => {
  const healthy = rule('frisk', { type: 'present', field: 'hjemmel' });
  const alsoHealthy = rule('ogsa-frisk', { type: 'present', field: 'vedtak', minWords: 50 });

  it('a rule whose check throws at run time is reported in failures and skipped; the others still find', () => {
    const compiled = compilePack(pack([healthy, rule('skjor', { type: 'present', field: 'vedtak' }), alsoHealthy]));
    // Monkeypatch the compiled rule: its check explodes when read, as a bug in a check runner would.
    const broken = compiled.rules[1]!;
    broken.check = new Proxy({} as Rule['check'], { get() { throw new TypeError('boom'); } });
    const result = evaluate(compiled, doc, { today: '2026-01-15' });
    expect(result.failures).toEqual([{ ruleId: 'skjor', reason: expect.stringMatching(/kunne ikke kjøres/) }]);
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['frisk', 'ogsa-frisk']);
  });

  it('a rule with a parameter of the wrong type is reported and skipped; the others still find', () => {
    const wrongParam = rule('feil-param', { type: 'present', field: 'vedtak', minWords: { param: 'antall' } }, { params: { antall: 'tre' } });
    const result = evaluate(compilePack(pack([healthy, wrongParam, alsoHealthy])), doc, { today: '2026-01-15' });
    expect(result.failures.map((f) => f.ruleId)).toEqual(['feil-param']);
    expect(result.failures[0]!.reason).toMatch(/skal være et tall/);
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['frisk', 'ogsa-frisk']);
  });

  it('an unknown check type that bypassed validation (a stored pack) is reported and skipped', () => {
    const unknown = rule('ukjent', { type: 'eval', field: 'vedtak' } as unknown as Rule['check']);
    const result = evaluate(compilePack(pack([healthy, unknown, alsoHealthy])), doc, { today: '2026-01-15' });
    expect(result.failures.map((f) => f.ruleId)).toEqual(['ukjent']);
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['frisk', 'ogsa-frisk']);
  });
});

describe('pack text with markup is shown as text, never as HTML', () => {
  let handle: OverlayHandle | null = null;
  afterEach(() => {
    handle?.destroy();
    handle = null;
    delete (window as { __pwned?: number }).__pwned;
  });

  it('the overlay renders a hostile message, why and example without creating any element from them', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    handle = mountOverlay({ document, onJumpToField: () => {}, onDismiss: () => {}, onDiscreetChange: () => {}, onPanelStateChange: () => {} });
    const root = handle.host.shadowRoot!;
    const before = root.querySelectorAll('*').length;
    const finding: Finding = {
      ruleId: 'fiendtlig', area: 'medvirkning', severity: 'feil', field: SAMPLE_FIELDS[1]!.ref,
      message: HOSTILE, why: HOSTILE, example: HOSTILE, basis: { kind: 'lov', ref: HOSTILE, url: 'javascript:alert(1)' },
    };
    act(() => handle!.update({ findings: [finding], fields: SAMPLE_FIELDS, dismissed: new Set() }));
    // Open every disclosure so why/example are rendered too.
    for (let i = 0; i < 3; i++) act(() => root.querySelectorAll<HTMLElement>('button[aria-expanded="false"]').forEach((b) => b.click()));
    expect(root.querySelectorAll('*').length).toBeGreaterThan(before); // something was drawn
    expect(root.querySelector('img, script, b, iframe, object, embed')).toBeNull();
    expect(document.querySelector('img, script')).toBeNull();
    for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
    for (const el of root.querySelectorAll('*')) for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^on/);
    expect(root.textContent).toContain('<img src=x onerror=');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('the workbench keeps only the words of pack text (DOMPurify, then text content)', () => {
    const text = packText(HOSTILE);
    expect(text).toBe('lenkefet');
    expect(packText('Vold & <i>overgrep</i>')).toBe('Vold & overgrep');
  });
});
