import type { Page } from '@playwright/test';
import { expect, foreignRequests } from './support/fixtures';
import { observedTest as test } from './support/observe';
import { summaryPanel, waitForStableTotal } from './support/overlay';
import { serveFolders, type StaticServer } from './support/static-server';

/**
 * «Fiendtlige sider» (tests/e2e/SECURITY.md, promise 4): pages from tests/fixtures/hostile whose field text,
 * labels, title and headings carry markup and script as text, RTL overrides, 1 MB in one field, 2,000 fields,
 * 20 nested shadow roots and 5 nested iframes. On each:
 * - no script of the page's text runs: the payloads set window.__pwned or open a dialog, and neither happens;
 * - our shadow root holds no img/script/iframe/object/embed, no on* attribute and no javascript: URL, and the
 *   payloads it shows are shown as text;
 * - the page stays responsive: no main-thread task over 200 ms after load (PerformanceObserver «longtask»),
 *   and typing in a field changes the findings within a second of the last keystroke (+ the 250 ms debounce);
 * - exactly one overlay host, no page errors, no request off the machine.
 */

let server: StaticServer;
test.beforeAll(async () => {
  server = await serveFolders({ '/hostile': 'tests/fixtures/hostile' });
});
test.afterAll(async () => {
  await server?.close();
});

/** Installs, before any page script, a long-task recorder; dialogs and page errors are collected. */
async function watchHostile(page: Page): Promise<{ dialogs: string[]; errors: string[] }> {
  const seen = { dialogs: [] as string[], errors: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }> };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
  });
  return seen;
}

/** Long tasks that started after the load event (the page's own generator scripts run before it). */
async function longTasksAfterLoad(page: Page): Promise<Array<{ start: number; duration: number }>> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }> };
    return w.__longTasks.filter((t) => t.start >= nav.loadEventEnd);
  });
}

/** What our shadow root contains that could run or load something, and its whole text. */
async function shadowAudit(page: Page): Promise<{ active: string[]; text: string }> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('vedtakslos-overlay');
    const active: string[] = [];
    let text = '';
    for (const host of Array.from(hosts)) {
      const root = host.shadowRoot;
      if (!root) continue;
      text += root.textContent ?? '';
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const tag = el.tagName.toLowerCase();
        if (['img', 'script', 'iframe', 'object', 'embed', 'frame', 'link', 'meta', 'base', 'form', 'image', 'foreignobject'].includes(tag)) active.push(tag);
        for (const a of Array.from(el.attributes)) {
          if (/^on/i.test(a.name)) active.push(`${tag}[${a.name}]`);
          if (/^\s*(javascript|data|vbscript):/i.test(a.value) && /href|src|action/i.test(a.name)) active.push(`${tag}[${a.name}=${a.value}]`);
        }
      }
    }
    return { active, text };
  });
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const frames = [window, ...Array.from(document.querySelectorAll('iframe')).map((f) => f.contentWindow)];
    return frames.map((w) => (w as unknown as { __pwned?: unknown })?.__pwned).find((v) => v !== undefined);
  });
}

/** Types at the end of a field and returns how long after the last keystroke the panel's total changed. */
async function reactionAfterTyping(page: Page, field: ReturnType<Page['locator']>, text: string): Promise<number> {
  const before = await summaryPanel(page).getAttribute('data-total');
  await field.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
  const typed = Date.now();
  await expect(summaryPanel(page)).not.toHaveAttribute('data-total', before!, { timeout: 5_000 });
  return Date.now() - typed;
}

test('markup and script in field text, labels and the title stay text; nothing runs', async ({ page, requests }) => {
  const seen = await watchHostile(page);
  await page.goto(`${server.url}/hostile/markup-in-text.html`);
  await waitForStableTotal(page);
  expect(await summaryPanel(page).getAttribute('data-total'), 'the hostile form is checked').not.toBe('0');

  // As first drawn (the panel lists every finding with its field label).
  const first = await shadowAudit(page);
  expect.soft(first.active, 'elements or attributes in our shadow root that could run or load something').toEqual([]);
  expect.soft(first.text).toContain('<img src=x onerror=');
  expect.soft(await pwned(page), 'window.__pwned').toBeUndefined();

  // Open every marker's card so all finding texts are rendered there too.
  for (const marker of await page.locator('vedtakslos-overlay .vl-marker').all()) {
    await marker.click({ timeout: 3_000 });
    await page.keyboard.press('Escape');
  }
  // Typing more payload into a field is checked like any other text.
  await page.locator('#stemme').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' <img src=x onerror="window.__pwned=\'typed\'"><script>window.__pwned="typed2"</script>');
  await page.locator('#navn').fill('<img src=x onerror="window.__pwned=\'fill\'">');
  await waitForStableTotal(page);
  await page.locator('vedtakslos-overlay .vl-marker').first().click();

  const audit = await shadowAudit(page);
  expect(audit.active, 'elements or attributes in our shadow root that could run or load something').toEqual([]);
  // The payload is shown, as text, where a finding names the field (its label is the hostile one).
  expect(audit.text).toContain('<img src=x onerror=');
  expect(await pwned(page), 'window.__pwned').toBeUndefined();
  expect(seen.dialogs, 'dialogs').toEqual([]);
  expect(seen.errors, 'page errors').toEqual([]);
  expect(await page.locator('vedtakslos-overlay').count()).toBe(1);
  // The host's own <style> text in a label did not restyle anything: the overlay is still visible.
  await expect(summaryPanel(page)).toBeVisible();
  expect(foreignRequests(requests, [server.url])).toEqual([]);
});

test('1 MB of text in one field: no long task after load, typing elsewhere still updates findings, nothing lost', async ({ page, requests }) => {
  const seen = await watchHostile(page);
  await page.goto(`${server.url}/hostile/huge-field.html`);
  await waitForStableTotal(page, 800);
  expect(await page.locator('#bakgrunn').evaluate((t: HTMLTextAreaElement) => t.value.length)).toBe(1_048_576);

  const reaction = await reactionAfterTyping(page, page.locator('#barnet'), ' Kari sier: «Jeg vil bo hjemme, men jeg vil ha mer tid med pappa.»');
  expect(reaction, 'ms from last keystroke to updated findings').toBeLessThan(1_250);
  await waitForStableTotal(page);
  const long = await longTasksAfterLoad(page);
  expect(long.filter((t) => t.duration > 200), 'main-thread tasks over 200 ms after load').toEqual([]);

  // Typing into the huge field itself: Chromium alone spends ~0.1–0.3 s per keystroke in a 1 MB textarea
  // (measured here), so only integrity is asserted: every keystroke lands, nothing is lost (SECURITY.md, gaps).
  await page.locator('#bakgrunn').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Ny setning.');
  await waitForStableTotal(page);
  const value = await page.locator('#bakgrunn').evaluate((t: HTMLTextAreaElement) => t.value);
  expect(value.length).toBe(1_048_576 + 12);
  expect(value.endsWith(' Ny setning.')).toBe(true);
  expect(seen.errors).toEqual([]);
  expect(await page.locator('vedtakslos-overlay').count()).toBe(1);
  expect(foreignRequests(requests, [server.url])).toEqual([]);
});

test('2,000 fields: no long task after load, typing still updates findings within a second', async ({ page, requests }) => {
  const seen = await watchHostile(page);
  await page.goto(`${server.url}/hostile/many-fields.html`);
  await waitForStableTotal(page, 800);
  expect(await page.locator('textarea').count()).toBe(1_997);

  const reaction = await reactionAfterTyping(page, page.locator('#stemme'), ' Per sier: «Jeg vil spille fotball og ha en voksen å snakke med.»');
  expect(reaction, 'ms from last keystroke to updated findings').toBeLessThan(1_250);
  await page.locator('#t500').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);

  const long = await longTasksAfterLoad(page);
  expect(long.filter((t) => t.duration > 200), 'main-thread tasks over 200 ms after load').toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(await page.locator('vedtakslos-overlay').count()).toBe(1);
  expect(foreignRequests(requests, [server.url])).toEqual([]);
});

test('20 nested shadow roots and 5 nested iframes: no error, no long task, one overlay', async ({ page, requests }) => {
  const seen = await watchHostile(page);
  await page.goto(`${server.url}/hostile/deep-shadow.html`);
  await expect
    .poll(() => page.frames().length, { message: 'five nested frames loaded' })
    .toBe(6);
  await page.waitForTimeout(1_000);

  // Typing at the bottom of the shadow roots and in the deepest frame.
  const deepField = page.locator('#barnet');
  await deepField.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Lise sier: «Jeg liker å være hos bestemor.»');
  const deepest = page.frameLocator('#frame-1').frameLocator('#frame-2').frameLocator('#frame-3').frameLocator('#frame-4').frameLocator('#frame-5').locator('#f');
  await deepest.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Mer tekst.');
  await expect(deepest).toHaveValue('Ramme 5: tiltaket fungerer. Mer tekst.');
  await expect(deepField).toHaveValue('Mor sier at Lise trives. Lise sier: «Jeg liker å være hos bestemor.»');
  await page.waitForTimeout(600);

  const long = await longTasksAfterLoad(page);
  expect(long.filter((t) => t.duration > 200), 'main-thread tasks over 200 ms after load').toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(await page.locator('vedtakslos-overlay').count()).toBeLessThanOrEqual(1);
  for (const frame of page.frames().slice(1)) expect(await frame.locator('vedtakslos-overlay').count(), `overlay in ${frame.url()}`).toBe(0);
  expect(foreignRequests(requests, [server.url])).toEqual([]);
});
