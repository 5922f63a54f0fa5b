import { ruleConfigProblems } from '../../rules/engine';
import type { PackError } from '../../rules/pack/issues';
import { RuleSchema } from '../../rules/pack/schema';

/**
 * Configuration problems (a parameter referenced but not set, a refused pattern …) of the rules that are
 * valid on their own, in a pack that failed schema validation. validatePack reports these only once the
 * whole pack passes the schema; with this the CLI lists every error of a broken pack in one run.
 */
export function ruleConfigErrors(input: unknown): PackError[] {
  const rules = (input as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((raw, i) => {
    const rule = RuleSchema.safeParse(raw);
    if (!rule.success) return [];
    return ruleConfigProblems(rule.data).map((p) => ({ path: `rules[${i}].${p.path}`, message: p.message }));
  });
}
