import { describe, expect, it } from 'vitest';
import { managedActivePack, withManagedAdapters } from './managed-active';
import type { ManagedPolicy } from './managed-policy';
import { changeRule, newLocalPack } from './pack-tuning';
import { standardActivePack } from './active-pack';

const policy = (over: Partial<ManagedPolicy>): ManagedPolicy => ({
  pack: null, packSource: null, packUrl: null, packErrors: [], fagsystemOrigins: [], adapters: null, ...over,
});

describe('managed pack and adapters', () => {
  it('the managed pack is activated (resolved and compiled)', () => {
    const pack = changeRule(newLocalPack('Oslo'), 'mal-tiltak/vage-mal', { enabled: false });
    const active = managedActivePack(policy({ pack, packSource: 'policy' }));
    expect(active?.pack.id).toBe('lokal.oslo');
    expect(active?.compiled.rules.some((r) => r.id === 'mal-tiltak/vage-mal')).toBe(false);
  });

  it('no managed pack, or one that does not resolve: null (the caller keeps its pack)', () => {
    expect(managedActivePack(null)).toBeNull();
    expect(managedActivePack(policy({}))).toBeNull();
    expect(managedActivePack(policy({ pack: { ...newLocalPack('X'), extends: 'mangler' } }))).toBeNull();
  });

  it('only the adapters the policy names are used', () => {
    const active = standardActivePack();
    expect(withManagedAdapters(active, policy({ adapters: [] })).adapters).toEqual([]);
    expect(withManagedAdapters(active, policy({ adapters: ['fagsystem-demo'] })).adapters.map((a) => a.id)).toEqual(['fagsystem-demo']);
    expect(withManagedAdapters(active, policy({ adapters: null }))).toBe(active);
  });
});
