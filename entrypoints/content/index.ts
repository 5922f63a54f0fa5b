import { browser } from '#imports';
import { activateCheckerPack, type ActivePack, type CheckerPack } from '@/extension/checker-pack';
import { loadCheckerPack, watchCheckerPack } from '@/extension/checker-pack-channel';
import { readPagePreferences, updatePagePreferences, watchPagePreferences } from '@/extension/page-preferences';
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
    const preferences = await readPagePreferences();
    if (preferences.disabledOrigins.includes(location.origin)) return;

    // The background validates and resolves the pack (managed, published or standard); here it is compiled.
    const checkerPack = await loadCheckerPack();
    if (!checkerPack) return;
    const first = activate(checkerPack);
    if (!first) return;
    let active: ActivePack = first;

    let today = preferences.today;
    const checker = new Checker(ctx, {
      pack: () => active,
      today: () => today ?? localToday(),
      stats: createRuleStatsRecorder(),
      discreet: preferences.discreet,
      onDiscreetChange: (discreet) => void updatePagePreferences({ discreet }),
      panel: preferences.panel,
      onPanelChange: (panel) => void updatePagePreferences({ panel }),
    });
    checker.start();

    // A newly published pack takes effect at once; the background never stores a broken one.
    const unwatchPack = watchCheckerPack((next) => {
      const compiled = activate(next);
      if (!compiled) return;
      active = compiled;
      checker.packChanged();
    });
    const unwatchPreferences = watchPagePreferences((value) => {
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

/** Compiles the stored pack; null (keep what we have) if a value left by an older version does not compile. */
function activate(checkerPack: CheckerPack): ActivePack | null {
  try {
    return activateCheckerPack(checkerPack);
  } catch {
    return null;
  }
}
