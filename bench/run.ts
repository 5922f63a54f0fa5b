// The performance benchmark (`npm run bench`, issue 8). The README («Performance») says what each figure means.
// Builds the extension as shipped (into .output/bench), serves generated Fagsystem-demo pages from
// 127.0.0.1, drives Debian's headless Chromium with and without the extension, writes bench/results.json
// and prints a table. Exits 1 when a budget is missed (after writing the results).
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { cpus, totalmem, platform, release, loadavg } from 'node:os';
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { generatePages, SIZES, TYPING_FIELD, type Size } from './pages';
import { bytesPerSource } from './bundle-sources.mjs';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/browser';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, '.output/bench');
const EXTENSION = resolve(OUT, 'chrome-mv3');
const CHROMIUM = chromiumPath;
const QUICK = process.argv.includes('--quick');
const DEBOUNCE_MS = 250; // entrypoints/content/page-watch.ts TYPING_DEBOUNCE_MS
// Other jobs on the machine inflate every timing: the load average is recorded with the results.
const LOAD_AT_START = loadavg().map((x) => Math.round(x * 100) / 100);

export const BUDGETS = {
  engineP95MsLarge: 5,
  fullCheckP95MsLarge: 5,
  checkOverFloor: 3,
  keystrokeToUpdateP95Ms: 16,
  inputLatencyRatio: 1.05,
  longTasksOver50ms: 0,
  contentScriptGzipBytes: 40 * 1024,
  heapAddedBytes: 5 * 1024 * 1024,
  growthExponent: 1.15,
};

const log = (...a: unknown[]) => console.error('[bench]', ...a);
const q = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, p50: q(s, 0.5), p95: q(s, 0.95), mean: s.reduce((a, b) => a + b, 0) / s.length, max: s[s.length - 1]! };
};
const r3 = (x: number) => Math.round(x * 1000) / 1000;

// ---------------------------------------------------------------- build
function buildExtension() {
  log('building the extension (wxt build → .output/bench)…');
  execFileSync('npx', ['wxt', 'build', '-c', 'bench/wxt.bench.config.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, VL_BENCH_OUT: OUT },
  });
  return { contentScript: bundleSize('content-scripts/content.js'), pageChecker: bundleSize('page-checker.js') };
}

/** Gzip and raw bytes of one built script, and (when its sourcemap is there) which sources make them up. */
function bundleSize(path: string) {
  const file = resolve(EXTENSION, path);
  const code = readFileSync(file);
  const groups = new Map<string, number>();
  if (existsSync(`${file}.map`)) {
    const sizes = bytesPerSource(code.toString('utf8'), JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    for (const [name, bytes] of sizes as Map<string, number>) {
      const rel = name.replace(/^(\.\.\/)+/, '').replace(/^.*?node_modules\//, 'node_modules/');
      const key = rel.startsWith('node_modules/') ? rel.split('/').slice(0, rel.split('/')[1]!.startsWith('@') ? 3 : 2).join('/') : rel.replace(/^.*?\/(rules|adapters|components|entrypoints|extension)\//, '$1/').split('/').slice(0, 2).join('/');
      groups.set(key, (groups.get(key) ?? 0) + bytes);
    }
  }
  return {
    rawBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    largestRawBytes: Object.fromEntries([...groups].sort((a, b) => b[1] - a[1]).slice(0, 12)),
  };
}

// ---------------------------------------------------------------- pages
function serve(pages: Record<Size, string>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').replace(/^\/|\.html.*$/g, '') as Size;
    const body = pages[name];
    if (!body) return void res.writeHead(404).end('not found');
    // Cross-origin isolated: performance.now() then has 5 µs resolution instead of 100 µs.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp', 'cache-control': 'no-store' });
    res.end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, server })));
}

async function launch(withExtension: boolean): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    args: chromiumArgs(withExtension ? EXTENSION : null),
  });
}

// ---------------------------------------------------------------- probe (isolated world)
async function probeBundle(): Promise<string> {
  const shim = resolve(ROOT, 'rules/text/nlpjs-core-shim.cjs');
  const out = await build({
    entryPoints: [resolve(ROOT, 'bench/probe-entry.ts')],
    bundle: true, format: 'iife', globalName: 'VLB', write: false, minify: true, target: 'chrome120',
    loader: { '.json': 'json' }, logLevel: 'error',
    // As wxt.config.ts's nlpjsCoreAlias: the exact specifier only.
    plugins: [{ name: 'nlpjs-core-shim', setup: (b) => b.onResolve({ filter: /^@nlpjs\/core$/ }, () => ({ path: shim })) }],
  });
  return out.outputFiles[0]!.text;
}

class IsolatedWorld {
  private constructor(private cdp: CDPSession, private contextId: number) {}
  static async open(page: Page, code: string): Promise<IsolatedWorld> {
    const cdp = await page.context().newCDPSession(page);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'vedtakslos-bench' })) as { executionContextId: number };
    const world = new IsolatedWorld(cdp, executionContextId);
    await world.eval(code);
    return world;
  }
  async eval<T>(expression: string): Promise<T> {
    const r = (await this.cdp.send('Runtime.evaluate', { expression, contextId: this.contextId, returnByValue: true, awaitPromise: true })) as { result: { value: T }; exceptionDetails?: { exception?: { description?: string }; text: string } };
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  }
  detach() { return this.cdp.detach(); }
}

/**
 * The re-check and its floor take tens of microseconds, and V8 optimises that code only after a few hundred
 * calls: on small, the first 100 re-checks cost about three times what they cost from keystroke 200 on (p50
 * per 100 keystrokes: 0.165, 0.07, 0.055, 0.055 … ms), and the floor's first 100 reads are slower too. A
 * caseworker types thousands of keystrokes a day, so both are sampled after this warm-up, and the first 100
 * re-checks are reported beside them (`recheckFirst100P50Ms`).
 */
const KEYSTROKE_WARM_UP = 200;

async function probeSize(page: Page, url: string, code: string, size: Size) {
  const n = QUICK ? 40 : 200;
  await page.goto(url + size + '.html');
  const world = await IsolatedWorld.open(page, code);
  const info = await world.eval<{ documentType: string; fields: number; chars: number; findings: number; crossOriginIsolated: boolean }>('VLB.setup()');
  const engine = stats(await world.eval<number[]>(`VLB.engine(${n}, 20)`));
  const engineCached = stats(await world.eval<number[]>(`VLB.engineCached(${n}, 20)`));
  const floor = stats(await world.eval<number[]>(`VLB.domReadFloor(${n}, ${KEYSTROKE_WARM_UP})`));
  const readFields = stats(await world.eval<number[]>(`VLB.readFields(${n}, 20)`));
  const fullCold = (await world.eval<number[]>(`VLB.fullCheck(1, 0)`))[0]!;
  const full = stats(await world.eval<number[]>(`VLB.fullCheck(${n}, 10)`));
  await world.eval('VLB.untouch()');
  const typed = await world.eval<number[]>(`VLB.recheck(${JSON.stringify(TYPING_FIELD[size])}, ${n + KEYSTROKE_WARM_UP}, 0)`);
  const recheck = stats(typed.slice(KEYSTROKE_WARM_UP));
  const recheckFirst = stats(typed.slice(0, 100));
  const growth = size === 'large' ? await world.eval<{ factor: number; modelChars: number; engineP50Ms: number }[]>(`VLB.growth([1, 2, 4, 8], ${QUICK ? 15 : 60})`) : undefined;
  await world.detach();
  return { info, engine, engineCached, floor, readFields, full, fullCold, recheck, recheckFirst, growth };
}

// ---------------------------------------------------------------- in-page instrumentation (main world = the host page's own code)
const HOST_PAGE_SCRIPT = `
  window.__bench = { lat: [], long: [], keyAt: 0, mutAt: 0, total: null };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('keydown', (e) => {
    const t0 = e.timeStamp;
    window.__bench.keyAt = t0;
    requestAnimationFrame(() => window.__bench.lat.push(performance.now() - t0));
  }, true);
  document.addEventListener('input', () => { window.__bench.inputAt = performance.now(); }, true);
  const watch = () => {
    const host = document.querySelector('vedtakslos-overlay');
    if (!host || !host.shadowRoot) return setTimeout(watch, 50);
    new MutationObserver(() => {
      const panel = host.shadowRoot.querySelector('[data-total]');
      const total = panel ? panel.getAttribute('data-total') : null;
      if (total !== window.__bench.total) { window.__bench.total = total; window.__bench.mutAt = performance.now(); }
    }).observe(host.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
  };
  document.addEventListener('DOMContentLoaded', watch);
`;

async function stableTotal(page: Page): Promise<string> {
  await page.waitForFunction(() => (window as any).__bench.total !== null, null, { timeout: 15000 });
  let last = await page.evaluate(() => (window as any).__bench.total);
  for (let quiet = 0; quiet < 500; quiet += 100) {
    await page.waitForTimeout(100);
    const now = await page.evaluate(() => (window as any).__bench.total);
    if (now !== last) { last = now; quiet = -100; }
  }
  return last;
}

async function focusEnd(page: Page, selector: string, suffix: string) {
  await page.evaluate(([sel, suf]) => {
    const el = document.querySelector(sel!) as HTMLTextAreaElement;
    el.focus();
    el.value = el.value.trimEnd() + suf;
    el.setSelectionRange(el.value.length, el.value.length);
  }, [selector, suffix]);
}

/**
 * Keystroke → updated findings in the shadow DOM. The typed field ends in a (synthetic, valid)
 * fødselsnummer missing its last digit: typing it adds a finding, Backspace removes it, so every
 * keystroke changes the panel's total. Measured in the page from keydown's timestamp to the
 * MutationObserver callback that sees the new total.
 */
const KEYSTROKE_WARMUP = 6;

async function keystrokes(page: Page, url: string, size: Size) {
  const n = QUICK ? 8 : 30;
  await page.goto(url + size + '.html');
  await stableTotal(page);
  await focusEnd(page, TYPING_FIELD[size], ' Fnr 0181155003');
  await page.waitForTimeout(DEBOUNCE_MS + 200);
  await stableTotal(page);
  await page.evaluate(() => { (window as any).__bench.long = []; });
  const samples: number[] = [];
  const fromInput: number[] = [];
  // The first keystrokes in a field run code the JIT has not compiled yet (both the typed digit and the
  // Backspace path); like every other probe, the samples are taken after warm-up.
  for (let i = 0; i < KEYSTROKE_WARMUP + n; i++) {
    const before = await page.evaluate(() => (window as any).__bench.total);
    await page.keyboard.press(i % 2 === 0 ? '1' : 'Backspace');
    await page.waitForFunction((b) => (window as any).__bench.total !== b, before, { timeout: 5000, polling: 20 });
    const [k, inp] = await page.evaluate(() => { const b = (window as any).__bench; return [b.mutAt - b.keyAt, b.mutAt - b.inputAt]; });
    if (i >= KEYSTROKE_WARMUP) {
      samples.push(k!);
      fromInput.push(inp!);
    }
    await page.waitForTimeout(60);
  }
  const long = await page.evaluate(() => (window as any).__bench.long as number[]);
  return { withDebounce: stats(samples), fromInput: stats(fromInput), long };
}

/** A seeded typing rhythm: pauses of 40–400 ms, so some keystrokes land while a check runs. */
function rhythm(count: number, seed = 7): number[] {
  let s = seed;
  return Array.from({ length: count }, () => 40 + ((s = (s * 1103515245 + 12345) % 2147483648) % 360));
}
// Keys of a US layout only: Playwright sends no keydown for «æøå» (it inserts them as text).
const TEXT = 'Emil sier selv at han vil fortsette med fotball og at han liker kontaktpersonen sin. ';

/** The host page's input latency (keydown → next frame), same page and keystrokes with and without the extension. */
async function typeSession(page: Page, url: string, count: number) {
  await page.goto(url + 'large.html');
  await page.waitForTimeout(300);
  if (await page.evaluate(() => !!document.querySelector('vedtakslos-overlay'))) await stableTotal(page);
  await focusEnd(page, TYPING_FIELD.large, ' ');
  await page.evaluate(() => { (window as any).__bench.lat = []; (window as any).__bench.long = []; });
  const pauses = rhythm(count);
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(TEXT[i % TEXT.length] === ' ' ? 'Space' : TEXT[i % TEXT.length]!);
    await page.waitForTimeout(pauses[i]!);
  }
  await page.waitForTimeout(DEBOUNCE_MS + 300);
  return page.evaluate(() => ({ lat: (window as any).__bench.lat as number[], long: (window as any).__bench.long as number[] }));
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const used: number[] = [];
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    used.push(((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize);
  }
  await cdp.detach();
  return Math.min(...used);
}

function machine() {
  let chromiumVersion = '';
  try { chromiumVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { /* reported empty */ }
  const model = cpus()[0]?.model ?? '';
  return { cpu: model, cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), os: `${platform()} ${release()}`, node: process.version, chromium: chromiumVersion, loadAverageAtStart: LOAD_AT_START, loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100) };
}

function linearFit(points: { factor: number; engineP50Ms: number }[]) {
  // Exponent of t ∝ k^e by least squares on log–log, over the points.
  const xs = points.map((p) => Math.log(p.factor));
  const ys = points.map((p) => Math.log(Math.max(p.engineP50Ms, 1e-3)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const e = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return e;
}

// ---------------------------------------------------------------- main
async function main() {
  const started = new Date();
  const { contentScript, pageChecker } = process.argv.includes('--no-build')
    ? { contentScript: bundleSize('content-scripts/content.js'), pageChecker: bundleSize('page-checker.js') }
    : buildExtension();
  const pages = generatePages();
  const { url, server } = await serve(pages);
  const code = await probeBundle();

  const plain = await launch(false);
  const ext = await launch(true);
  await plain.addInitScript(HOST_PAGE_SCRIPT);
  await ext.addInitScript(HOST_PAGE_SCRIPT);
  const plainPage = plain.pages()[0] ?? (await plain.newPage());
  const extPage = ext.pages()[0] ?? (await ext.newPage());

  const perSize: Record<string, any> = {};
  let longTasks: number[] = [];
  let growth: { factor: number; modelChars: number; engineP50Ms: number }[] = [];
  for (const size of SIZES) {
    log(`${size}: engine, adapter and re-check in an isolated world…`);
    const p = await probeSize(plainPage, url, code, size);
    if (p.growth) growth = p.growth;
    log(`${size}: keystroke → update with the extension…`);
    const k = await keystrokes(extPage, url, size);
    longTasks.push(...k.long);
    perSize[size] = {
      documentType: p.info.documentType,
      fields: p.info.fields,
      characters: p.info.chars,
      findings: p.info.findings,
      engineP50Ms: r3(p.engine.p50),
      engineP95Ms: r3(p.engine.p95),
      engineCachedP50Ms: r3(p.engineCached.p50),
      domReadFloorMs: r3(p.floor.p50),
      readFieldsP50Ms: r3(p.readFields.p50),
      firstFullCheckMs: r3(p.fullCold),
      fullCheckP50Ms: r3(p.full.p50),
      fullCheckP95Ms: r3(p.full.p95),
      recheckP50Ms: r3(p.recheck.p50),
      recheckP95Ms: r3(p.recheck.p95),
      recheckFirst100P50Ms: r3(p.recheckFirst.p50),
      checkOverFloor: r3(p.recheck.p50 / p.floor.p50),
      keystrokeToUpdateP50Ms: r3(k.withDebounce.p50 - DEBOUNCE_MS),
      keystrokeToUpdateP95Ms: r3(k.withDebounce.p95 - DEBOUNCE_MS),
      keystrokeToUpdateWithDebounceP95Ms: r3(k.withDebounce.p95),
      // The same, from the input event (after the browser's own key handling) instead of keydown.
      inputEventToUpdateP50Ms: r3(k.fromInput.p50 - DEBOUNCE_MS),
      inputEventToUpdateP95Ms: r3(k.fromInput.p95 - DEBOUNCE_MS),
      samples: { engine: p.engine.n, floor: p.floor.n, fullCheck: p.full.n, recheck: p.recheck.n, keystrokes: k.withDebounce.n },
      timerCrossOriginIsolated: p.info.crossOriginIsolated,
    };
  }

  log('input latency with and without the extension (alternating rounds)…');
  const rounds = QUICK ? 2 : 5;
  const keys = QUICK ? 25 : 50;
  const withExt: number[] = [];
  const without: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const a = await typeSession(plainPage, url, keys);
    without.push(...a.lat);
    const b = await typeSession(extPage, url, keys);
    withExt.push(...b.lat);
    longTasks.push(...b.long);
  }
  const lw = stats(withExt);
  const lo = stats(without);

  log('heap with and without the extension…');
  const heaps: number[] = [];
  for (let r = 0; r < (QUICK ? 1 : 3); r++) {
    await plainPage.goto(url + 'large.html');
    await plainPage.waitForTimeout(500);
    const h0 = await heapUsed(plainPage);
    await typeSession(extPage, url, 20);
    const h1 = await heapUsed(extPage);
    heaps.push(h1 - h0);
  }
  heaps.sort((a, b) => a - b);

  await ext.close();
  await plain.close();
  server.close();

  const large = perSize.large;
  const results = {
    benchmark: 'vedtakslos issue 8',
    date: started.toISOString(),
    quick: QUICK,
    machine: machine(),
    debounceMs: DEBOUNCE_MS,
    sizes: perSize,
    growth: { engineByTextFactor: growth.map((g) => ({ ...g, engineP50Ms: r3(g.engineP50Ms) })), exponent: r3(linearFit(growth)), linear: linearFit(growth) <= BUDGETS.growthExponent },
    // Medians: robust against the other jobs on a shared machine; the means and p95s are kept beside them.
    inputLatencyRatio: r3(lw.p50 / lo.p50),
    inputLatency: { withP50Ms: r3(lw.p50), withoutP50Ms: r3(lo.p50), withMeanMs: r3(lw.mean), withoutMeanMs: r3(lo.mean), meanRatio: r3(lw.mean / lo.mean), withP95Ms: r3(lw.p95), withoutP95Ms: r3(lo.p95), samplesEach: lw.n },
    longTasksOver50ms: longTasks.filter((d) => d > 50).length,
    longestTaskMs: r3(Math.max(0, ...longTasks)),
    contentScriptGzipBytes: contentScript.gzipBytes,
    contentScriptRawBytes: contentScript.rawBytes,
    contentScriptLargestSources: contentScript.largestRawBytes,
    // Injected by the background only into frames where a document can be written (content/page-checker-handoff.ts).
    pageCheckerGzipBytes: pageChecker.gzipBytes,
    pageCheckerRawBytes: pageChecker.rawBytes,
    pageCheckerLargestSources: pageChecker.largestRawBytes,
    heapAddedBytes: heaps[Math.floor(heaps.length / 2)]!,
    budgets: BUDGETS,
    verdict: {} as Record<string, boolean>,
  };
  const v = results.verdict;
  v.engineP95MsLarge = large.engineP95Ms <= BUDGETS.engineP95MsLarge;
  v.fullCheckP95MsLarge = large.fullCheckP95Ms <= BUDGETS.fullCheckP95MsLarge;
  v.checkOverFloor = SIZES.every((s) => perSize[s].checkOverFloor <= BUDGETS.checkOverFloor);
  v.keystrokeToUpdateP95Ms = SIZES.every((s) => perSize[s].keystrokeToUpdateP95Ms <= BUDGETS.keystrokeToUpdateP95Ms);
  v.inputLatencyRatio = results.inputLatencyRatio <= BUDGETS.inputLatencyRatio;
  v.longTasksOver50ms = results.longTasksOver50ms <= BUDGETS.longTasksOver50ms;
  v.contentScriptGzipBytes = results.contentScriptGzipBytes <= BUDGETS.contentScriptGzipBytes;
  v.pageCheckerGzipBytes = results.pageCheckerGzipBytes <= BUDGETS.contentScriptGzipBytes;
  v.heapAddedBytes = results.heapAddedBytes <= BUDGETS.heapAddedBytes;
  v.growthLinear = results.growth.linear;

  const file = resolve(ROOT, 'bench/results.json');
  writeFileSync(`${file}.tmp`, JSON.stringify(results, null, 2) + '\n');
  renameSync(`${file}.tmp`, file);
  printTable(results);
  const missed = Object.entries(v).filter(([, ok]) => !ok).map(([k]) => k);
  console.log(missed.length ? `\nBudgets missed: ${missed.join(', ')}` : '\nAll budgets met.');
  process.exit(missed.length ? 1 : 0);
}

function printTable(r: any) {
  const rows: [string, string, string, string, string][] = [];
  const ok = (b: boolean) => (b ? 'ok' : 'OVER');
  for (const s of SIZES) {
    const x = r.sizes[s];
    rows.push([`engine p50 / p95 (${s})`, `${x.engineP50Ms} / ${x.engineP95Ms} ms`, s === 'large' ? `≤ ${BUDGETS.engineP95MsLarge} ms (p95)` : '', s === 'large' ? ok(r.verdict.engineP95MsLarge) : '', `${x.fields} fields, ${x.characters} chars`]);
    rows.push([`full check p95 (${s})`, `${x.fullCheckP95Ms} ms`, s === 'large' ? `≤ ${BUDGETS.fullCheckP95MsLarge} ms` : '', s === 'large' ? ok(r.verdict.fullCheckP95MsLarge) : '', `floor ${x.domReadFloorMs} ms`]);
    rows.push([`re-check / floor (${s})`, `${x.checkOverFloor}`, `≤ ${BUDGETS.checkOverFloor}`, ok(x.checkOverFloor <= BUDGETS.checkOverFloor), `re-check p50 ${x.recheckP50Ms} ms`]);
    rows.push([`keystroke→update p95 (${s})`, `${x.keystrokeToUpdateP95Ms} ms`, `≤ ${BUDGETS.keystrokeToUpdateP95Ms} ms`, ok(x.keystrokeToUpdateP95Ms <= BUDGETS.keystrokeToUpdateP95Ms), `p50 ${x.keystrokeToUpdateP50Ms}; ${x.keystrokeToUpdateWithDebounceP95Ms} ms with the debounce; from input event ${x.inputEventToUpdateP95Ms}`]);
  }
  rows.push(['engine growth 1×→8× text', `exponent ${r.growth.exponent}`, `≤ ${BUDGETS.growthExponent} (linear)`, ok(r.growth.linear), r.growth.engineByTextFactor.map((g: any) => `${g.factor}×:${g.engineP50Ms}`).join(' ')]);
  rows.push(['input latency ratio', `${r.inputLatencyRatio}`, `≤ ${BUDGETS.inputLatencyRatio}`, ok(r.verdict.inputLatencyRatio), `p50 ${r.inputLatency.withP50Ms} vs ${r.inputLatency.withoutP50Ms} ms; mean ratio ${r.inputLatency.meanRatio}`]);
  rows.push(['long tasks > 50 ms', `${r.longTasksOver50ms}`, '0', ok(r.verdict.longTasksOver50ms), `longest ${r.longestTaskMs} ms`]);
  rows.push(['content script gzip (every page)', `${(r.contentScriptGzipBytes / 1024).toFixed(1)} kB`, '≤ 40 kB', ok(r.verdict.contentScriptGzipBytes), `${(r.contentScriptRawBytes / 1024).toFixed(0)} kB raw; the loader`]);
  rows.push(['page checker gzip (document pages)', `${(r.pageCheckerGzipBytes / 1024).toFixed(1)} kB`, '≤ 40 kB', ok(r.verdict.pageCheckerGzipBytes), `${(r.pageCheckerRawBytes / 1024).toFixed(0)} kB raw; injected where a document is written`]);
  rows.push(['heap added', `${(r.heapAddedBytes / 2 ** 20).toFixed(2)} MB`, '≤ 5 MB', ok(r.verdict.heapAddedBytes), '']);
  const w = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((row) => row[i].length)));
  console.log(rows.map((row) => row.map((c, i) => c.padEnd(w[i]!)).join('  ')).join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
