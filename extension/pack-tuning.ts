import type { Pack, ParamValue, Rule, RuleOverride } from '@/rules/pack/schema';
import { standardPack } from '@/rules/standard';

/**
 * What the workbench's forms change in a local pack. A rule of the extended pack is tuned through
 * `overrides[ruleId]` (only what differs from the extended pack is kept); a rule the local pack carries
 * itself is changed in place.
 */
export const BUILT_IN_PACKS: Record<string, Pack> = { [standardPack.id]: standardPack };

export type TunableField = 'enabled' | 'severity' | 'message' | 'why' | 'example';
export type RuleChange = Partial<Pick<Rule, TunableField>> & { params?: Record<string, ParamValue> };

export interface TunedRule {
  rule: Rule;
  /** Where the rule comes from: the extended pack (tuned by overrides) or the local pack itself. */
  origin: 'extended' | 'own';
  /** For extended rules: the rule as the extended pack has it. */
  base?: Rule;
  /** True when it differs from the extended pack. */
  changed: boolean;
}

export function basePackOf(pack: Pack): Pack | undefined {
  return pack.extends ? BUILT_IN_PACKS[pack.extends] : undefined;
}

export function applyOverride(rule: Rule, override: RuleOverride | undefined): Rule {
  if (!override) return rule;
  const { params, ...rest } = override;
  const next: Rule = { ...rule, ...stripUndefined(rest) };
  if (params) next.params = { ...rule.params, ...params };
  return next;
}

/** Every rule the pack ends up with, in order: extended rules first (tuned), then its own. */
export function tunedRules(pack: Pack): TunedRule[] {
  const base = basePackOf(pack);
  const own = new Set(pack.rules.map((r) => r.id));
  const extended: TunedRule[] = (base?.rules ?? [])
    .filter((r) => !own.has(r.id))
    .map((r) => {
      const override = pack.overrides?.[r.id];
      return { rule: applyOverride(r, override), origin: 'extended', base: r, changed: !!override && Object.keys(override).length > 0 };
    });
  return [...extended, ...pack.rules.map((r): TunedRule => ({ rule: r, origin: 'own', changed: true }))];
}

/** Returns a new pack with `change` applied to rule `ruleId`. */
export function changeRule(pack: Pack, ruleId: string, change: RuleChange): Pack {
  const ownIndex = pack.rules.findIndex((r) => r.id === ruleId);
  if (ownIndex >= 0) {
    const rules = [...pack.rules];
    rules[ownIndex] = applyOverride(rules[ownIndex]!, change);
    return { ...pack, rules };
  }
  const baseRule = basePackOf(pack)?.rules.find((r) => r.id === ruleId);
  if (!baseRule) return pack;
  const merged: RuleOverride = { ...pack.overrides?.[ruleId] };
  const { params, ...rest } = change;
  Object.assign(merged, rest);
  if (params) merged.params = { ...merged.params, ...params };
  const slim = slimOverride(baseRule, merged);
  const overrides = { ...pack.overrides };
  if (slim) overrides[ruleId] = slim;
  else delete overrides[ruleId];
  return { ...pack, overrides };
}

/** Undoes every local change to an extended rule. */
export function resetRule(pack: Pack, ruleId: string): Pack {
  if (!pack.overrides?.[ruleId]) return pack;
  const overrides = { ...pack.overrides };
  delete overrides[ruleId];
  return { ...pack, overrides };
}

/** Keeps only what differs from the extended rule; undefined when nothing does. */
export function slimOverride(base: Rule, override: RuleOverride): RuleOverride | undefined {
  const out: RuleOverride = {};
  if (override.enabled !== undefined && override.enabled !== (base.enabled ?? true)) out.enabled = override.enabled;
  if (override.severity !== undefined && override.severity !== base.severity) out.severity = override.severity;
  for (const key of ['message', 'why', 'example'] as const) {
    const value = override[key];
    if (value !== undefined && value.trim() !== '' && value !== base[key]) out[key] = value;
  }
  const params: Record<string, ParamValue> = {};
  for (const [name, value] of Object.entries(override.params ?? {})) {
    if (!sameValue(value, base.params?.[name])) params[name] = value;
  }
  if (Object.keys(params).length) out.params = params;
  return Object.keys(out).length ? out : undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A new, empty local pack that extends the national standard pack. */
export function newLocalPack(name: string, now: Date = new Date()): Pack {
  const slug =
    name
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'pakke';
  return {
    id: `lokal.${slug}`,
    version: '1.0.0',
    language: 'nb',
    extends: standardPack.id,
    metadata: { name: name.trim() || 'Lokal regelpakke', updated: now.toISOString().slice(0, 10) },
    overrides: {},
    rules: [],
  };
}

/** 1.2.3 → 1.2.4 (pre-release and build tags are dropped). */
export function nextPatchVersion(version: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return m ? `${m[1]}.${m[2]}.${Number(m[3]) + 1}` : '1.0.0';
}
