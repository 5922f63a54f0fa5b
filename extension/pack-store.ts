import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import type { Pack } from '@/rules/pack/schema';
import { validatePack } from '@/rules/pack/validate';

/**
 * The workbench's saved pack versions, in IndexedDB (database `vedtakslos-regelpakker`, store `versions`).
 * Every save adds a record; nothing is overwritten. A record holds the whole pack as JSON, the time and
 * the quality lead's note — never case text. Records are validated when read: a damaged record is left
 * out (and counted), never shown as a pack.
 */
export const PACK_DB_NAME = 'vedtakslos-regelpakker';
const PACK_DB_VERSION = 1;

export interface PackVersion {
  /** IndexedDB key, unique across all packs. */
  key: number;
  packId: string;
  /** 1, 2, 3 … per pack, in the order saved. */
  number: number;
  /** ISO 8601 time of saving. */
  savedAt: string;
  note: string;
  pack: Pack;
}

export interface LocalPackSummary {
  packId: string;
  name: string;
  latest: PackVersion;
  versionCount: number;
}

interface StoredVersion {
  key?: number;
  packId: string;
  number: number;
  savedAt: string;
  note: string;
  pack: unknown;
}

interface PackDb extends DBSchema {
  versions: { key: number; value: StoredVersion; indexes: { byPack: [string, number] } };
}

const StoredVersionSchema = z.object({
  key: z.number(),
  packId: z.string().check(z.minLength(1)),
  number: z.number().check(z.int(), z.minimum(1)),
  savedAt: z.string(),
  note: z.string(),
  pack: z.unknown(),
});

export class PackValidationError extends Error {
  constructor(readonly errors: { path: string; message: string }[]) {
    super(`Regelpakken er ugyldig: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  }
}

export interface PackStore {
  /** Validates and saves `pack` as the next version of `pack.id`. Refuses an invalid pack. */
  saveVersion(pack: unknown, note: string, now?: Date): Promise<PackVersion>;
  listVersions(packId: string): Promise<PackVersion[]>;
  getVersion(key: number): Promise<PackVersion | undefined>;
  latestVersion(packId: string): Promise<PackVersion | undefined>;
  listPacks(): Promise<LocalPackSummary[]>;
  deletePack(packId: string): Promise<void>;
  /** Records that failed validation when last read (kept in the database, never used). */
  damagedCount(): number;
  close(): void;
}

export async function openPackStore(name: string = PACK_DB_NAME): Promise<PackStore> {
  const db: IDBPDatabase<PackDb> = await openDB<PackDb>(name, PACK_DB_VERSION, {
    upgrade(database) {
      const store = database.createObjectStore('versions', { keyPath: 'key', autoIncrement: true });
      store.createIndex('byPack', ['packId', 'number'], { unique: true });
    },
  });
  let damaged = 0;

  const toVersion = (raw: unknown): PackVersion | undefined => {
    const record = z.safeParse(StoredVersionSchema, raw);
    if (!record.success) return void damaged++;
    const pack = validatePack(record.data.pack);
    if (!pack.ok || pack.pack.id !== record.data.packId) return void damaged++;
    return { ...record.data, pack: pack.pack };
  };
  const readAll = async (packId?: string): Promise<PackVersion[]> => {
    damaged = 0;
    const raws = packId
      ? await db.getAllFromIndex('versions', 'byPack', IDBKeyRange.bound([packId, 0], [packId, Infinity]))
      : await db.getAll('versions');
    return raws.map(toVersion).filter((v): v is PackVersion => v !== undefined);
  };

  return {
    async saveVersion(input, note, now = new Date()) {
      const checked = validatePack(input);
      if (!checked.ok) throw new PackValidationError(checked.errors);
      const pack = checked.pack;
      const tx = db.transaction('versions', 'readwrite');
      const index = tx.store.index('byPack');
      const last = await index.openCursor(IDBKeyRange.bound([pack.id, 0], [pack.id, Infinity]), 'prev');
      const number = (last?.value.number ?? 0) + 1;
      const record: StoredVersion = { packId: pack.id, number, savedAt: now.toISOString(), note: note.trim(), pack: structuredClone(pack) };
      const key = await tx.store.add(record);
      await tx.done;
      return { key, packId: pack.id, number, savedAt: record.savedAt, note: record.note, pack };
    },
    async listVersions(packId) {
      return (await readAll(packId)).sort((a, b) => b.number - a.number);
    },
    async getVersion(key) {
      return toVersion(await db.get('versions', key));
    },
    async latestVersion(packId) {
      return (await readAll(packId)).sort((a, b) => b.number - a.number)[0];
    },
    async listPacks() {
      const byPack = new Map<string, PackVersion[]>();
      for (const v of await readAll()) byPack.set(v.packId, [...(byPack.get(v.packId) ?? []), v]);
      return [...byPack.entries()]
        .map(([packId, versions]) => {
          const latest = versions.reduce((a, b) => (b.number > a.number ? b : a));
          return { packId, name: latest.pack.metadata.name, latest, versionCount: versions.length };
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    },
    async deletePack(packId) {
      const tx = db.transaction('versions', 'readwrite');
      const keys = await tx.store.index('byPack').getAllKeys(IDBKeyRange.bound([packId, 0], [packId, Infinity]));
      await Promise.all(keys.map((k) => tx.store.delete(k)));
      await tx.done;
    },
    damagedCount: () => damaged,
    close: () => db.close(),
  };
}
