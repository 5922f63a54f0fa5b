import type { Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { extensionIdOf } from './support/browser';
import { summaryPanel, waitForStableTotal } from './support/overlay';
import { dumpChromeStorage, dumpOriginStorage, isLocal, launchObserved, profileFilesContaining } from './support/observe';

/**
 * «Ingen data forlater maskinen, og det du skriver lagres ikke» (tests/e2e/SECURITY.md, promises 1 and 2).
 *
 * One session as a caseworker and a quality lead would have it: typing in the three demo forms (textarea,
 * text input, contenteditable, a new delmål row), marking a finding «ikke relevant», discreet mode on and off,
 * the training page, and the workbench (import a pack, change a rule, publish, paste a page into the preview).
 * Every field gets its own unique marker string. Then:
 * - no request left the machine, from any page, extension page or the service worker (Playwright's request
 *   events), and Chromium's NetLog shows no request at all initiated by the extension;
 * - the demo page made no request while it was being checked;
 * - no marker is in chrome.storage (local, session, sync), in any IndexedDB database, localStorage,
 *   sessionStorage or Cache Storage of the extension's origin or the page's, nor in any file of the profile
 *   directory that belongs to the extension or to web storage;
 * - local:ruleStats holds only rule ids and two numbers each, preferences only the documented keys.
 */

const CASE = 'emil-holtevik';
const M = {
  textarea: 'ZQXJ-hemmelig-7731',
  input: 'ZQXJ-hjemmel-2290',
  rich: 'ZQXJ-rikt-4417',
  row: 'ZQXJ-delmaal-9052',
  tableCell: 'ZQXJ-tiltak-6408',
  evaluering: 'ZQXJ-maaloppnaaelse-5186',
  training: 'ZQXJ-trening-3390',
  preview: 'ZQXJ-forhandsvis-6120',
};
const MARKERS = Object.values(M);
const RULE = 'mal-tiltak/vage-mal';

async function typeAtEnd(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(` ${text}`);
}

const markersIn = (text: string) => MARKERS.filter((m) => text.includes(m));

test('checking, training and editing packs make no network request and store nothing that was typed', async ({ demoUrl }) => {
  test.setTimeout(90_000);
  const obs = await launchObserved({ netLog: true });
  let netLog: Awaited<ReturnType<typeof obs.close>> = [];
  const { context, requests } = obs;
  try {
    const id = await extensionIdOf(context);
    const page = context.pages()[0] ?? (await context.newPage());

    // ── Checking: the three demo forms. ──
    await page.goto(`${demoUrl}/#/sak/${CASE}/vedtak`);
    await waitForStableTotal(page);
    const loaded = requests.length;
    await typeAtEnd(page, '#vedtak-barnets-synspunkter', `Gutten sa ${M.textarea} til meg.`);
    await typeAtEnd(page, '#vedtak-hjemmel', M.input);
    await typeAtEnd(page, '#vedtak-vurdering', `Vi vurderer ${M.rich} som viktig.`);
    await waitForStableTotal(page);

    // «Ikke relevant» on one finding, discreet mode on and off: the other things the content script stores.
    const dismiss = page.locator('vedtakslos-overlay [data-place="panel"] button', { hasText: 'ikke relevant' }).first();
    await page.locator('vedtakslos-overlay .vl-marker').first().click();
    const inCard = page.locator('vedtakslos-overlay .vl-card button', { hasText: 'ikke relevant' }).first();
    await (await inCard.count() ? inCard : dismiss).click();
    await page.keyboard.press('Escape');
    await page.locator('vedtakslos-overlay .vl-discreet-btn').click();
    await page.locator('vedtakslos-overlay .vl-discreet-btn').click();

    await page.evaluate((c) => (location.hash = `#/sak/${c}/tiltaksplan`), CASE);
    await waitForStableTotal(page);
    await page.getByRole('button', { name: '+ Legg til delmål' }).click();
    const lastDelmal = page.locator('#tiltaksplan-delmal tbody.delmal-group').last().locator('td.col-delmal textarea');
    await lastDelmal.click();
    await page.keyboard.type(`Delmål om ${M.row} innen mars`);
    const firstTiltak = page.locator('#tiltaksplan-delmal td.col-tiltak textarea').first();
    await firstTiltak.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(` ${M.tableCell}`);
    await waitForStableTotal(page);

    await page.evaluate((c) => (location.hash = `#/sak/${c}/evaluering`), CASE);
    await waitForStableTotal(page);
    await typeAtEnd(page, '#evaluering-barnets-synspunkter', `Emil sa ${M.evaluering}.`);
    await waitForStableTotal(page);
    expect.soft(requests.slice(loaded), 'requests while the demo forms were being checked').toEqual([]);

    // ── Training: the same checker on an extension page. ──
    const training = await context.newPage();
    await training.goto(`chrome-extension://${id}/training.html`);
    await training.locator('[data-scenario-id]').first().click();
    await waitForStableTotal(training);
    const trainingField = training.locator('.training-document textarea').first();
    await trainingField.click();
    await training.keyboard.press('ControlOrMeta+End');
    await training.keyboard.type(` ${M.training}`);
    await waitForStableTotal(training);

    // ── Editing packs: import, change a rule, publish, paste a page into the preview. ──
    const workbench = await context.newPage();
    await workbench.goto(`chrome-extension://${id}/options.html`);
    const pack = { id: 'lokal.sikkerhet', version: '1.0.0', language: 'nb', extends: 'standard', metadata: { name: 'Sikkerhetstest' }, overrides: {}, rules: [] };
    await workbench.getByTestId('import-file').setInputFiles({ name: 'sikkerhet.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await expect(workbench.getByTestId('notice')).toContainText('er importert');
    await workbench.locator(`[data-rule-id="${RULE}"] .wb-rule__toggle`).click();
    const enabled = workbench.locator(`[data-rule-id="${RULE}"] input[data-field="enabled"]`);
    await expect(enabled).toBeChecked();
    await enabled.uncheck();
    await expect(enabled).not.toBeChecked();
    await workbench.locator('[data-tab="forhandsvisning"]').click();
    await workbench.getByTestId('preview-source').selectOption('paste');
    await workbench.getByLabel(/Lim inn et dokument\. Det blir bare vist her/).fill(
      `<h1>Tiltaksplan</h1><label for="s">Barnets stemme</label><textarea id="s">Hun sa ${M.preview}.</textarea>`,
    );
    await workbench.getByTestId('publish').click();
    const anyway = workbench.getByTestId('publish-check').getByRole('button', { name: 'Publiser likevel' });
    await expect(workbench.getByTestId('notice').or(anyway)).toBeVisible();
    if (await anyway.isVisible()) await anyway.click();
    await expect(workbench.getByTestId('notice')).toContainText('er publisert');

    // The published pack reaches the open form (storage is shared), then the rule counts are flushed (2 s).
    await page.bringToFront();
    await expect(summaryPanel(page)).toHaveCount(1);
    await expect
      .poll(async () => Object.keys(((await dumpChromeStorage(context, workbench)).local.ruleStats as object) ?? {}).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.waitForTimeout(2_500);

    // ── What is stored. ──
    const chromeStorage = await dumpChromeStorage(context, workbench);
    expect.soft(markersIn(JSON.stringify(chromeStorage)), 'markers in chrome.storage').toEqual([]);
    expect.soft(Object.keys(chromeStorage.sync), 'chrome.storage.sync').toEqual([]);
    expect(Object.keys(chromeStorage.local).sort()).toEqual(expect.arrayContaining(['preferences', 'publishedPack', 'ruleStats']));
    // The documented keys only (README «For kvalitetsledere»): no key per page, case or field.
    for (const key of Object.keys(chromeStorage.local)) expect.soft(['preferences', 'publishedPack', 'publishedInfo', 'ruleStats', 'checkerPack']).toContain(key);
    for (const key of Object.keys(chromeStorage.session)) expect(key, 'chrome.storage.session holds no text').not.toMatch(/text|field|value/i);

    expect(JSON.stringify(chromeStorage.local.publishedPack), 'the rule changed in the workbench was published').toContain(RULE);
    const stats = chromeStorage.local.ruleStats as Record<string, unknown>;
    expect(Object.keys(stats).length).toBeGreaterThan(0);
    for (const [ruleId, entry] of Object.entries(stats)) {
      expect(ruleId, 'ruleStats key is a rule id').toMatch(/^[a-z0-9-]+(\/[a-z0-9-]+)+$/);
      expect(entry).toEqual({ fired: expect.any(Number), dismissed: expect.any(Number) });
    }
    expect(Object.values(stats).some((e) => (e as { dismissed: number }).dismissed > 0), '«ikke relevant» was counted').toBe(true);
    expect(Object.keys(chromeStorage.local.preferences as object).sort()).toEqual(
      expect.arrayContaining(['disabledOrigins', 'discreet', 'enabledOrigins', 'panel']),
    );
    for (const key of Object.keys(chromeStorage.local.preferences as object)) {
      expect(['disabledOrigins', 'discreet', 'enabledOrigins', 'panel', 'today']).toContain(key);
    }

    const extensionOrigin = await dumpOriginStorage(workbench);
    expect(extensionOrigin.databases.length, 'the workbench keeps its packs in IndexedDB').toBeGreaterThan(0);
    expect(extensionOrigin.text).toContain('lokal.sikkerhet');
    expect.soft(markersIn(extensionOrigin.text), 'markers in the extension origin’s IndexedDB/Web Storage/Cache').toEqual([]);

    const pageOrigin = await dumpOriginStorage(page);
    expect.soft(markersIn(pageOrigin.text), 'markers in the page origin’s storage').toEqual([]);
    expect.soft(pageOrigin.databases, 'IndexedDB databases on the fagsystem origin').toEqual([]);
    expect.soft(pageOrigin.text).toBe(await pageStorageWithoutExtension(demoUrl));

    // ── Requests from every context. ──
    expect.soft(requests.filter((r) => !isLocal(r.url)), 'requests that left the machine').toEqual([]);
    expect.soft(requests.filter((r) => r.from === 'service-worker'), 'service-worker requests').toEqual([]);
    const fromExtensionPages = requests.filter((r) => r.from.startsWith('chrome-extension://') && !r.url.startsWith(`chrome-extension://${id}/`));
    expect.soft(fromExtensionPages, 'requests from extension pages to anything but the extension’s own files').toEqual([]);
  } finally {
    netLog = await obs.close();
  }

  // ── Chromium's NetLog: below every JavaScript API. ──
  expect(netLog.length, 'the NetLog recorded the demo page').toBeGreaterThan(0);
  expect(netLog.some((r) => r.url.startsWith(demoUrl))).toBe(true);
  expect.soft(netLog.filter((r) => r.initiator.startsWith('chrome-extension://')), 'requests the extension initiated').toEqual([]);
  expect.soft(netLog.filter((r) => r.initiator !== 'not an origin' && !isLocal(r.url)), 'requests a page or extension sent off the machine').toEqual([]);

  // ── What Chromium wrote to disk: extension storage, IndexedDB, Local/Session Storage, caches. ──
  const onDisk = profileFilesContaining(obs.profileDir, MARKERS).filter((f) =>
    /Extension|IndexedDB|Local Storage|Session Storage|Service Worker|Cache|File System|databases|blob_storage|shared_proto_db/i.test(f),
  );
  rmSync(obs.profileDir, { recursive: true, force: true });
  expect.soft(onDisk, 'profile files of extension or web storage that contain a marker').toEqual([]);
});

/** The demo origin's web storage after the same route changes in a browser without the extension. */
async function pageStorageWithoutExtension(demoUrl: string): Promise<string> {
  const plain = await launchObserved({ withExtension: false });
  try {
    const page = plain.context.pages()[0] ?? (await plain.context.newPage());
    await page.goto(`${demoUrl}/#/sak/${CASE}/vedtak`);
    await page.locator('#vedtak-barnets-synspunkter').waitFor();
    for (const form of ['tiltaksplan', 'evaluering']) {
      await page.evaluate(([c, f]) => (location.hash = `#/sak/${c}/${f}`), [CASE, form]);
      await page.locator(`#${form}-skjema`).waitFor();
    }
    return (await dumpOriginStorage(page)).text;
  } finally {
    await plain.close();
  }
}
