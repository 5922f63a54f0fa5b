/** The rule engine's public API (pure TypeScript: content script, options page, CLI and tests). */
export { compilePack, evaluate, evaluatePack, type CompiledPack, type EvaluateOptions } from './evaluate';
export { ruleConfigProblems, type RuleConfigProblem } from './config-check';
export {
  DEFAULT_FIXTURE_TODAY, fixtureDocument, runPackFixtures, runRuleFixtures, type FixtureOptions, type FixtureOutcome,
} from './fixtures';
export type { EvaluationResult, Finding, RuleFailure } from './finding';
export { ruleNameProblems } from './name-check';
