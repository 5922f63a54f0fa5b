import { createRequire } from 'node:module';
import { test, expect } from './support/fixtures';
import { markerFor, summaryPanel, waitForStableTotal } from './support/overlay';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

test.beforeEach(async ({ page, demoUrl }) => {
  await page.goto(`${demoUrl.replace(/\/$/, '')}/#/sak/emil-holtevik/tiltaksplan`);
  await waitForStableTotal(page);
});

test('Alt+Shift+V from a field opens that field\'s findings; Escape returns to the field untouched', async ({ page }) => {
  const field = page.locator('#tiltaksplan-periode-til');
  await field.click();
  const before = await field.evaluate((el: HTMLInputElement) => [el.value, el.selectionStart, el.selectionEnd]);
  await page.keyboard.press('Alt+Shift+V');
  const card = page.locator('vedtakslos-overlay .vl-card[data-field="planperiodeTil"]');
  await expect(card).toBeVisible();
  await expect(card.locator('[data-rule-id="frister/planperiode-maks-12-mnd"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  expect(await field.evaluate((el: HTMLInputElement) => [el.value, el.selectionStart, el.selectionEnd])).toEqual(before);
});

test('Alt+Shift+V outside a field moves focus into the summary panel', async ({ page }) => {
  await page.locator('h1').click();
  await page.keyboard.press('Alt+Shift+V');
  const focusedInOverlay = await page.evaluate(() => {
    const host = document.querySelector('vedtakslos-overlay');
    return document.activeElement === host && host?.shadowRoot?.activeElement?.closest('[data-total]') != null;
  });
  expect(focusedInOverlay).toBe(true);
});

test('axe-core finds no violations in the overlay UI (panel, markers and an open card)', async ({ page }) => {
  await page.locator('vedtakslos-overlay .vl-area__toggle').first().click();
  await markerFor(page, 'planperiodeTil').click();
  await expect(page.locator('vedtakslos-overlay .vl-card')).toBeVisible();
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }>; passes: unknown[] }> } }).axe;
    const result = await axe.run({ include: [['vedtakslos-overlay']] }, { resultTypes: ['violations', 'passes'] });
    return { violations: result.violations.map((v) => `${v.id} (${v.nodes.length})`), passes: result.passes.length };
  });
  expect(violations.violations).toEqual([]);
  expect(violations.passes).toBeGreaterThan(5);
});

test('diskret modus hides every warning text and the underlines, and keeps the counts', async ({ page }) => {
  const total = await summaryPanel(page).getAttribute('data-total');
  const message = await page.locator('vedtakslos-overlay [data-place="panel"] .vl-finding__msg').first().textContent();
  expect(message).toBeTruthy();
  await page.locator('vedtakslos-overlay button[aria-pressed]').first().click();
  await expect(page.locator('vedtakslos-overlay [data-rule-id]')).toHaveCount(0);
  const shadowText = await page.evaluate(() => document.querySelector('vedtakslos-overlay')!.shadowRoot!.textContent ?? '');
  expect(shadowText).not.toContain(message!.trim());
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  await expect(page.locator('vedtakslos-overlay .vl-mirrors')).toBeHidden();
  await expect(summaryPanel(page)).toHaveAttribute('data-total', total!);
});
