import * as z from 'zod/mini';
import { DocumentModelSchema, type DocumentModel } from '../model/document';
import { describeIssue, formatPath } from '../pack/issues';
import type { FixtureSchema, Pack, Rule } from '../pack/schema';
import { compilePack, evaluate } from './evaluate';
import type { Finding, RuleFailure } from './finding';

/**
 * The RuleTester: runs a rule's good and bad examples. A bad example passes when the rule reports at least
 * one finding on it; a good example when it reports none. A rule that fails to run, or an example that is
 * not a valid document, never passes.
 */
type Fixture = z.infer<typeof FixtureSchema>;

export const DEFAULT_FIXTURE_TODAY = '2026-01-15';

export interface FixtureOutcome {
  ruleId: string;
  kind: 'good' | 'bad';
  name: string;
  passed: boolean;
  findings: Finding[];
  failures: RuleFailure[];
  /** Why the example could not be run (an invalid document). */
  problem?: string;
}

/** A fixture's document; a partial one gets the rule's first document type and empty fields/rows. */
export function fixtureDocument(fixture: Fixture, rule: Rule): { ok: true; document: DocumentModel } | { ok: false; problem: string } {
  const candidate = { documentType: rule.appliesTo[0], fields: {}, rows: {}, ...fixture.document };
  const parsed = z.safeParse(DocumentModelSchema, candidate);
  if (parsed.success) return { ok: true, document: parsed.data };
  const first = parsed.error.issues[0];
  const where = first ? `${formatPath(first.path)}: ${describeIssue(first)}` : '';
  return { ok: false, problem: `ugyldig dokument i eksempelet (${where})` };
}

function runOne(rule: Rule, fixture: Fixture, kind: 'good' | 'bad', defaultToday: string): FixtureOutcome {
  const base = { ruleId: rule.id, kind, name: fixture.name };
  const built = fixtureDocument(fixture, rule);
  if (!built.ok) return { ...base, passed: false, findings: [], failures: [], problem: built.problem };
  const single: Pack = {
    id: 'fixture', version: '0.0.0', language: 'nb', metadata: { name: 'fixture' }, rules: [{ ...rule, enabled: true }],
  };
  const result = evaluate(compilePack(single), built.document, { today: fixture.today ?? defaultToday });
  const fired = result.findings.length > 0;
  const passed = result.failures.length === 0 && (kind === 'bad' ? fired : !fired);
  return { ...base, passed, findings: result.findings, failures: result.failures };
}

export interface FixtureOptions {
  /** The day examples without their own `today` are checked on. Default 2026-01-15. */
  defaultToday?: string;
}

export function runRuleFixtures(
  rule: Rule,
  fixtures: { good: Fixture[]; bad: Fixture[] } | undefined = rule.fixtures,
  options: FixtureOptions = {},
): FixtureOutcome[] {
  const today = options.defaultToday ?? DEFAULT_FIXTURE_TODAY;
  if (!fixtures) return [];
  return [
    ...fixtures.bad.map((f) => runOne(rule, f, 'bad', today)),
    ...fixtures.good.map((f) => runOne(rule, f, 'good', today)),
  ];
}

/** Every example carried by every rule of the pack (disabled rules included: their examples still hold). */
export function runPackFixtures(pack: Pack, options: FixtureOptions = {}): FixtureOutcome[] {
  return pack.rules.flatMap((rule) => runRuleFixtures(rule, rule.fixtures, options));
}
