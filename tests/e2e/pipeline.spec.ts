import { test, expect, foreignRequests, retype } from './support/fixtures';
import { markerFor, summaryPanel, waitForStableTotal } from './support/overlay';

const FIELD = '#vedtak-barnets-synspunkter';
const RULE = 'medvirkning/barnets-egne-ord';
const panelFinding = (rule: string) => `vedtakslos-overlay [data-place="panel"][data-rule-id="${rule}"]`;

test('typing in a demo field: the inline finding appears, then goes when the text is fixed; the value is exactly what was typed', async ({
  page,
  demoUrl,
  requests,
}) => {
  await page.goto(`${demoUrl.replace(/\/$/, '')}/#/sak/aksel-tindeland/vedtak`);
  await waitForStableTotal(page);
  await expect(page.locator(panelFinding(RULE))).toHaveCount(0);

  const onlyParents = 'Mor opplever at Aksel trives bedre på skolen nå. Far mener at han trenger mer ro hjemme.';
  await retype(page, FIELD, onlyParents);
  await expect(page.locator(panelFinding(RULE))).toHaveCount(1);
  const marker = markerFor(page, 'barnetsSynspunkter');
  await expect(marker).toBeVisible();
  await marker.click();
  await expect(page.locator(`vedtakslos-overlay .vl-card [data-rule-id="${RULE}"]`)).toBeVisible();
  await expect(page.locator(FIELD)).toHaveValue(onlyParents);

  const childsOwnWords =
    'Aksel sier: «Jeg liker å gå på skolen nå, og jeg vil fortsette med støttekontakten.» Han forteller at han vil bo hjemme.';
  await retype(page, FIELD, childsOwnWords);
  await expect(page.locator(panelFinding(RULE))).toHaveCount(0);
  await expect(page.locator(FIELD)).toHaveValue(childsOwnWords);
  await expect(page.locator(FIELD)).toBeFocused();

  expect(foreignRequests(requests, [new URL(demoUrl).origin])).toEqual([]);
});

test('a flawed document shows warnings next to their fields, and exactly one overlay', async ({ page, demoUrl }) => {
  await page.goto(`${demoUrl.replace(/\/$/, '')}/#/sak/emil-holtevik/tiltaksplan`);
  const total = await waitForStableTotal(page);
  expect(total).toBeGreaterThan(0);
  await expect(page.locator('vedtakslos-overlay')).toHaveCount(1);
  await expect(summaryPanel(page)).toHaveAttribute('data-total', String(total));

  // The marker sits beside its field: horizontally at the field's right edge, vertically on its top border.
  const field = await page.locator('#tiltaksplan-periode-til').boundingBox();
  const marker = await markerFor(page, 'planperiodeTil').boundingBox();
  expect(field && marker).toBeTruthy();
  expect(Math.abs(marker!.y + marker!.height / 2 - field!.y)).toBeLessThan(marker!.height);
  expect(Math.abs(marker!.x + marker!.width - (field!.x + field!.width))).toBeLessThan(40);
});

/** Whether the page checker was injected into the page's top frame: looked up in the extension's isolated world. */
async function pageCheckerInjected(page: import('@playwright/test').Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && !context.auxData?.isDefault && context.auxData?.frameId) worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  let injected = false;
  for (const contextId of worlds) {
    const { result } = await cdp.send('Runtime.evaluate', { contextId, expression: `typeof globalThis[Symbol.for('vedtakslos.page-checker')]` });
    if (result.value === 'function') injected = true;
  }
  await cdp.detach();
  return injected;
}

test('a page with nowhere to write (the case list) gets only the loader; the page checker comes with the form', async ({ page, demoUrl }) => {
  await page.goto(demoUrl);
  await expect(page.locator('input[type="search"]')).toBeVisible();
  await page.waitForTimeout(1_500);
  expect(await pageCheckerInjected(page)).toBe(false);
  await expect(page.locator('vedtakslos-overlay')).toHaveCount(0);

  // The single-page app opens a document: the loader sees the form and the checker starts.
  await page.evaluate(() => (location.hash = '#/sak/emil-holtevik/tiltaksplan'));
  expect(await waitForStableTotal(page)).toBeGreaterThan(0);
  expect(await pageCheckerInjected(page)).toBe(true);
});
