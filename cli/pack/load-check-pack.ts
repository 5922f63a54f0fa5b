import { compilePack, type CompiledPack } from '../../rules/engine';
import type { PackError } from '../../rules/pack/issues';
import { PackResolutionError, resolvePackWithWarnings } from '../../rules/pack/layering';
import type { Pack } from '../../rules/pack/schema';
import { standardPack } from '../../rules/standard';
import { InputError } from '../input-error';
import { readPackFile } from './read-pack-file';

/** The packs a pack file may extend: only the built-in standard pack (the CLI has no pack store). */
export function builtInPack(id: string): Pack | undefined {
  return id === standardPack.id ? standardPack : undefined;
}

export interface CheckPack {
  compiled: CompiledPack;
  warnings: PackError[];
}

/** The pack `check` runs: `--pack FILE` resolved against the standard pack and compiled, or the standard pack. */
export async function loadCheckPack(file: string | undefined, cwd: string): Promise<CheckPack> {
  if (file === undefined) return { compiled: compilePack(standardPack), warnings: [] };
  const { pack, warnings } = await readPackFile(file, cwd);
  const resolved = resolveAgainstBuiltIns(pack, file);
  return { compiled: compilePack(resolved.pack), warnings: [...warnings, ...resolved.warnings] };
}

/** `extends` and `overrides` applied; a missing base pack is bad input (exit 2). */
export function resolveAgainstBuiltIns(pack: Pack, file: string): { pack: Pack; warnings: PackError[] } {
  try {
    return resolvePackWithWarnings(pack, builtInPack);
  } catch (error) {
    if (!(error instanceof PackResolutionError)) throw error;
    throw new InputError(`${file}: extends: ${error.message}. Kommandolinjen kjenner bare «${standardPack.id}».`);
  }
}
