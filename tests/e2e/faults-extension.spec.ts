import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, retype, test } from './support/fixtures';
import { extensionIdOf } from './support/browser';
import { waitForStableTotal } from './support/overlay';

/** The extension API inside the service worker (worker.evaluate). */
declare const chrome: {
  storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
  runtime: { reload(): void };
};

/**
 * Faults while a caseworker has a form open: the service worker is stopped, a broken pack lands in
 * storage, the page navigates during a check, the extension is reloaded, the options page has no
 * IndexedDB. Throughout, no error from the extension reaches the host page (pageerror / console.error).
 */
const FIELD = '#vedtak-barnets-synspunkter';
const RULE = 'medvirkning/barnets-egne-ord';
const ONLY_PARENTS = 'Mor opplever at Aksel trives bedre på skolen nå. Far mener at han trenger mer ro hjemme.';
const CHILDS_WORDS = 'Aksel sier: «Jeg liker å gå på skolen nå, og jeg vil fortsette med støttekontakten.» Han forteller at han vil bo hjemme.';
const panelFinding = (page: Page, rule: string) => page.locator(`vedtakslos-overlay [data-place="panel"][data-rule-id="${rule}"]`);

/** Errors on the host page: uncaught exceptions and console errors (a missing favicon is the demo's, not ours). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/Failed to load resource/.test(message.text()) && !/chrome-extension:/.test(message.location().url)) return;
    errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  return errors;
}

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

async function openVedtak(page: Page, demoUrl: string): Promise<void> {
  await page.goto(`${demoUrl.replace(/\/$/, '')}/#/sak/aksel-tindeland/vedtak`);
  await waitForStableTotal(page);
}

/** The overlay still follows the text: a finding appears when the child's words go, and goes when they come back. */
async function expectOverlayFollowsTyping(page: Page): Promise<void> {
  await retype(page, FIELD, ONLY_PARENTS);
  await expect(panelFinding(page, RULE)).toHaveCount(1);
  await retype(page, FIELD, CHILDS_WORDS);
  await expect(panelFinding(page, RULE)).toHaveCount(0);
}

const customPack = {
  id: 'kommune-test',
  version: '1.0.0',
  language: 'nb',
  metadata: { name: 'Kommunens testpakke' },
  rules: [
    {
      id: 'kommune/hjemmel-lang',
      area: 'dokumentasjon',
      severity: 'advarsel',
      basis: { kind: 'lokal-rutine', ref: 'Testrutine' },
      appliesTo: ['vedtak'],
      check: { type: 'present', field: 'hjemmel', minChars: 5000 },
      message: 'Kommunens egen regel: hjemmelen skal forklares utførlig.',
    },
  ],
};

test('the service worker is stopped mid-session: the overlay keeps checking as the user types', async ({ context, page, demoUrl }) => {
  const errors = collectErrors(page);
  await openVedtak(page, demoUrl);
  await serviceWorker(context);
  // CDP's ServiceWorker domain on one of the extension's own pages reaches the extension's worker.
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${await extensionIdOf(context)}/popup.html`);
  const cdp = await context.newCDPSession(extensionPage);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
    for (const v of event.versions) if (v.scriptURL.endsWith('/background.js')) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.at(-1), { timeout: 10_000 }).toBe('stopped');
  await extensionPage.close();
  await page.bringToFront();
  await expectOverlayFollowsTyping(page);
  await expect(page.locator('vedtakslos-overlay')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a broken pack written straight into storage: the overlay keeps the last good pack', async ({ context, page, demoUrl }) => {
  const errors = collectErrors(page);
  await openVedtak(page, demoUrl);
  const worker = await serviceWorker(context);
  await worker.evaluate((pack) => chrome.storage.local.set({ publishedPack: pack }), customPack);
  await expect(panelFinding(page, 'kommune/hjemmel-lang')).toHaveCount(1);
  const total = await waitForStableTotal(page);

  for (const broken of [{ ...customPack, rules: 'ødelagt' }, { id: 42 }, 'ikke en pakke', [1, 2, 3], { ...customPack, rules: [{ ...customPack.rules[0], check: { type: 'eval' } }] }]) {
    await worker.evaluate((value) => chrome.storage.local.set({ publishedPack: value }), broken as unknown);
    await page.waitForTimeout(300);
    expect(await waitForStableTotal(page)).toBe(total);
    await expect(panelFinding(page, 'kommune/hjemmel-lang')).toHaveCount(1);
  }
  // Still live: the kept pack checks new text (its one rule does not look at this field, so nothing changes).
  await retype(page, FIELD, ONLY_PARENTS);
  expect(await waitForStableTotal(page)).toBe(total);
  await expect(panelFinding(page, 'kommune/hjemmel-lang')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('the page navigates away in the middle of a check and comes back: no error, one overlay', async ({ page, demoUrl }) => {
  const errors = collectErrors(page);
  await openVedtak(page, demoUrl);
  // Type and leave before the check after the pause in typing has run: in-app (hash) navigation ...
  await page.locator(FIELD).click();
  await page.keyboard.type(' Mor mener noe annet.', { delay: 0 });
  await page.goto(`${demoUrl.replace(/\/$/, '')}/#/sak/emil-holtevik/tiltaksplan`);
  await waitForStableTotal(page);
  // ... and a full navigation to another document and back through history.
  await page.goBack();
  await page.locator(FIELD).click();
  await page.keyboard.type(' Far mener noe annet.', { delay: 0 });
  await page.goto('about:blank');
  await page.goBack();
  await expect(page.locator(FIELD)).toHaveCount(1);
  await waitForStableTotal(page);
  await expect(page.locator('vedtakslos-overlay')).toHaveCount(1);
  await expectOverlayFollowsTyping(page);
  expect(errors).toEqual([]);
});

test('the extension is reloaded while a form is open: the old overlay is removed or inert, typing raises no error', async ({ context, page, demoUrl }) => {
  const errors = collectErrors(page);
  await openVedtak(page, demoUrl);
  await expect(page.locator('vedtakslos-overlay')).toHaveCount(1);
  const worker = await serviceWorker(context);
  await worker.evaluate(() => setTimeout(() => chrome.runtime.reload(), 50)).catch(() => undefined);
  await page.waitForTimeout(2000);
  // The old content script's extension APIs are gone now; typing, dismissing, scrolling and resizing must
  // not reach them with an uncaught error, and at most one (old, possibly still checking) overlay remains.
  await retype(page, FIELD, ONLY_PARENTS);
  await page.mouse.wheel(0, 400);
  await page.setViewportSize({ width: 900, height: 700 });
  await page.waitForTimeout(3000); // past the rule statistics' 2 s flush to storage
  expect(await page.locator('vedtakslos-overlay').count()).toBeLessThanOrEqual(1);
  await expect(page.locator(FIELD)).toHaveValue(ONLY_PARENTS);
  expect(errors).toEqual([]);
});

test('the options page without IndexedDB: a Norwegian error, and the active pack stays', async ({ context, page, demoUrl }) => {
  const errors = collectErrors(page);
  const worker = await serviceWorker(context);
  await worker.evaluate((pack) => chrome.storage.local.set({ publishedPack: pack }), customPack);
  const id = await extensionIdOf(context);
  const options = await context.newPage();
  const optionErrors: string[] = [];
  options.on('pageerror', (e) => optionErrors.push(e.message));
  await options.addInitScript(() => {
    const fail = () => {
      throw new DOMException('IndexedDB er slått av i denne testen', 'UnknownError');
    };
    Object.defineProperty(IDBFactory.prototype, 'open', { value: fail, configurable: true });
  });
  await options.goto(`chrome-extension://${id}/options.html`);
  await expect(options.getByRole('alert')).toContainText(/regelpakkene|lagres|IndexedDB|nettleseren/i, { timeout: 10_000 });
  await expect(options.getByRole('alert')).not.toContainText(/\b(Error|failed|undefined)\b/);
  expect(optionErrors).toEqual([]);
  // The checker on the form still uses the published pack.
  expect(await worker.evaluate(async () => ((await chrome.storage.local.get('publishedPack')).publishedPack as { id: string }).id)).toBe('kommune-test');
  await openVedtak(page, demoUrl);
  await expect(panelFinding(page, 'kommune/hjemmel-lang')).toHaveCount(1);
  expect(errors).toEqual([]);
});
