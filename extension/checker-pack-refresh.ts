import { readStoredCheckerPack, storeCheckerPack } from './checker-pack-channel';
import type { CheckerPack } from './checker-pack';
import { selectCheckerPack } from './checker-pack-select';
import { loadManagedPolicy } from './managed-policy';
import { publishedPackItem } from './settings';

let queue: Promise<unknown> = Promise.resolve();

/**
 * The background's half of the channel: puts the checker pack together from what is published and
 * what the policy says, and stores it when it changed. Calls run one after another, so two triggers
 * close together (install and a publish) cannot store an older result last.
 */
export function refreshCheckerPack(): Promise<CheckerPack> {
  const run = queue.then(async () => {
    const [published, managed, previous] = await Promise.all([
      publishedPackItem.getValue().catch(() => null),
      loadManagedPolicy({ fetchPack: false }).catch(() => null),
      readStoredCheckerPack().catch(() => null),
    ]);
    const next = selectCheckerPack({ published, managed, previous });
    if (JSON.stringify(next) !== JSON.stringify(previous)) await storeCheckerPack(next);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}
