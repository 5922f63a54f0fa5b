import type { CDPSession, Page } from '@playwright/test';
import { expect } from './support/fixtures';
import { observedTest as test } from './support/observe';
import { readOverlayFindings, summaryPanel, waitForStableTotal } from './support/overlay';

/**
 * «Tåler lange økter» (tests/e2e/SECURITY.md, promise 5): 1,000 SPA navigations and re-renders of the demo
 * (three forms × six cases alternating with the case list, switched by location.hash in a tight loop; every
 * twentieth change waits long enough for a full re-scan) leave exactly one overlay host and no growth in:
 * - event listeners on window and document (CDP DOMDebugger.getEventListeners, every world);
 * - MutationObservers and ResizeObservers alive in the page's main world and in our content script's
 *   isolated world (CDP Runtime.queryObjects per execution context);
 * - DOM nodes and JS event listeners in the renderer (CDP Memory.getDOMCounters) and the JS heap
 *   (Runtime.getHeapUsage after HeapProfiler.collectGarbage, bound +5 MB).
 * And the overlay still checks the form the user ends on.
 */

const CASES = ['ella-brattvik', 'nora-saeterlid', 'emil-holtevik', 'sofie-lindgjerde', 'jonas-myrstrand', 'aksel-tindeland'];
const ROUTES = [...CASES.flatMap((c) => ['vedtak', 'tiltaksplan', 'evaluering'].map((f) => `#/sak/${c}/${f}`)), '#/'];
const NAVIGATIONS = 1_000;
const HEAP_BOUND = 5 * 1024 * 1024;

interface Counters {
  listeners: Record<string, number>;
  observers: Record<string, number>;
  nodes: number;
  jsEventListeners: number;
  heap: number;
  hosts: number;
}

/** Execution contexts of the page's main frame: the main world and our content script's isolated world. */
async function worlds(cdp: CDPSession): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const onCreated = (e: { context: { id: number; name: string; origin: string; auxData?: { isDefault?: boolean; type?: string; frameId?: string } } }) => {
    const c = e.context;
    if (c.auxData?.isDefault) found.set('page', c.id);
    else if (c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://')) found.set('extension', c.id);
  };
  cdp.on('Runtime.executionContextCreated', onCreated);
  await cdp.send('Runtime.enable');
  cdp.off('Runtime.executionContextCreated', onCreated);
  return found;
}

async function count(cdp: CDPSession, contextId: number, ctor: string): Promise<number> {
  const proto = await cdp.send('Runtime.evaluate', { expression: `${ctor}.prototype`, contextId });
  const objects = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId! });
  const length = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objects.objectId!,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objects.objectId! });
  return length.result.value as number;
}

/** Listeners on window or document registered from one world (CDP reports those of the object's own world). */
async function listenersOn(cdp: CDPSession, expression: string, contextId: number): Promise<number> {
  const target = await cdp.send('Runtime.evaluate', { expression, contextId });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: target.result.objectId! });
  await cdp.send('Runtime.releaseObject', { objectId: target.result.objectId! });
  return listeners.length;
}

async function counters(page: Page, cdp: CDPSession, contexts: Map<string, number>): Promise<Counters> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const observers: Record<string, number> = {};
  const listeners: Record<string, number> = {};
  for (const [world, id] of contexts) {
    for (const ctor of ['MutationObserver', 'ResizeObserver']) observers[`${world}:${ctor}`] = await count(cdp, id, ctor);
    for (const target of ['window', 'document']) listeners[`${world}:${target}`] = await listenersOn(cdp, target, id);
  }
  const dom = await cdp.send('Memory.getDOMCounters');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return {
    listeners,
    observers,
    nodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    heap: heap.usedSize,
    hosts: await page.locator('vedtakslos-overlay').count(),
  };
}

async function visit(page: Page, route: string): Promise<void> {
  await page.evaluate((r) => (location.hash = r), route);
  await waitForStableTotal(page, 400);
}

test('1,000 SPA navigations: one overlay, no growth in listeners, observers, DOM nodes or heap', async ({ page, context, demoUrl }) => {
  test.setTimeout(120_000);
  await page.goto(`${demoUrl}/${ROUTES[0]}`);
  await waitForStableTotal(page);
  const cdp = await context.newCDPSession(page);
  const contexts = await worlds(cdp);
  expect([...contexts.keys()].sort(), 'the main world and our isolated world').toEqual(['extension', 'page']);

  // Warm-up: every route once, so caches (Preact, the demo's case data, the rule engine's) are filled.
  for (const route of ROUTES) await page.evaluate((r) => (location.hash = r), route);
  const last = '#/sak/jonas-myrstrand/tiltaksplan';
  await visit(page, last);
  const before = await counters(page, cdp, contexts);
  expect(before.hosts).toBe(1);
  expect(before.observers['extension:MutationObserver'], 'our content script observes the page').toBeGreaterThan(0);
  expect(before.listeners['extension:document'], 'our content script listens on the document').toBeGreaterThan(0);

  const started = Date.now();
  await page.evaluate(
    async ({ routes, n }) => {
      for (let i = 0; i < n; i++) {
        // Forms (every case, every form) alternate with the case list, as a caseworker moves between them.
        location.hash = i % 2 ? '#/' : routes[((i >> 1) * 7) % routes.length]!;
        // A small await re-renders the form; every twentieth pause (on a form) outlasts the checker's 120 ms structure debounce.
        await new Promise((r) => setTimeout(r, i % 20 === 18 ? 140 : 4));
      }
    },
    { routes: ROUTES, n: NAVIGATIONS },
  );
  const churnMs = Date.now() - started;

  await visit(page, last);
  const after = await counters(page, cdp, contexts);


  expect(after.hosts, 'exactly one overlay host').toBe(1);
  expect(after.listeners, 'listeners on window and document, per world').toEqual(before.listeners);
  expect(after.observers, 'MutationObservers and ResizeObservers alive').toEqual(before.observers);
  expect(after.jsEventListeners - before.jsEventListeners, 'JS event listeners in the renderer').toBeLessThanOrEqual(20);
  expect(after.nodes - before.nodes, 'DOM nodes after GC').toBeLessThanOrEqual(500);
  expect(after.heap - before.heap, `JS heap growth (bytes) over ${NAVIGATIONS} navigations in ${churnMs} ms`).toBeLessThan(HEAP_BOUND);

  // Still working: the form the user ends on is checked.
  await expect(summaryPanel(page)).toHaveCount(1);
  expect((await readOverlayFindings(page)).length).toBeGreaterThan(0);
  await expect(page.locator('#tiltaksplan-skjema')).toBeVisible();
});
