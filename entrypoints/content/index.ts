import { browser } from '#imports';
import { readPagePreferences } from '@/extension/page-preferences';
import { LOAD_PAGE_CHECKER, takePageChecker } from './page-checker-handoff';
import { waitForWritingSurface } from './writing-surface';

/**
 * The loader: small, because it runs on every page of the fagsystem. The page checker itself is
 * injected only where a document may be written (page-checker-handoff.ts).
 */
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
    if (!(await waitForWritingSurface(document, ctx)) || ctx.isInvalid) return;
    const loaded = await browser.runtime.sendMessage({ type: LOAD_PAGE_CHECKER }).catch(() => false);
    const start = loaded === true && !ctx.isInvalid ? takePageChecker() : null;
    await start?.(ctx, preferences);
  },
});
