import { browser } from '#imports';
import { activatePublishedPack, standardActivePack, type ActivePack } from '@/extension/active-pack';
import { managedActivePack, withManagedAdapters } from '@/extension/managed-active';
import { loadManagedPolicy, watchManagedPolicy } from '@/extension/managed-policy';
import { loadPreferences, preferencesItem, publishedPackItem, updatePreferences } from '@/extension/settings';
import { localToday } from '@/extension/today';
import { Checker } from './checker';
import { createRuleStatsRecorder } from './rule-stats';

export default defineContentScript({
  // Fagsystem origins configured by the municipality or switched on from the popup are registered
  // at run time by the background script; these two cover the demo, tests and local copies.
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_idle',
  // Some fagsystems put a whole form in a same-origin frame; a frame without a form stays quiet.
  allFrames: true,
  async main(ctx) {
    const preferences = await loadPreferences();
    if (preferences.disabledOrigins.includes(location.origin)) return;

    // The last good pack published in this browser; a managed (municipal) pack wins over it.
    let local: ActivePack = standardActivePack();
    const published = activatePublishedPack(await publishedPackItem.getValue());
    if (published.ok) local = published.active;
    // The content script never fetches: the background keeps the managed URL pack's cache fresh.
    let managed = await loadManagedPolicy({ fetchPack: false }).catch(() => null);
    let active = managedActivePack(managed) ?? withManagedAdapters(local, managed);
    const reselect = () => {
      active = managedActivePack(managed) ?? withManagedAdapters(local, managed);
      checker.packChanged();
    };

    let today = preferences.today;
    const checker = new Checker(ctx, {
      pack: () => active,
      today: () => today ?? localToday(),
      stats: createRuleStatsRecorder(),
      discreet: preferences.discreet,
      onDiscreetChange: (discreet) => void updatePreferences({ discreet }),
      panel: preferences.panel,
      onPanelChange: (panel) => void updatePreferences({ panel }),
    });
    checker.start();

    // A newly published pack takes effect at once; a broken one is ignored and the last good stays.
    const unwatchPack = publishedPackItem.watch((value) => {
      const next = activatePublishedPack(value);
      if (!next.ok) return;
      local = next.active;
      reselect();
    });
    const unwatchManaged = watchManagedPolicy(async () => {
      managed = await loadManagedPolicy({ fetchPack: false }).catch(() => managed);
      reselect();
    });
    const unwatchPreferences = preferencesItem.watch((value) => {
      if (!value) return;
      today = value.today;
      checker.setDiscreet(value.discreet);
    });
    ctx.onInvalidated(() => {
      unwatchPack();
      unwatchManaged();
      unwatchPreferences();
    });

    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: string })?.type === 'vedtakslos:page-status') return Promise.resolve(checker.status());
      return undefined;
    });
  },
});
