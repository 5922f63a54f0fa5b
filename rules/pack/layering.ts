import type { Pack, Rule, RuleOverride } from './schema';
import type { PackError } from './issues';

/**
 * Layered packs, like ESLint configs or Vale styles: a municipal pack `extends` the national one and may
 * disable a rule, change its severity, parameters or texts (`overrides`), add rules, or replace a rule by
 * giving one with the same id. The result is one self-contained pack: the base's rules first (in their
 * order, overridden), then the pack's new rules; id, version, language and metadata are the extending
 * pack's; vocabularies are merged.
 */
export type PackLookup = (id: string) => Pack | undefined;

export class PackResolutionError extends Error {}

export interface ResolvedPack {
  pack: Pack;
  /** Overrides for rules that the base does not have (e.g. after the national pack removed one). */
  warnings: PackError[];
}

function applyOverride(rule: Rule, override: RuleOverride): Rule {
  const next: Rule = { ...rule };
  if (override.enabled !== undefined) next.enabled = override.enabled;
  if (override.severity !== undefined) next.severity = override.severity;
  if (override.params !== undefined) next.params = { ...rule.params, ...override.params };
  if (override.message !== undefined) next.message = override.message;
  if (override.why !== undefined) next.why = override.why;
  if (override.example !== undefined) next.example = override.example;
  return next;
}

function mergeVocabulary(base: Pack['vocabulary'], own: Pack['vocabulary']): Pack['vocabulary'] {
  if (!base) return own;
  if (!own) return base;
  const merged: Record<string, string[]> = { ...base };
  for (const [field, labels] of Object.entries(own)) merged[field] = [...new Set([...(base[field] ?? []), ...labels])];
  return merged;
}

function resolve(pack: Pack, lookup: PackLookup, chain: string[]): ResolvedPack {
  if (chain.includes(pack.id)) throw new PackResolutionError(`pakkene bygger på hverandre i ring: ${[...chain, pack.id].join(' → ')}`);
  let baseRules: Rule[] = [];
  let baseVocabulary: Pack['vocabulary'];
  const warnings: PackError[] = [];
  if (pack.extends) {
    const base = lookup(pack.extends);
    if (!base) throw new PackResolutionError(`pakken bygger på «${pack.extends}», som ikke finnes`);
    const resolvedBase = resolve(base, lookup, [...chain, pack.id]);
    baseRules = resolvedBase.pack.rules;
    baseVocabulary = resolvedBase.pack.vocabulary;
    warnings.push(...resolvedBase.warnings);
  }
  const own = new Map(pack.rules.map((r) => [r.id, r]));
  const rules = baseRules.map((r) => own.get(r.id) ?? r);
  const baseIds = new Set(baseRules.map((r) => r.id));
  rules.push(...pack.rules.filter((r) => !baseIds.has(r.id)));
  for (const [id, override] of Object.entries(pack.overrides ?? {})) {
    const index = rules.findIndex((r) => r.id === id);
    if (index < 0) {
      warnings.push({ path: `overrides[${JSON.stringify(id)}]`, message: `regelen «${id}» finnes ikke i pakken eller pakken den bygger på; endringen brukes ikke` });
      continue;
    }
    rules[index] = applyOverride(rules[index]!, override);
  }
  const { overrides: _applied, ...rest } = pack;
  const resolved: Pack = { ...rest, rules };
  const vocabulary = mergeVocabulary(baseVocabulary, pack.vocabulary);
  if (vocabulary) resolved.vocabulary = vocabulary;
  return { pack: resolved, warnings };
}

/** Resolves `extends` and `overrides`, with warnings for overrides that found no rule. */
export function resolvePackWithWarnings(pack: Pack, lookup: PackLookup): ResolvedPack {
  return resolve(pack, lookup, []);
}

/** Resolves `extends` and `overrides`; throws PackResolutionError (Norwegian) for a missing base or a cycle. */
export function resolvePack(pack: Pack, lookup: PackLookup): Pack {
  return resolve(pack, lookup, []).pack;
}
