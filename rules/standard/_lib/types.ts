import type * as z from 'zod/mini';
import type { FixtureSchema, Rule } from '../../pack/schema';

/** One good or bad example: a (partial) document model and, where dates matter, the day it is checked. */
export type Fixture = z.infer<typeof FixtureSchema>;

export interface Fixtures {
  /** Documents the rule must NOT report on — including near-misses (guardrails). */
  good: Fixture[];
  /** Documents the rule MUST report on. */
  bad: Fixture[];
}

/** What every rule file in rules/standard exports. */
export interface RuleModule {
  rule: Rule;
  fixtures: Fixtures;
}
