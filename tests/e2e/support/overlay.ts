import { expect, type Locator, type Page } from '@playwright/test';

export interface SeenFinding {
  ruleId: string;
  area: string;
  severity: string;
  message: string;
  fieldLabel: string;
}

/** The summary panel inside our shadow root (Playwright's CSS locators pierce open shadow roots). */
export function summaryPanel(page: Page): Locator {
  return page.locator('vedtakslos-overlay [data-total]');
}

export function markerFor(page: Page, fieldRef: string): Locator {
  return page.locator(`vedtakslos-overlay .vl-marker[data-field="${fieldRef}"]`);
}

/** Waits until the overlay has checked the page and its total has been stable for a moment. */
export async function waitForStableTotal(page: Page, quietMs = 600): Promise<number> {
  await expect(summaryPanel(page)).toHaveCount(1, { timeout: 15_000 });
  let last = await summaryPanel(page).getAttribute('data-total');
  for (let stableFor = 0; stableFor < quietMs; stableFor += 100) {
    await page.waitForTimeout(100);
    const now = await summaryPanel(page).getAttribute('data-total');
    if (now !== last) {
      last = now;
      stableFor = -100;
    }
  }
  return Number(last);
}

/** Every active finding on the page, as the summary panel lists them (it holds all, open or closed). */
export async function readOverlayFindings(page: Page): Promise<SeenFinding[]> {
  await waitForStableTotal(page);
  const items = await summaryPanel(page)
    .locator('[data-rule-id][data-place="panel"]')
    .evaluateAll((nodes) =>
      nodes.map((n) => ({
        ruleId: n.getAttribute('data-rule-id') ?? '',
        area: n.getAttribute('data-area') ?? '',
        severity: n.getAttribute('data-severity') ?? '',
        message: n.querySelector('.vl-finding__msg')?.textContent?.trim() ?? '',
        fieldLabel: n.querySelector('.vl-finding__field')?.textContent?.replace(/^Gjelder:\s*/, '').trim() ?? 'Hele dokumentet',
      })),
    );
  return items.sort((a, b) => a.fieldLabel.localeCompare(b.fieldLabel, 'nb'));
}
