import { compilePack, type CompiledPack } from '@/rules/engine';
import { resolvePack } from '@/rules/pack/layering';
import { validatePack, type PackError } from '@/rules/pack/validate';
import type { Pack } from '@/rules/pack/schema';
import { standardPack } from '@/rules/standard';
import { BUILT_IN_ADAPTERS } from '@/adapters/sites';
import type { SiteAdapter } from '@/adapters/schema';

/** The pack the checker uses, compiled once, with what the page adapters take from it. */
export interface ActivePack {
  pack: Pack;
  compiled: CompiledPack;
  vocabulary: Record<string, string[]> | undefined;
  adapters: SiteAdapter[];
  source: 'standard' | 'published';
}

export type ActivatePackResult = { ok: true; active: ActivePack } | { ok: false; errors: PackError[] };

const BUILT_IN_PACKS: Record<string, Pack> = { [standardPack.id]: standardPack };

export function standardActivePack(): ActivePack {
  return activate(standardPack, 'standard');
}

/**
 * Validates, resolves (`extends` against the built-in packs) and compiles a published pack. On any
 * error the caller keeps the pack it had: a broken pack never replaces a working one.
 */
export function activatePublishedPack(input: unknown): ActivatePackResult {
  if (input === null || input === undefined) return { ok: true, active: standardActivePack() };
  const validated = validatePack(input);
  if (!validated.ok) return validated;
  try {
    const resolved = resolvePack(validated.pack, (id) => BUILT_IN_PACKS[id]);
    return { ok: true, active: activate(resolved, 'published') };
  } catch (error) {
    return { ok: false, errors: [{ path: 'extends', message: error instanceof Error ? error.message : String(error) }] };
  }
}

function activate(pack: Pack, source: ActivePack['source']): ActivePack {
  return { pack, compiled: compilePack(pack), vocabulary: pack.vocabulary, adapters: BUILT_IN_ADAPTERS, source };
}
