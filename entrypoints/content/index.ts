import { browser } from '#imports';
import { activatePublishedPack, standardActivePack, type ActivePack } from '@/extension/active-pack';
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

    let active: ActivePack = standardActivePack();
    const published = activatePublishedPack(await publishedPackItem.getValue());
    if (published.ok) active = published.active;

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
      active = next.active;
      checker.packChanged();
    });
    const unwatchPreferences = preferencesItem.watch((value) => {
      if (!value) return;
      today = value.today;
      checker.setDiscreet(value.discreet);
    });
    ctx.onInvalidated(() => {
      unwatchPack();
      unwatchPreferences();
    });

    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: string })?.type === 'vedtakslos:page-status') return Promise.resolve(checker.status());
      return undefined;
    });
  },
});
