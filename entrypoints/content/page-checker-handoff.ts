import type { Preferences } from '@/extension/settings';
import type { Lifecycle } from './page-watch';

/**
 * The content script is split in two so that every fagsystem page pays only for a small loader:
 * the loader (content/index.ts, on every matching page) waits until the page has somewhere a document
 * could be written, then asks the background to inject the page checker (entrypoints/page-checker.ts:
 * adapters, engine, overlay) into its frame. Both run in the same isolated world; the page checker
 * leaves its start function under this key and the loader calls it with its own lifecycle, so an
 * extension update or unload stops both.
 */
export const LOAD_PAGE_CHECKER = 'vedtakslos:load-page-checker';
/** WXT's output path for entrypoints/page-checker.ts. */
export const PAGE_CHECKER_FILE = '/page-checker.js';
export const PAGE_CHECKER_KEY = Symbol.for('vedtakslos.page-checker');

export type StartPageChecker = (ctx: Lifecycle, preferences: Preferences) => Promise<void>;

export function handOverPageChecker(start: StartPageChecker): void {
  (globalThis as Record<symbol, unknown>)[PAGE_CHECKER_KEY] = start;
}

export function takePageChecker(): StartPageChecker | null {
  const start = (globalThis as Record<symbol, unknown>)[PAGE_CHECKER_KEY];
  return typeof start === 'function' ? (start as StartPageChecker) : null;
}
