import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromiumArgs, chromiumPath, extensionPath } from './browser';
import { test as fixturesTest } from './fixtures';

/**
 * Observation helpers for the security and privacy tests (tests/e2e/SECURITY.md).
 *
 * Network: two independent witnesses.
 * 1. Playwright's `context.on('request')`. Since Playwright 1.4x, Chromium service workers' requests are
 *    reported there too (`request.serviceWorker()` is set) unless PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK
 *    is set; extension pages opened as tabs are ordinary pages; content-script fetches run in the page's
 *    renderer and are the page's requests.
 * 2. Chromium's own NetLog (`--log-net-log`), written by the browser process: every URL request any
 *    renderer, worker or the browser itself made, with its initiator origin. Chromium's own background
 *    calls (component updater, account check, autofill predictions) carry the initiator «not an origin»
 *    and fail here (no network); requests from our extension's contexts carry `chrome-extension://<id>`,
 *    and a content script's fetch carries the page's origin.
 */

export interface ObservedRequest {
  url: string;
  /** 'service-worker' when a service worker made it, else the URL of the page (or extension page) that did. */
  from: string;
}

export interface NetLogRequest {
  url: string;
  initiator: string;
  method: string;
}

export interface Observed {
  context: BrowserContext;
  requests: ObservedRequest[];
  profileDir: string;
  /** Closes the browser and returns every URL request the NetLog recorded (empty without `netLog`). */
  close(): Promise<NetLogRequest[]>;
}

export async function launchObserved(opts: { withExtension?: boolean; netLog?: boolean } = {}): Promise<Observed> {
  const withExtension = opts.withExtension ?? true;
  // VL_EXTENSION_PATH: load another build, e.g. a copy with a deliberately injected leak, to prove a test fails.
  const extension = process.env.VL_EXTENSION_PATH ?? extensionPath;
  const profileDir = mkdtempSync(join(tmpdir(), 'vl-sec-profile-'));
  const netLogPath = opts.netLog ? join(mkdtempSync(join(tmpdir(), 'vl-sec-netlog-')), 'netlog.json') : '';
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    args: chromiumArgs(withExtension ? extension : null, opts.netLog ? [`--log-net-log=${netLogPath}`, '--net-log-capture-mode=Default'] : []),
  });
  const requests: ObservedRequest[] = [];
  context.on('request', (request) => {
    let from = 'service-worker';
    if (!request.serviceWorker()) {
      try {
        from = request.frame().url();
      } catch {
        from = 'unknown';
      }
    }
    requests.push({ url: request.url(), from });
  });
  return {
    context,
    requests,
    profileDir,
    async close() {
      await context.close();
      if (!opts.netLog) return [];
      const log = JSON.parse(readFileSync(netLogPath, 'utf8')) as {
        constants: { logEventTypes: Record<string, number> };
        events: Array<{ type: number; params?: { url?: string; initiator?: string; method?: string } }>;
      };
      rmSync(dirname(netLogPath), { recursive: true, force: true });
      const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
      return log.events
        .filter((e) => e.type === start && typeof e.params?.url === 'string')
        .map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? '', method: e.params!.method ?? '' }));
    },
  };
}

/** Whether a URL stays on this machine (loopback) or inside the browser (extension, data, blob, about). */
export function isLocal(url: string): boolean {
  if (/^(chrome-extension|data|blob|about|chrome):/.test(url)) return true;
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * chrome.storage.local / session / sync (storage.managed is read-only policy), read in the service worker
 * when it is running, else in an extension page (`chrome.storage.session` is shared by both).
 */
export async function dumpChromeStorage(
  context: BrowserContext,
  extensionPage: Page,
): Promise<Record<'local' | 'session' | 'sync', Record<string, unknown>>> {
  const worker = context.serviceWorkers()[0];
  const read = async () => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    return {
      local: await c.storage.local.get(null),
      session: await c.storage.session.get(null),
      sync: await c.storage.sync.get(null),
    };
  };
  if (worker) {
    try {
      return await worker.evaluate(read);
    } catch {
      // The worker went idle between the lookup and the call.
    }
  }
  return extensionPage.evaluate(read);
}

/**
 * Everything an origin keeps in its web storage, read from a page of that origin: every IndexedDB database
 * (every store, every record, as JSON), localStorage, sessionStorage, Cache Storage entries (URLs and bodies).
 */
export async function dumpOriginStorage(page: Page): Promise<{ databases: string[]; text: string }> {
  return page.evaluate(async () => {
    const out: Record<string, unknown> = {};
    const names: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      names.push(info.name);
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const stores: Record<string, unknown> = {};
      for (const store of Array.from(db.objectStoreNames)) {
        stores[store] = await new Promise((ok, fail) => {
          const tx = db.transaction(store, 'readonly');
          const s = tx.objectStore(store);
          const all = s.getAll();
          const keys = s.getAllKeys();
          tx.oncomplete = () => ok({ keys: keys.result, values: all.result });
          tx.onerror = () => fail(tx.error);
        });
      }
      db.close();
      out[`idb:${info.name}`] = stores;
    }
    out.localStorage = { ...localStorage };
    out.sessionStorage = { ...sessionStorage };
    if (typeof caches !== 'undefined') {
      for (const key of await caches.keys()) {
        const cache = await caches.open(key);
        const entries: string[] = [];
        for (const req of await cache.keys()) entries.push(`${req.url} ${await (await cache.match(req))!.text()}`);
        out[`cache:${key}`] = entries;
      }
    }
    const seen = new WeakSet<object>();
    const text = JSON.stringify(out, (_k, v) => {
      if (v instanceof Blob) return `[blob ${v.size}]`;
      if (v && typeof v === 'object') {
        if (seen.has(v)) return '[seen]';
        seen.add(v);
      }
      return v;
    });
    return { databases: names.sort(), text };
  });
}

/**
 * The files of a browser profile that contain any of the strings (as UTF-8, UTF-16LE or Latin-1 bytes):
 * a check below every API, on what Chromium actually wrote to disk.
 */
export function profileFilesContaining(dir: string, needles: string[]): string[] {
  const patterns = needles.flatMap((n) => [Buffer.from(n, 'utf8'), Buffer.from(n, 'utf16le'), Buffer.from(n, 'latin1')]);
  const hits: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && st.size < 64 * 1024 * 1024) {
        const body = readFileSync(p);
        if (patterns.some((pat) => body.includes(pat))) hits.push(p.slice(dir.length + 1));
      }
    }
  };
  walk(dir);
  return hits.sort();
}

/**
 * The light DOM of a document as markup, without our `<vedtakslos-overlay>` host: a host page that has
 * gained no attribute, no node and no changed value serialises the same as without the extension.
 * Form values and checkedness are appended (they are not attributes), and same-origin iframes are included.
 */
export async function lightDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const serialise = (doc: Document): string => {
      const clone = doc.documentElement.cloneNode(true) as HTMLElement;
      for (const el of Array.from(clone.querySelectorAll('vedtakslos-overlay'))) el.remove();
      const values = Array.from(doc.querySelectorAll('input,textarea,select')).map((el) => {
        const e = el as HTMLInputElement;
        return `${e.id || e.name || e.tagName}=${JSON.stringify(e.value)}|${e.checked}`;
      });
      const frames = Array.from(doc.querySelectorAll('iframe')).map((f) => {
        try {
          return f.contentDocument ? serialise(f.contentDocument) : '';
        } catch {
          return '[cross-origin]';
        }
      });
      return [clone.outerHTML, ...values, ...frames].join('\n');
    };
    return serialise(document);
  });
}

/**
 * The shared fixtures (support/fixtures.ts) with the browser launched by launchObserved, so that
 * VL_EXTENSION_PATH can point a run at a deliberately broken build (see tests/e2e/SECURITY.md, «Kan testene feile?»).
 */
export const observedTest = fixturesTest.extend({
  context: async ({ requests }, use) => {
    const obs = await launchObserved();
    obs.context.on('request', (request) => requests.push(request.url()));
    await use(obs.context);
    await obs.close();
    rmSync(obs.profileDir, { recursive: true, force: true });
  },
});
