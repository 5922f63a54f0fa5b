import { browser, type Browser } from '#imports';
import { LOAD_PAGE_CHECKER, PAGE_CHECKER_FILE } from './content/page-checker-handoff';
import { CHECKER_PACK_REQUEST } from '@/extension/checker-pack-channel';
import { refreshCheckerPack } from '@/extension/checker-pack-refresh';
import { loadManagedPolicy, managedPackCacheItem } from '@/extension/managed-policy';
import { loadPreferences, preferencesItem, publishedPackItem } from '@/extension/settings';
import { syncSiteRegistrations } from '@/extension/site-access';

/**
 * The service worker holds no state of its own (MV3 may stop it at any time). Its jobs: keep the
 * content script registered on the fagsystem origins switched on from the popup or by the
 * municipality's policy, refresh the policy's approved pack (the one fetch the extension makes,
 * only from the origin the policy names), and put together the checker pack the pages use
 * (validated and resolved here, so the content script carries no validator and no standard pack).
 */
export default defineBackground(() => {
  const syncSites = async () => {
    try {
      const managed = await loadManagedPolicy({ fetchPack: false });
      const { enabledOrigins } = await loadPreferences();
      await syncSiteRegistrations([...enabledOrigins, ...(managed?.fagsystemOrigins ?? [])]);
    } catch (error) {
      console.warn('Vedtakslos: kunne ikke registrere nettsteder', error);
    }
  };
  // Fetches the policy's pack URL (if any) only when the policy or the browser session starts anew.
  const refreshPolicy = async () => {
    await loadManagedPolicy({ fetchPack: true }).catch(() => null);
    await Promise.all([syncSites(), refreshPack()]);
  };
  const refreshPack = () => refreshCheckerPack().catch((error) => console.warn('Vedtakslos: regelpakken kunne ikke settes sammen', error));
  publishedPackItem.watch(() => void refreshPack());
  managedPackCacheItem.watch(() => void refreshPack());
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const type = (message as { type?: string })?.type;
    if (type === CHECKER_PACK_REQUEST) return refreshCheckerPack();
    if (type === LOAD_PAGE_CHECKER) return injectPageChecker(sender);
    return undefined;
  });
  browser.runtime.onInstalled.addListener(() => void refreshPolicy());
  browser.runtime.onStartup.addListener(() => void refreshPolicy());
  (browser.storage.managed as { onChanged?: { addListener(f: () => void): void } }).onChanged?.addListener(() => void refreshPolicy());
  preferencesItem.watch((next, previous) => {
    if (JSON.stringify(next?.enabledOrigins) !== JSON.stringify(previous?.enabledOrigins)) void syncSites();
  });
  browser.permissions.onRemoved.addListener(() => void syncSites());
  browser.permissions.onAdded.addListener(() => void syncSites());
});

/** Injects the page checker into the frame whose loader asked for it; true when it ran. */
async function injectPageChecker(sender: Browser.runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [PAGE_CHECKER_FILE] });
    return true;
  } catch (error) {
    console.warn('Vedtakslos: sjekken kunne ikke startes på siden', error);
    return false;
  }
}
