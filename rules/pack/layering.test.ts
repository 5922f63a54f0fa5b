import { describe, expect, it } from 'vitest';
import { evaluatePack } from '../engine/evaluate';
import { document, rule } from '../engine/test-support/build';
import { PackResolutionError, resolvePack, resolvePackWithWarnings } from './layering';
import type { Pack } from './schema';

const national: Pack = {
  id: 'nasjonal', version: '1.0.0', language: 'nb', metadata: { name: 'Nasjonal' },
  vocabulary: { hovedmal: ['Hovedmål'] },
  rules: [
    rule({ type: 'present', field: 'hjemmel' }, { id: 'hjemmel', severity: 'feil', appliesTo: ['vedtak'] }),
    rule({ type: 'present', field: 'vurdering', minWords: { param: 'ord' } }, { id: 'vurdering', params: { ord: 5 }, appliesTo: ['vedtak'] }),
    rule({ type: 'present', field: 'klageadgang' }, { id: 'klage', appliesTo: ['vedtak'] }),
  ],
};
const lookup = (id: string) => (id === national.id ? national : undefined);

describe('resolvePack', () => {
  const municipal: Pack = {
    id: 'kommune', version: '2.0.0', language: 'nb', metadata: { name: 'Kommune' }, extends: 'nasjonal',
    vocabulary: { hovedmal: ['Overordnet mål', 'Hovedmål'] },
    overrides: { hjemmel: { severity: 'råd' }, vurdering: { params: { ord: 2 } }, klage: { enabled: false } },
    rules: [rule({ type: 'present', field: 'mal' }, { id: 'lokal/mal', area: 'mal-tiltak', appliesTo: ['vedtak'] })],
  };

  it('applies overrides to the base rules and adds the pack\'s own, keeping the extending pack\'s identity', () => {
    const resolved = resolvePack(municipal, lookup);
    expect(resolved).toMatchObject({ id: 'kommune', version: '2.0.0' });
    expect(resolved.rules.map((r) => [r.id, r.severity, r.enabled ?? true])).toEqual([
      ['hjemmel', 'råd', true], ['vurdering', 'advarsel', true], ['klage', 'advarsel', false], ['lokal/mal', 'advarsel', true],
    ]);
    expect(resolved.vocabulary).toEqual({ hovedmal: ['Hovedmål', 'Overordnet mål'] });
    expect(resolved.overrides).toBeUndefined();
  });

  it('changes what the engine reports: a lower threshold, a disabled rule, a new severity', () => {
    const doc = document('vedtak', { hjemmel: '', vurdering: 'Lisa trenger ro', mal: 'Trygg skolehverdag' });
    const before = evaluatePack(national, doc).findings.map((f) => [f.ruleId, f.severity]);
    const after = evaluatePack(resolvePack(municipal, lookup), doc).findings.map((f) => [f.ruleId, f.severity]);
    expect(before).toEqual([['hjemmel', 'feil'], ['vurdering', 'advarsel'], ['klage', 'advarsel']]);
    expect(after).toEqual([['hjemmel', 'råd']]);
  });

  it('lets a rule with the same id replace the base rule in place', () => {
    const replacing: Pack = { ...municipal, overrides: undefined, rules: [{ ...national.rules[0]!, message: 'Lokal tekst' }] };
    const resolved = resolvePack(replacing, lookup);
    expect(resolved.rules.map((r) => r.id)).toEqual(['hjemmel', 'vurdering', 'klage']);
    expect(resolved.rules[0]!.message).toBe('Lokal tekst');
  });

  it('warns about overrides for rules that do not exist', () => {
    const stale: Pack = { ...municipal, overrides: { fjernet: { enabled: false } } };
    expect(resolvePackWithWarnings(stale, lookup).warnings).toEqual([{ path: 'overrides["fjernet"]', message: expect.stringContaining('fjernet') }]);
  });

  it('refuses a missing base and a cycle', () => {
    expect(() => resolvePack({ ...municipal, extends: 'finnes-ikke' }, lookup)).toThrow(PackResolutionError);
    const a: Pack = { ...municipal, id: 'a', extends: 'b' };
    const b: Pack = { ...municipal, id: 'b', extends: 'a' };
    expect(() => resolvePack(a, (id) => (id === 'a' ? a : id === 'b' ? b : undefined))).toThrow(/ring/);
  });
});
