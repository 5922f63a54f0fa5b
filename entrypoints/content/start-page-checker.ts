import { browser } from '#imports';
import { activateCheckerPack, type ActivePack, type CheckerPack } from '@/extension/checker-pack';
import { loadCheckerPack, watchCheckerPack } from '@/extension/checker-pack-channel';
import { updatePagePreferences, watchPagePreferences } from '@/extension/page-preferences';
import type { Preferences } from '@/extension/settings';
import { localToday } from '@/extension/today';
import { Checker } from './checker';
import type { Lifecycle } from './page-watch';
import { createRuleStatsRecorder } from './rule-stats';

/** The page checker's start (called by the loader once a page may hold a document). */
export async function startPageChecker(ctx: Lifecycle, preferences: Preferences): Promise<void> {
  // The background validates and resolves the pack (managed, published or standard); here it is compiled.
  const checkerPack = await loadCheckerPack();
  const first = checkerPack && activate(checkerPack);
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
  const onMessage = (message: unknown) => {
    if ((message as { type?: string })?.type === 'vedtakslos:page-status') return Promise.resolve(checker.status());
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    unwatchPack();
    unwatchPreferences();
    browser.runtime.onMessage.removeListener(onMessage);
  });
}

/** Compiles the stored pack; null (keep what we have) if a value left by an older version does not compile. */
function activate(checkerPack: CheckerPack): ActivePack | null {
  try {
    return activateCheckerPack(checkerPack);
  } catch {
    return null;
  }
}
