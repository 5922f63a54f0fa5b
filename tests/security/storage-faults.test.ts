import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openPackStore } from '../../extension/pack-store';
import { newLocalPack } from '../../extension/pack-tuning';
import { loadPublishedInfo, publishVersion } from '../../extension/publish';
import { publishedPackItem, ruleStatsItem } from '../../extension/settings';
import { createRuleStatsRecorder } from '../../entrypoints/content/rule-stats';
import type { Finding } from '../../rules/engine/finding';

/**
 * Storage faults: IndexedDB unavailable, chrome.storage.local full (QuotaExceeded). The checker goes on,
 * statistics are dropped quietly, a publish that cannot be stored is refused and the pack in force stays.
 */
const quota = () => Promise.reject(new DOMException('QUOTA_BYTES quota exceeded', 'QuotaExceededError'));
const finding = (ruleId: string): Finding => ({ ruleId, area: 'dokumentasjon', severity: 'feil', message: 'm', basis: { kind: 'lov', ref: 'x' }, field: 'vedtak' });

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('IndexedDB unavailable', () => {
  it('openPackStore rejects (the workbench shows its Norwegian notice) instead of hanging', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('IndexedDB er slått av', 'UnknownError');
    });
    await expect(openPackStore('utilgjengelig')).rejects.toThrow();
  });
});

describe('chrome.storage.local full', () => {
  it('rule statistics are dropped quietly: no throw, no unhandled rejection, checking goes on', async () => {
    vi.useFakeTimers();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(quota);
    const recorder = createRuleStatsRecorder();
    expect(() => recorder.fired('doc', [finding('a'), finding('b')])).not.toThrow();
    expect(() => recorder.dismissed('a')).not.toThrow();
    await vi.advanceTimersByTimeAsync(5_000);
    vi.useRealTimers();
    await new Promise((r) => setTimeout(r, 20));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
    expect(fakeBrowser.storage.local.set).toHaveBeenCalled();
  });

  it('publishing a version that cannot be stored is refused in Norwegian; the pack in force is unchanged', async () => {
    const inForce = { id: 'i-bruk', marker: 1 };
    await publishedPackItem.setValue(inForce);
    const store = await openPackStore(`kvote-${Date.now()}`);
    const version = await store.saveVersion(newLocalPack('Bydel Sør', new Date('2026-11-23T10:00:00Z')), 'første');
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    // The pack itself is written, then the second write (its info) hits the quota.
    let writes = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(((items: Record<string, unknown>) => (++writes === 2 ? quota() : realSet(items))) as typeof realSet);
    const result = await publishVersion(version);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/kunne ikke lagres.*uendret/);
    expect(await publishedPackItem.getValue()).toEqual(inForce);
    expect(await loadPublishedInfo()).toBeNull();
    store.close();
  });
});
