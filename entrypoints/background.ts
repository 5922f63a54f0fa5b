import { browser } from '#imports';
import { loadPreferences, preferencesItem } from '@/extension/settings';
import { syncSiteRegistrations } from '@/extension/site-access';

/**
 * The service worker holds no state of its own (MV3 may stop it at any time). Its one job: keep the
 * content script registered on the fagsystem origins the user switched on from the popup.
 */
export default defineBackground(() => {
  const sync = async () => {
    try {
      await syncSiteRegistrations((await loadPreferences()).enabledOrigins);
    } catch (error) {
      console.warn('Vedtakslos: kunne ikke registrere nettsteder', error);
    }
  };
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  preferencesItem.watch(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
});
