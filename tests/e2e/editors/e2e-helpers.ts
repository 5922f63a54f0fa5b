import { expect, type Page } from '@playwright/test';
import { summaryPanel, waitForStableTotal } from '../support/overlay';

/** What the extension (re)reads after a pause in typing: the debounce is 250 ms; a generous margin for 2 cores. */
export const AFTER_DEBOUNCE = { timeout: 4_000 } as const;

export interface PanelFinding {
  ruleId: string;
  area: string;
  severity: string;
  /** The field label after «Gjelder:», or '' for whole-document findings. */
  field: string;
}

/**
 * Every active finding the summary panel lists. The panel renders all items (collapsed areas are only `hidden`),
 * so nothing needs clicking and the page's focus and caret stay where they are.
 */
export async function panelFindings(page: Page): Promise<PanelFinding[]> {
  return page.locator('vedtakslos-overlay [data-rule-id][data-place="panel"]').evaluateAll((nodes) =>
    nodes.map((n) => ({
      ruleId: n.getAttribute('data-rule-id') ?? '',
      area: n.getAttribute('data-area') ?? '',
      severity: n.getAttribute('data-severity') ?? '',
      field: n.querySelector('.vl-finding__field')?.textContent?.replace(/^Gjelder:\s*/, '').trim() ?? '',
    })),
  );
}

/** The field markers on the page: field ref → number of findings on it. */
export async function markerCounts(page: Page): Promise<Record<string, number>> {
  const pairs = await page
    .locator('vedtakslos-overlay .vl-marker[data-field]')
    .evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-field') ?? '', Number(n.getAttribute('data-count'))] as const));
  return Object.fromEntries(pairs);
}

/** Rule ids of the findings on one field, read from the panel by the field's label. */
export async function rulesOnField(page: Page, label: string): Promise<string[]> {
  return (await panelFindings(page)).filter((f) => f.field === label).map((f) => f.ruleId).sort();
}

/** Waits for the first check of the page (panel present, total stable) and returns the total. */
export async function settled(page: Page): Promise<number> {
  return waitForStableTotal(page);
}

export async function total(page: Page): Promise<number> {
  return Number(await summaryPanel(page).getAttribute('data-total'));
}

/** Polls until `rule` is (or is no longer) listed on the field with `label`, within the debounce margin. */
export async function expectRuleOnField(page: Page, ruleId: string, label: string, present: boolean): Promise<void> {
  await expect
    .poll(async () => (await rulesOnField(page, label)).includes(ruleId), { ...AFTER_DEBOUNCE, message: `${ruleId} on «${label}»` })
    .toBe(present);
}

/** The number of our host elements on the page (the overlay must be mounted exactly once). */
export async function overlayHosts(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('vedtakslos-overlay').length);
}

/** Opens a marker's card and returns the rule ids it lists for that field (then closes it with Escape). */
export async function rulesAtMarker(page: Page, fieldRef: string): Promise<string[]> {
  const marker = page.locator(`vedtakslos-overlay .vl-marker[data-field="${fieldRef}"]`);
  await marker.click();
  const card = page.locator(`vedtakslos-overlay .vl-card[data-field="${fieldRef}"]`);
  await expect(card).toBeVisible();
  const ids = await card.locator('[data-rule-id][data-place="card"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-rule-id') ?? ''));
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  return ids.sort();
}

/**
 * Every field marker the overlay draws while the page is scrolled from top to bottom (markers exist only for
 * fields on screen): field ref → count.
 */
export async function allMarkers(page: Page): Promise<Record<string, number>> {
  const seen: Record<string, number> = {};
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = (page.viewportSize()?.height ?? 800) - 200;
  for (let y = 0; y < height + step; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(150);
    Object.assign(seen, await markerCounts(page));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return seen;
}
