import { BUILT_IN_ADAPTERS } from '@/adapters/sites';
import { resolvePublishedPack, standardCheckerPack } from './active-pack';
import type { CheckerPack } from './checker-pack';
import type { ManagedPolicy } from './managed-policy';

export interface CheckerPackInputs {
  /** `local:publishedPack` as stored: unknown until validated. */
  published: unknown;
  managed: ManagedPolicy | null;
  /** The checker pack in force now, if any. */
  previous: CheckerPack | null;
}

/**
 * Which pack the checker uses: the administrator's managed pack wins over the pack the quality lead
 * published, which wins over the standard pack. A published pack that does not validate or resolve
 * does not replace the one in force (the last good pack stays); a broken managed pack is passed over.
 * Only the site adapters the policy names are used (all when it names none).
 */
export function selectCheckerPack({ published, managed, previous }: CheckerPackInputs): CheckerPack {
  const fromPolicy = managed?.pack ? resolvePublishedPack(managed.pack) : null;
  let chosen: CheckerPack;
  if (fromPolicy?.ok) chosen = { ...fromPolicy.checkerPack, source: 'managed' };
  else {
    const local = resolvePublishedPack(published);
    if (local.ok) chosen = local.checkerPack;
    else chosen = previous?.source === 'published' ? previous : standardCheckerPack();
  }
  const allowed = managed?.adapters;
  return { ...chosen, adapters: allowed ? BUILT_IN_ADAPTERS.filter((a) => allowed.includes(a.id)) : BUILT_IN_ADAPTERS };
}
