import { describe, expect, it } from 'vitest';
import { selectCheckerPack } from './checker-pack-select';
import { activateCheckerPack, looksLikeCheckerPack } from './checker-pack';
import type { ManagedPolicy } from './managed-policy';
import { changeRule, newLocalPack } from './pack-tuning';
import { standardCheckerPack } from './active-pack';
import { compilePack, evaluate } from '@/rules/engine/evaluate';
import type { Pack } from '@/rules/pack/schema';

const policy = (over: Partial<ManagedPolicy>): ManagedPolicy => ({
  pack: null, packSource: null, packUrl: null, packErrors: [], fagsystemOrigins: [], adapters: null, ...over,
});
const oslo = changeRule(newLocalPack('Oslo'), 'mal-tiltak/vage-mal', { enabled: false });
const bergen = changeRule(newLocalPack('Bergen'), 'medvirkning/barnets-egne-ord', { enabled: false });

describe('which pack the checker uses', () => {
  it('nothing published, nothing managed: the standard pack with every built-in adapter', () => {
    const chosen = selectCheckerPack({ published: null, managed: null, previous: null });
    expect(chosen.source).toBe('standard');
    expect(chosen.pack.id).toBe(standardCheckerPack().pack.id);
    expect(chosen.adapters.map((a) => a.id)).toEqual(['fagsystem-demo']);
  });

  it('a published pack is resolved against the pack it extends', () => {
    const chosen = selectCheckerPack({ published: oslo, managed: null, previous: null });
    expect(chosen.source).toBe('published');
    expect(chosen.pack.id).toBe('lokal.oslo');
    const compiled = activateCheckerPack(chosen).compiled;
    expect(compiled.rules.length).toBeGreaterThan(40);
    expect(compiled.rules.some((r) => r.id === 'mal-tiltak/vage-mal')).toBe(false);
  });

  it('a broken published pack keeps the last good published pack, or the standard pack when there was none', () => {
    const good = selectCheckerPack({ published: oslo, managed: null, previous: null });
    for (const broken of [{ ...oslo, rules: 'ødelagt' }, { id: 42 }, 'ikke en pakke', [1, 2], { ...oslo, extends: 'mangler' }]) {
      expect(selectCheckerPack({ published: broken, managed: null, previous: good })).toEqual(good);
      expect(selectCheckerPack({ published: broken, managed: null, previous: null }).source).toBe('standard');
    }
  });

  it('the managed pack wins over the published one; a broken managed pack is passed over', () => {
    const managed = selectCheckerPack({ published: oslo, managed: policy({ pack: bergen, packSource: 'policy' }), previous: null });
    expect([managed.source, managed.pack.id]).toEqual(['managed', 'lokal.bergen']);
    const broken = selectCheckerPack({ published: oslo, managed: policy({ pack: { ...bergen, extends: 'mangler' } }), previous: null });
    expect([broken.source, broken.pack.id]).toEqual(['published', 'lokal.oslo']);
  });

  it('only the adapters the policy names are used', () => {
    const ids = (adapters: string[] | null) =>
      selectCheckerPack({ published: null, managed: policy({ adapters }), previous: null }).adapters.map((a) => a.id);
    expect(ids([])).toEqual([]);
    expect(ids(['fagsystem-demo'])).toEqual(['fagsystem-demo']);
    expect(ids(null)).toEqual(['fagsystem-demo']);
  });

  it('survives the trip through storage (plain JSON) and is recognised on the other side', () => {
    const chosen = selectCheckerPack({ published: oslo, managed: null, previous: null });
    const stored: unknown = JSON.parse(JSON.stringify(chosen));
    expect(looksLikeCheckerPack(stored)).toBe(true);
    expect(stored).toEqual(chosen);
    for (const junk of [null, 'x', {}, { pack: {}, adapters: [] }, { pack: { rules: [] }, adapters: [], source: 'annet' }, { pack: { rules: [] }, adapters: [], source: 'standard' }]) {
      expect(looksLikeCheckerPack(junk)).toBe(false);
    }
  });

  it('the page activates what the background compiled: the same rules as compilePack, faulty ones reported and never run', () => {
    const unsafe = {
      id: 'lokal/farlig-monster', area: 'dokumentasjon', severity: 'råd', appliesTo: ['vedtak'], message: 'Mønster',
      basis: { kind: 'god-praksis', ref: 'test' }, check: { type: 'pattern', field: 'vurdering', mode: 'forbid', regex: '(a+)+b' },
    } as unknown as Pack['rules'][number];
    const standard = standardCheckerPack();
    const faulty: Pack = { ...standard.pack, rules: [...standard.pack.rules, unsafe] };
    const tuned = selectCheckerPack({ published: oslo, managed: null, previous: null });
    for (const pack of [standard.pack, tuned.pack, faulty]) {
      const compiled = compilePack(pack);
      // As the background stores it (checkerPackOf), through JSON as storage does.
      const stored = JSON.parse(JSON.stringify({ ...standard, pack, broken: compiled.broken }));
      expect(activateCheckerPack(stored).compiled).toEqual(JSON.parse(JSON.stringify(compiled)));
    }
    expect(compilePack(faulty).broken.map((b) => b.ruleId)).toEqual(['lokal/farlig-monster']);
    const page = activateCheckerPack({ ...standard, pack: faulty, broken: compilePack(faulty).broken }).compiled;
    const result = evaluate(page, { documentType: 'vedtak', fields: { vurdering: { ref: 'vurdering', text: 'a'.repeat(40) } }, rows: {} });
    expect(result.failures.map((f) => f.ruleId)).toEqual(['lokal/farlig-monster']);
    expect(result.findings.some((f) => f.ruleId === 'lokal/farlig-monster')).toBe(false);
  });
});
