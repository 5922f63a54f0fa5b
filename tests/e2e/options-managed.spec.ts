import { chromium, test, expect, type BrowserContext } from '@playwright/test';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath, extensionPath } from './support/browser';
import { waitForStableTotal } from './support/overlay';
import { startDemoServer } from '../../demo/server.mjs';


/** The extension API inside the pages and worker the tests evaluate code in. */
declare const chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> }; local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } };

/**
 * Fleet deployment: Debian's Chromium serves enterprise policy from /etc/chromium/policies/managed/*.json
 * to the extension through `storage.managed` (`3rdparty.extensions.<id>`). The test loads a copy of the
 * built extension from its own folder (so its id — derived from the path — is ours alone and other tests'
 * browsers are not affected), writes a policy for that id, and checks that the workbench shows the
 * managed settings, fetched the pack from the configured origin only, and refuses local publishing.
 * Skipped where the policy folder cannot be written (not root).
 */
const POLICY_DIR = '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits as a–p. */
function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const managedPack = {
  id: 'oslo.bydel-nord',
  version: '3.1.0',
  language: 'nb',
  extends: 'standard',
  metadata: { name: 'Oslo kommune – godkjent pakke' },
  overrides: { 'mal-tiltak/vage-mal': { enabled: false } },
  rules: [],
};

interface Site {
  url: string;
  hits: string[];
  close(): Promise<void>;
}

/** The «intranet»: serves the pack, and a path that redirects to another origin. */
async function intranet(redirectTo?: string): Promise<Site> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/vedtakslos/pakke.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(JSON.stringify(managedPack));
    } else if (req.url === '/videre.json' && redirectTo) {
      res.writeHead(302, { location: redirectTo, 'access-control-allow-origin': '*' }).end();
    } else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, hits, close: () => new Promise((ok) => server.close(() => ok())) };
}

async function launchManaged(policy: Record<string, unknown>): Promise<{ context: BrowserContext; id: string; cleanup(): Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'vedtakslos-managed-'));
  const ext = join(folder, 'ext');
  await cp(extensionPath, ext, { recursive: true });
  const id = unpackedExtensionId(ext);
  const policyFile = join(POLICY_DIR, `zz-vedtakslos-e2e-${id}.json`);
  await writeFile(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(ext),
  });
  return {
    context,
    id,
    async cleanup() {
      await context.close().catch(() => {});
      await rm(policyFile, { force: true });
      await rm(folder, { recursive: true, force: true });
    },
  };
}

let canWritePolicy = false;
test.beforeAll(async () => {
  try {
    await mkdir(POLICY_DIR, { recursive: true });
    const probe = join(POLICY_DIR, `.probe-${process.pid}`);
    await writeFile(probe, '{}');
    await rm(probe);
    canWritePolicy = true;
  } catch {
    canWritePolicy = false;
  }
});

test('managed policy: the pack comes from the configured intranet URL, and local publishing is closed', async () => {
  test.skip(!canWritePolicy, `cannot write ${POLICY_DIR}`);
  const site = await intranet();
  const { context, id, cleanup } = await launchManaged({
    packUrl: `${site.url}/vedtakslos/pakke.json`,
    fagsystemOrigins: ['https://fagsystem.kommune.no/*'],
    adapters: ['fagsystem-demo'],
    ikkeIskjema: 'dropped by Chromium',
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    expect(new URL(worker.url()).host).toBe(id);
    await expect.poll(() => worker.evaluate(() => chrome.storage.managed.get()), { timeout: 20_000 }).toMatchObject({
      packUrl: `${site.url}/vedtakslos/pakke.json`,
    });
    expect(await worker.evaluate(() => chrome.storage.managed.get())).not.toHaveProperty('ikkeIskjema');

    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    const notice = page.getByTestId('managed-notice');
    await expect(notice).toContainText('Innstillingene styres av kommunen');
    await expect(notice).toContainText('Oslo kommune – godkjent pakke');
    await expect(notice).toContainText('https://fagsystem.kommune.no');
    await expect(page.getByTestId('in-force')).toContainText('(administrert)');
    expect(site.hits).toContain('/vedtakslos/pakke.json');

    // A local pack can still be tried out, but not published.
    await page.getByLabel('Ny lokal pakke som bygger på standardpakken:').fill('Prøve');
    await page.getByRole('button', { name: 'Lag lokal pakke', exact: true }).click();
    await expect(page.getByTestId('publish')).toBeDisabled();
    await expect(page.locator('.wb-savebar')).toContainText('styres av administrator');
  } finally {
    await cleanup();
    await site.close();
  }
});

test('managed policy: a pack URL that redirects to another origin is refused', async () => {
  test.skip(!canWritePolicy, `cannot write ${POLICY_DIR}`);
  const other = await intranet();
  const site = await intranet(`${other.url}/vedtakslos/pakke.json`);
  const { context, id, cleanup } = await launchManaged({ packUrl: `${site.url}/videre.json` });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await expect.poll(() => worker.evaluate(() => chrome.storage.managed.get()), { timeout: 20_000 }).toHaveProperty('packUrl');
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    const notice = page.getByTestId('managed-notice');
    await expect(notice).toContainText('kunne ikke brukes');
    await expect(notice.getByTestId('pack-errors')).toContainText('packUrl');
    await expect(page.getByTestId('in-force')).toContainText('Nasjonal standardpakke');
    expect(other.hits).toEqual([]);
  } finally {
    await cleanup();
    await site.close();
    await other.close();
  }
});

test('managed policy: the checker on a fagsystem page uses the municipality\'s pack', async () => {
  test.skip(!canWritePolicy, `cannot write ${POLICY_DIR}`);
  const site = await intranet();
  const demo = await startDemoServer({ port: 0 });
  const { context, cleanup } = await launchManaged({ packUrl: `${site.url}/vedtakslos/pakke.json` });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The background fetches the approved pack once; the content script reads the cached copy.
    await expect.poll(() => site.hits.includes('/vedtakslos/pakke.json'), { timeout: 20_000 }).toBe(true);
    await expect
      .poll(() => worker.evaluate(() => chrome.storage.local.get('managedPackCache').then((v) => Object.keys(v).length)), { timeout: 10_000 })
      .toBe(1);
    const page = await context.newPage();
    await page.goto(`${demo.url.replace(/\/$/, '')}/#/sak/emil-holtevik/tiltaksplan`);
    expect(await waitForStableTotal(page)).toBeGreaterThan(0);
    // The standard pack reports vague goals in this plan; the managed pack switches that rule off.
    await expect(page.locator('vedtakslos-overlay [data-rule-id="mal-tiltak/ansvarlig-per-tiltak"]').first()).toBeAttached();
    await expect(page.locator('vedtakslos-overlay [data-rule-id="mal-tiltak/vage-mal"]')).toHaveCount(0);
  } finally {
    await cleanup();
    await demo.close();
    await site.close();
  }
});
