import { browser } from '#imports';

/** The built content script (WXT's output name for entrypoints/content). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js' as const;
const ID_PREFIX = 'vedtakslos-site-';

/** Built-in: the demo, tests and local copies. Everything else is switched on per site. */
export function isBuiltInOrigin(origin: string): boolean {
  return /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin);
}

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * Registers the content script on exactly the origins that are enabled AND whose optional host
 * permission is granted, and unregisters the rest.
 */
export async function syncSiteRegistrations(enabledOrigins: string[]): Promise<void> {
  const granted: string[] = [];
  for (const origin of enabledOrigins) {
    if (isBuiltInOrigin(origin)) continue;
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) granted.push(origin);
  }
  const existing = await browser.scripting.getRegisteredContentScripts();
  const stale = existing.filter((s) => s.id.startsWith(ID_PREFIX)).map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  if (granted.length === 0) return;
  await browser.scripting.registerContentScripts(
    granted.map((origin) => ({
      id: `${ID_PREFIX}${origin.replace(/[^a-z0-9]/gi, '_')}`,
      matches: [originPattern(origin)],
      js: [CONTENT_SCRIPT_FILE],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    })),
  );
}
