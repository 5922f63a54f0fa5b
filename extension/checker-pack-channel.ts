import { browser } from '#imports';
import { looksLikeCheckerPack, type CheckerPack } from './checker-pack';

/**
 * How the checker pack travels from the background to the pages: one key in `storage.local`, written
 * only by the background, read and watched by the content script, the popup and the training page.
 * Plain browser.storage, so the content script needs no storage library.
 */
export const CHECKER_PACK_KEY = 'checkerPack';
/** Asks the background to put the checker pack together now (when storage has none yet). */
export const CHECKER_PACK_REQUEST = 'vedtakslos:checker-pack';

export async function readStoredCheckerPack(): Promise<CheckerPack | null> {
  const stored = (await browser.storage.local.get(CHECKER_PACK_KEY))[CHECKER_PACK_KEY];
  return looksLikeCheckerPack(stored) ? stored : null;
}

/** The checker pack in storage, or the one the background makes on request; null if neither answers. */
export async function loadCheckerPack(): Promise<CheckerPack | null> {
  const stored = await readStoredCheckerPack().catch(() => null);
  if (stored) return stored;
  const answer: unknown = await browser.runtime.sendMessage({ type: CHECKER_PACK_REQUEST }).catch(() => null);
  return looksLikeCheckerPack(answer) ? answer : null;
}

export function watchCheckerPack(onChange: (next: CheckerPack) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[CHECKER_PACK_KEY]?.newValue;
    if (area === 'local' && looksLikeCheckerPack(next)) onChange(next);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function storeCheckerPack(checkerPack: CheckerPack): Promise<void> {
  await browser.storage.local.set({ [CHECKER_PACK_KEY]: checkerPack });
}
