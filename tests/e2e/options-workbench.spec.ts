import type { BrowserContext, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { extensionIdOf } from './support/browser';


/** The extension API inside the pages and worker the tests evaluate code in. */
declare const chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> }; local: { set(items: object): Promise<void> } } };

/** The workbench's forms, live preview, example run, JSON view and statistics, in the built extension. */
const THRESHOLD_RULE = 'frister/planperiode-maks-12-mnd';

async function openWorkbench(context: BrowserContext, page: Page): Promise<string> {
  const id = await extensionIdOf(context);
  await page.goto(`chrome-extension://${id}/options.html`);
  await expect(page.getByRole('heading', { name: 'Regelpakker', exact: true })).toBeVisible();
  return id;
}

test('tuning a threshold in the form shows the effect on a sample case and breaks an example before publishing', async ({ context, page, requests }) => {
  await openWorkbench(context, page);
  await page.getByLabel('Ny lokal pakke som bygger på standardpakken:').fill('Bydel Nord');
  await page.getByRole('button', { name: 'Lag lokal pakke', exact: true }).click();
  await expect(page.getByTestId('notice')).toContainText('er laget');

  const rule = page.locator(`[data-rule-id="${THRESHOLD_RULE}"]`);
  await rule.locator('.wb-rule__toggle').click();
  await expect(rule).toContainText('Grunnlag');
  await expect(rule).toContainText('Godt eksempel');
  await rule.locator('input[data-param="maksMnd"]').fill('24');
  await rule.locator('input[data-param="maksMnd"]').blur();
  await expect(rule.locator('.wb-badge--changed')).toBeVisible();
  await expect(rule).toContainText('Standard: 12');
  await expect(page.locator('.wb-savebar')).toHaveAttribute('data-dirty', 'true');

  await page.locator('[data-tab="forhandsvisning"]').click();
  await page.getByTestId('preview-source').selectOption('case:emil-holtevik:tiltaksplan');
  await expect(page.getByTestId('diff-summary')).toContainText('1 forsvinner');
  await expect(page.locator(`.wb-findings--removed [data-rule-id="${THRESHOLD_RULE}"]`)).toBeVisible();

  await page.locator('[data-tab="eksempler"]').click();
  await page.getByRole('button', { name: 'Kjør eksemplene' }).click();
  const summary = page.getByTestId('fixture-summary');
  await expect(summary).toContainText('feilet');
  // Raising 12 to 24 months breaks the rule's bad examples (13 and 20 months), and nothing else.
  const failed = page.locator('.wb-fixtures > div > ul.wb-fixture-list li[data-passed="false"]');
  await expect(failed.filter({ hasText: '13 måneder' })).toHaveCount(1);
  expect(new Set(await failed.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id'))))).toEqual(new Set([THRESHOLD_RULE]));

  await page.getByTestId('version-note').fill('Planperiode inntil 2 år');
  await page.getByRole('button', { name: 'Lagre versjon' }).click();
  await expect(page.getByTestId('notice')).toContainText('Versjon 2 er lagret');
  await page.locator('[data-tab="versjoner"]').click();
  await expect(page.locator('tr[data-version="2"]')).toContainText('Planperiode inntil 2 år');
  await expect(page.locator('tr[data-version="2"]')).toContainText('1.0.1');
  await expect(page.getByTestId('version-changes')).toContainText('Parameter maksMnd: 12 → 24');

  // The workbench itself made no network requests.
  expect(requests.filter((u) => !u.startsWith('chrome-extension:'))).toEqual([]);
});

test('the JSON view validates as you type and markup in messages is shown as text', async ({ context, page }) => {
  await openWorkbench(context, page);
  const pack = {
    id: 'lokal.markup', version: '1.0.0', language: 'nb', extends: 'standard', metadata: { name: 'Markup' },
    overrides: { [THRESHOLD_RULE]: { message: '<img src=x onerror="document.title=\'pwned\'"><b>Kort</b> ned planperioden.' } },
    rules: [],
  };
  await page.getByTestId('import-file').setInputFiles({ name: 'm.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  await expect(page.getByTestId('notice')).toContainText('er importert');
  const rule = page.locator(`[data-rule-id="${THRESHOLD_RULE}"]`);
  await expect(rule.locator('.wb-rule__msg')).toHaveText('Kort ned planperioden.');
  await expect(page.locator('.wb-rules img')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');

  await page.locator('[data-tab="json"]').click();
  const text = page.locator('#wb-json-text');
  const json = await text.inputValue();
  await text.fill(json.replace('"version": "1.0.0"', '"version": "første"'));
  await expect(page.getByTestId('pack-errors')).toContainText('version');
  await expect(page.getByRole('button', { name: 'Bruk endringene' })).toBeDisabled();
  await text.fill(json.replace('"version": "1.0.0"', '"version": "1.1.0"'));
  await expect(page.getByTestId('json-valid')).toBeVisible();
  await page.getByRole('button', { name: 'Bruk endringene' }).click();
  await expect(page.locator('#wb-editor-h')).toContainText('1.1.0');
});

test('statistics show counts per rule and export as CSV', async ({ context, page }) => {
  await openWorkbench(context, page);
  await expect(page.getByTestId('stats-empty')).toBeVisible();
  await page.evaluate(() =>
    chrome.storage.local.set({ ruleStats: { 'mal-tiltak/vage-mal': { fired: 8, dismissed: 6 }, 'frister/hjemmel': { fired: 3, dismissed: 0 } } }),
  );
  const table = page.getByTestId('stats-table');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.locator('tbody tr').first()).toContainText('75 %');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned som CSV' }).click()]);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv).toContain('"mal-tiltak/vage-mal";8;6;0,75');
  expect(download.suggestedFilename()).toMatch(/^vedtakslos-statistikk-\d{4}-\d{2}-\d{2}\.csv$/);
});

test('a pack is exported as the JSON file it is', async ({ context, page }) => {
  await openWorkbench(context, page);
  await page.getByLabel('Ny lokal pakke som bygger på standardpakken:').fill('Bydel Øst');
  await page.getByRole('button', { name: 'Lag lokal pakke', exact: true }).click();
  await expect(page.getByTestId('notice')).toContainText('er laget');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksporter til fil' }).click()]);
  expect(download.suggestedFilename()).toBe('lokal.bydel-ost-1.0.0.json');
  const pack = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(pack).toMatchObject({ id: 'lokal.bydel-ost', extends: 'standard', metadata: { name: 'Bydel Øst' }, rules: [] });
});

async function axeViolations(page: Page): Promise<string[]> {
  const axeSource = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
  return page.evaluate(async (source) => {
    if (!('axe' in globalThis)) (0, eval)(source);
    type Result = { violations: { id: string; nodes: { target: unknown }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, axeSource);
}

test('the workbench passes an axe check (WCAG 2.1 A/AA) on each tab', async ({ context, page }) => {
  await openWorkbench(context, page);
  await page.getByLabel('Ny lokal pakke som bygger på standardpakken:').fill('Bydel Nord');
  await page.getByRole('button', { name: 'Lag lokal pakke', exact: true }).click();
  await expect(page.getByTestId('notice')).toContainText('er laget');
  const rule = page.locator('[data-rule-id="frister/planperiode-maks-12-mnd"]');
  await rule.locator('.wb-rule__toggle').click();
  await rule.locator('input[data-field="enabled"]').uncheck();
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('[data-tab="forhandsvisning"]').click();
  await page.getByTestId('preview-source').selectOption('case:emil-holtevik:tiltaksplan');
  await expect(page.getByTestId('diff-summary')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  for (const tab of ['eksempler', 'versjoner', 'feltnavn', 'json']) {
    await page.locator(`[data-tab="${tab}"]`).click();
    expect(await axeViolations(page), tab).toEqual([]);
  }
});
