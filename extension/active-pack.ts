import { resolvePack } from '@/rules/pack/layering';
import { validatePack, type PackError } from '@/rules/pack/validate';
import type { Pack } from '@/rules/pack/schema';
import { standardPack } from '@/rules/standard';
import { BUILT_IN_ADAPTERS } from '@/adapters/sites';
import { compilePack } from '@/rules/engine/evaluate';
import { activateCheckerPack, type ActivePack, type CheckerPack } from './checker-pack';

export type { ActivePack } from './checker-pack';

export type ResolvePackResult = { ok: true; checkerPack: CheckerPack } | { ok: false; errors: PackError[] };
export type ActivatePackResult = { ok: true; active: ActivePack } | { ok: false; errors: PackError[] };

const BUILT_IN_PACKS: Record<string, Pack> = { [standardPack.id]: standardPack };

/** A validated, resolved pack as the pages get it, with its faulty rules found here (compilePack), not on every page. */
function checkerPackOf(pack: Pack, source: CheckerPack['source']): CheckerPack {
  return { pack, broken: compilePack(pack).broken, adapters: BUILT_IN_ADAPTERS, source };
}

export function standardCheckerPack(): CheckerPack {
  return checkerPackOf(standardPack, 'standard');
}

export function standardActivePack(): ActivePack {
  return activateCheckerPack(standardCheckerPack());
}

/**
 * Validates a published (or managed) pack and resolves its `extends` against the built-in packs; nothing
 * published means the standard pack. On any error the caller keeps the pack it had: a broken pack never
 * replaces a working one.
 */
export function resolvePublishedPack(input: unknown): ResolvePackResult {
  if (input === null || input === undefined) return { ok: true, checkerPack: standardCheckerPack() };
  const validated = validatePack(input);
  if (!validated.ok) return validated;
  try {
    const resolved = resolvePack(validated.pack, (id) => BUILT_IN_PACKS[id]);
    return { ok: true, checkerPack: checkerPackOf(resolved, 'published') };
  } catch (error) {
    return { ok: false, errors: [{ path: 'extends', message: error instanceof Error ? error.message : String(error) }] };
  }
}

/** resolvePublishedPack, compiled for the engine (the workbench's preview, publishing, the training page). */
export function activatePublishedPack(input: unknown): ActivatePackResult {
  const resolved = resolvePublishedPack(input);
  return resolved.ok ? { ok: true, active: activateCheckerPack(resolved.checkerPack) } : resolved;
}
