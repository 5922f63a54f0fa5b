import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openDB } from 'idb';
import { openPackStore, PackValidationError, type PackStore } from './pack-store';
import { newLocalPack, changeRule } from './pack-tuning';
import { loadPublishedInfo, publishVersion, publishStandard, rollBackTo } from './publish';
import { publishedPackItem } from './settings';

let n = 0;
let store: PackStore;
let dbName: string;

beforeEach(async () => {
  fakeBrowser.reset();
  dbName = `test-packs-${++n}`;
  store = await openPackStore(dbName);
});

const T0 = new Date('2026-11-23T10:00:00Z');
const T1 = new Date('2026-11-23T11:00:00Z');

describe('pack versions in IndexedDB', () => {
  it('numbers the versions of each pack 1, 2, 3 and keeps time and note', async () => {
    const pack = newLocalPack('Bydel Nord', T0);
    const v1 = await store.saveVersion(pack, ' Første utkast ', T0);
    const v2 = await store.saveVersion(changeRule(pack, 'mal-tiltak/vage-mal', { enabled: false }), 'Slo av vage mål', T1);
    const other = await store.saveVersion(newLocalPack('Bydel Sør'), 'Opprettet');
    expect([v1.number, v2.number, other.number]).toEqual([1, 2, 1]);
    const list = await store.listVersions(pack.id);
    expect(list.map((v) => [v.number, v.note, v.savedAt])).toEqual([
      [2, 'Slo av vage mål', T1.toISOString()],
      [1, 'Første utkast', T0.toISOString()],
    ]);
    expect(list[0]!.pack.overrides).toEqual({ 'mal-tiltak/vage-mal': { enabled: false } });
    expect((await store.latestVersion(pack.id))?.number).toBe(2);
    expect((await store.getVersion(v1.key))?.pack.overrides).toEqual({});
  });

  it('lists the local packs with their latest version and count', async () => {
    const nord = newLocalPack('Bydel Nord');
    await store.saveVersion(nord, 'a');
    await store.saveVersion({ ...nord, metadata: { name: 'Bydel Nord (ny)' } }, 'b');
    await store.saveVersion(newLocalPack('Alna'), 'c');
    const packs = await store.listPacks();
    expect(packs.map((p) => [p.packId, p.name, p.versionCount, p.latest.number])).toEqual([
      ['lokal.alna', 'Alna', 1, 1],
      ['lokal.bydel-nord', 'Bydel Nord (ny)', 2, 2],
    ]);
  });

  it('refuses an invalid pack with path-precise Norwegian errors and stores nothing', async () => {
    const broken = { ...newLocalPack('X'), overrides: { 'frister/planperiode-maks-12-mnd': { severity: 'kritisk' } } };
    const error = await store.saveVersion(broken, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackValidationError);
    expect((error as PackValidationError).errors[0]?.path).toContain('severity');
    expect(await store.listPacks()).toEqual([]);
  });

  it('validates records when reading: a damaged record is left out and counted', async () => {
    await store.saveVersion(newLocalPack('God'), 'ok');
    const raw = await openDB(dbName);
    await raw.add('versions', { packId: 'lokal.tuklet', number: 1, savedAt: 'x', note: '', pack: { id: 'lokal.tuklet', rules: 'nei' } });
    await raw.add('versions', { hello: 'world' });
    raw.close();
    const packs = await store.listPacks();
    expect(packs.map((p) => p.packId)).toEqual(['lokal.god']);
    expect(store.damagedCount()).toBe(2);
  });

  it('deletes every version of one pack', async () => {
    await store.saveVersion(newLocalPack('A'), '1');
    await store.saveVersion(newLocalPack('A'), '2');
    await store.saveVersion(newLocalPack('B'), '1');
    await store.deletePack('lokal.a');
    expect((await store.listPacks()).map((p) => p.packId)).toEqual(['lokal.b']);
  });
});

describe('publishing and rolling back', () => {
  it('publishes a version to local:publishedPack and records which one', async () => {
    const v1 = await store.saveVersion(changeRule(newLocalPack('Nord'), 'mal-tiltak/vage-mal', { enabled: false }), 'v1');
    const result = await publishVersion(v1, T0);
    expect(result.ok).toBe(true);
    expect(await publishedPackItem.getValue()).toEqual(v1.pack);
    expect(await loadPublishedInfo()).toEqual({ packId: 'lokal.nord', versionKey: v1.key, versionNumber: 1, publishedAt: T0.toISOString() });
    await publishStandard();
    expect(await publishedPackItem.getValue()).toBeNull();
    expect(await loadPublishedInfo()).toBeNull();
  });

  it('never publishes a pack that does not resolve; the published pack stays', async () => {
    const good = await store.saveVersion(newLocalPack('Nord'), 'god');
    await publishVersion(good);
    const orphan = await store.saveVersion({ ...newLocalPack('Sør'), extends: 'finnes-ikke' }, 'bygger på noe som mangler');
    const result = await publishVersion(orphan);
    expect(result.ok).toBe(false);
    expect(await publishedPackItem.getValue()).toEqual(good.pack);
  });

  it('rolling back saves the old version again as the newest and republishes it when it is in force', async () => {
    const base = newLocalPack('Nord');
    const v1 = await store.saveVersion(changeRule(base, 'mal-tiltak/vage-mal', { enabled: false }), 'v1', T0);
    const v2 = await store.saveVersion(changeRule(v1.pack, 'frister/planperiode-maks-12-mnd', { params: { maksMnd: 24 } }), 'v2', T1);
    await publishVersion(v2);
    const { saved, published } = await rollBackTo(store, v1, T1);
    expect(saved.number).toBe(3);
    expect(saved.note).toBe('Tilbakerullet til versjon 1');
    expect(saved.pack).toEqual(v1.pack);
    expect(published?.ok).toBe(true);
    expect(await publishedPackItem.getValue()).toEqual(v1.pack);
    expect((await loadPublishedInfo())?.versionNumber).toBe(3);
    expect((await store.listVersions(base.id)).map((v) => v.number)).toEqual([3, 2, 1]);
  });

  it('rolling back a pack that is not in force does not publish anything', async () => {
    const v1 = await store.saveVersion(newLocalPack('Nord'), 'v1');
    await store.saveVersion(changeRule(v1.pack, 'mal-tiltak/vage-mal', { enabled: false }), 'v2');
    const { published } = await rollBackTo(store, v1);
    expect(published).toBeNull();
    expect(await publishedPackItem.getValue()).toBeNull();
  });
});
