import { chromium, type BrowserContext } from '@playwright/test';
import { resolve } from 'node:path';

export const extensionPath = resolve('.output/chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium's flags for every test and benchmark browser: the background-networking flags keep Chromium
 * itself from calling home, so every request seen comes from the page or the extension.
 */
export function chromiumArgs(extension: string | null, extra: string[] = []): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    ...extra,
  ];
}

/**
 * Debian's Chromium with the built extension loaded. The background-networking flags keep Chromium
 * itself from calling home, so every request the tests see comes from the page or the extension.
 */
export async function launchWithExtension(opts: { headless?: boolean; withExtension?: boolean } = {}): Promise<BrowserContext> {
  const withExtension = opts.withExtension ?? true;
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless: opts.headless ?? true,
    viewport: { width: 1400, height: 1000 },
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    args: chromiumArgs(withExtension ? extensionPath : null),
  });
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}
