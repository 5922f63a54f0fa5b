import { expect, type Locator, type Page } from '@playwright/test';
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

/**
 * Polls until `rule` is (or is no longer) listed on the field with `label`, within the debounce margin. Soft
 * when asked: the test goes on (and still fails at the end), so one stale finding does not hide the other checks.
 */
export async function expectRuleOnField(page: Page, ruleId: string, label: string, present: boolean, soft = false): Promise<void> {
  await expect
    .configure({ soft })
    .poll(async () => (await rulesOnField(page, label)).includes(ruleId), { ...AFTER_DEBOUNCE, message: `${ruleId} on «${label}»` })
    .toBe(present);
}

/** The number of our host elements on the page (the overlay must be mounted exactly once). */
export async function overlayHosts(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('vedtakslos-overlay').length);
}

/** Opens a marker's card and returns the rule ids it lists for that field (then closes it with Escape). */
export async function rulesAtMarker(page: Page, fieldRef: string): Promise<string[]> {
  return (await openCard(page, fieldRef)).rules;
}

/** A marker's card: the field label it shows (the same label the panel's «Gjelder:» uses) and its rule ids. */
export async function openCard(page: Page, fieldRef: string): Promise<{ title: string; rules: string[] }> {
  const marker = page.locator(`vedtakslos-overlay .vl-marker[data-field="${fieldRef}"]`);
  await marker.click();
  const card = page.locator(`vedtakslos-overlay .vl-card[data-field="${fieldRef}"]`);
  await expect(card).toBeVisible();
  const rules = await card.locator('[data-rule-id][data-place="card"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-rule-id') ?? ''));
  const title = ((await card.locator('.vl-card__title').textContent()) ?? '').trim();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  return { title, rules: rules.sort() };
}

/**
 * Every field marker the overlay draws while the page is scrolled from top to bottom (markers exist only for
 * fields whose top-right corner is on screen and not covered): field ref → count. The summary panel is
 * collapsed meanwhile (and restored), so it covers no field at the bottom of the page.
 */
export async function allMarkers(page: Page): Promise<Record<string, number>> {
  const panel = summaryPanel(page);
  const toggle = panel.locator('.vl-panel__header button[aria-expanded]').last();
  const wasOpen = (await panel.getAttribute('data-collapsed')) !== 'true';
  if (wasOpen) {
    await toggle.click();
    await expect(panel).toHaveAttribute('data-collapsed', 'true');
  }
  const seen: Record<string, number> = {};
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // Small steps: every field's top-right corner passes through the visible band.
  const step = 300;
  for (let y = 0; y < height + step; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(150);
    Object.assign(seen, await markerCounts(page));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  if (wasOpen) {
    await toggle.click();
    await expect(panel).toHaveAttribute('data-collapsed', 'false');
  }
  return seen;
}

/**
 * Scrolls a field (or the iframe it lives in) to the middle of the viewport. A marker is drawn only when the
 * field's top-right corner is on screen and not covered (the summary panel sits bottom-right).
 */
export async function centerInView(target: Locator): Promise<void> {
  await target.evaluate((el) => {
    const host = el.ownerDocument.defaultView?.frameElement ?? el;
    host.scrollIntoView({ block: 'center', inline: 'nearest' });
  });
}
