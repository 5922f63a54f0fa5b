import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { startDemoServer } from '../../../demo/server.mjs';
import { launchWithExtension } from './browser';
import { serveFolders, type StaticServer } from './static-server';

interface Fixtures {
  context: BrowserContext;
  page: Page;
  /** Every request any page, frame or extension context made, as URLs. */
  requests: string[];
}
interface WorkerFixtures {
  demoUrl: string;
  pagesUrl: string;
}

/** Tests run against the built extension in Debian's Chromium and the Fagsystem-demo on localhost. */
export const test = base.extend<Fixtures, WorkerFixtures>({
  demoUrl: [
    async ({}, use) => {
      const server = await startDemoServer({ port: 0 });
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  pagesUrl: [
    async ({}, use) => {
      const server: StaticServer = await serveFolders({ '/pages': 'tests/fixtures/pages', '/editors': 'tests/e2e/editors' });
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  requests: async ({}, use) => {
    await use([]);
  },
  context: async ({ requests }, use) => {
    const context = await launchWithExtension();
    context.on('request', (request) => requests.push(request.url()));
    await use(context);
    await context.close();
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect } from '@playwright/test';

/** Requests that left the machine or went anywhere but the test's own local servers. */
export function foreignRequests(requests: string[], allowedOrigins: string[]): string[] {
  return requests.filter((url) => {
    if (/^(chrome-extension|data|blob|about):/.test(url)) return false;
    return !allowedOrigins.some((origin) => url.startsWith(`${origin}/`) || url === origin);
  });
}

/** Replaces a field's content the way a user does: select all, then type. */
export async function retype(page: Page, selector: string, text: string): Promise<void> {
  const field = page.locator(selector);
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text, { delay: 5 });
}
