import { storage } from '#imports';
import * as z from 'zod/mini';
import { activatePublishedPack } from './active-pack';
import type { PackStore, PackVersion } from './pack-store';
import { publishedPackItem } from './settings';
import type { PackError } from '@/rules/pack/validate';

/**
 * Publishing = writing a saved version's pack to `local:publishedPack` (the content script watches it and
 * re-checks at once). `local:publishedInfo` says which saved version that is, for the workbench only.
 * A pack that does not validate, resolve and compile is never written: the active pack stays in force.
 */
export const PublishedInfoSchema = z.object({
  packId: z.string(),
  versionKey: z.number(),
  versionNumber: z.number(),
  publishedAt: z.string(),
});
export type PublishedInfo = z.infer<typeof PublishedInfoSchema>;

export const publishedInfoItem = storage.defineItem<unknown>('local:publishedInfo', { fallback: null });

export async function loadPublishedInfo(): Promise<PublishedInfo | null> {
  const parsed = z.safeParse(PublishedInfoSchema, await publishedInfoItem.getValue());
  return parsed.success ? parsed.data : null;
}

export type PublishResult = { ok: true; info: PublishedInfo } | { ok: false; errors: PackError[] };

export async function publishVersion(version: PackVersion, now: Date = new Date()): Promise<PublishResult> {
  const checked = activatePublishedPack(version.pack);
  if (!checked.ok) return checked;
  const info: PublishedInfo = {
    packId: version.packId,
    versionKey: version.key,
    versionNumber: version.number,
    publishedAt: now.toISOString(),
  };
  const previous = await publishedPackItem.getValue().catch(() => undefined);
  try {
    await publishedPackItem.setValue(structuredClone(version.pack));
    await publishedInfoItem.setValue(info);
  } catch {
    // Storage full or unavailable (chrome.storage.local rejects): the pack in force must not change halfway.
    if (previous !== undefined) await publishedPackItem.setValue(previous).catch(() => undefined);
    return { ok: false, errors: [{ path: '(rot)', message: 'kunne ikke lagres i nettleseren (lagringen er full eller utilgjengelig); regelpakken i bruk er uendret' }] };
  }
  return { ok: true, info };
}

/** Back to the built-in national standard pack. */
export async function publishStandard(): Promise<void> {
  await publishedPackItem.setValue(null);
  await publishedInfoItem.setValue(null);
}

/**
 * Rolling back: the chosen old version is saved again as the newest version (history is never rewritten),
 * and published if this pack is the one in force.
 */
export async function rollBackTo(
  store: PackStore,
  version: PackVersion,
  now: Date = new Date(),
): Promise<{ saved: PackVersion; published: PublishResult | null }> {
  const saved = await store.saveVersion(version.pack, `Tilbakerullet til versjon ${version.number}`, now);
  const info = await loadPublishedInfo();
  const published = info?.packId === version.packId ? await publishVersion(saved, now) : null;
  return { saved, published };
}
