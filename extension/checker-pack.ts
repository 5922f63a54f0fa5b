import type { CompiledPack } from '@/rules/engine/evaluate';
import type { RuleFailure } from '@/rules/engine/finding';
import type { Pack } from '@/rules/pack/schema';
import type { SiteAdapter } from '@/adapters/schema';

/**
 * The pack the checker on a page uses, as plain data: already validated and resolved, with the site
 * adapters the policy allows. The background puts it together (checker-pack-select.ts) and keeps it in
 * storage; the content script only activates it, so it carries neither the validator, nor the check of
 * rule configurations (regex safety included), nor the standard pack's texts.
 */
export interface CheckerPack {
  pack: Pack;
  /** Enabled rules whose configuration is faulty, as the background's `compilePack` found them: reported, never run. */
  broken: RuleFailure[];
  adapters: SiteAdapter[];
  source: 'standard' | 'published' | 'managed';
}

/** A checker pack compiled for the engine, with what the page adapters take from it. */
export interface ActivePack extends CheckerPack {
  compiled: CompiledPack;
  vocabulary: Record<string, string[]> | undefined;
}

export function activateCheckerPack(checkerPack: CheckerPack): ActivePack {
  return { ...checkerPack, compiled: compiledFrom(checkerPack), vocabulary: checkerPack.pack.vocabulary };
}

/** What `compilePack` gives, from what the background found: no rule configuration is checked again on the page. */
function compiledFrom({ pack, broken }: CheckerPack): CompiledPack {
  const skip = new Set(broken.map((b) => b.ruleId));
  return { pack, rules: pack.rules.filter((rule) => rule.enabled !== false && !skip.has(rule.id)), broken };
}

/**
 * A cheap check of what came out of storage (only the background writes it, after full validation):
 * enough to fall back instead of throwing on a value an older version left behind.
 */
export function looksLikeCheckerPack(value: unknown): value is CheckerPack {
  const v = value as Partial<CheckerPack> | null;
  return !!v && typeof v === 'object' && !!v.pack && Array.isArray(v.pack.rules) && Array.isArray(v.broken) && Array.isArray(v.adapters)
    && (v.source === 'standard' || v.source === 'published' || v.source === 'managed');
}
