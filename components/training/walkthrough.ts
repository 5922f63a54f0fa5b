import type { Finding } from '../../rules/engine/finding';
import type { Scenario } from './scenario-schema';

/** Whether a finding belongs to the learning goal: its rule is a target, or lies in a target area. */
export function targetsFinding(targetRules: readonly string[], finding: Pick<Finding, 'ruleId' | 'area'>): boolean {
  return targetRules.some((t) => finding.ruleId === t || (!t.includes('/') && finding.area === t));
}

export interface WalkthroughStep {
  finding: Finding;
  /** Part of the scenario's learning goal (shown first). */
  target: boolean;
  /** The trainer's own explanation for this rule in this scenario, when the scenario has one. */
  explanation?: string;
}

/**
 * The findings to step through, one by one: those of the learning goal first (in the order of the
 * scenario's target rules), then the rest in the engine's order.
 */
export function walkthroughSteps(scenario: Scenario, findings: readonly Finding[]): WalkthroughStep[] {
  const rank = (f: Finding) => {
    const i = scenario.targetRules.findIndex((t) => f.ruleId === t || (!t.includes('/') && f.area === t));
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return findings
    .map((finding, order) => ({ finding, order, rank: rank(finding) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ finding }) => ({
      finding,
      target: targetsFinding(scenario.targetRules, finding),
      explanation: scenario.steps?.find((s) => s.ruleId === finding.ruleId)?.explanation,
    }));
}

export interface ExerciseProgress {
  /** Findings when the exercise started (the flawed version as shipped). */
  start: number;
  remaining: number;
  fixed: number;
  /** Findings of the learning goal still on the page. */
  targetRemaining: number;
  done: boolean;
  /** 0–100, for the progress bar. */
  percent: number;
}

export function exerciseProgress(scenario: Scenario, startCount: number, findings: readonly Finding[]): ExerciseProgress {
  const remaining = findings.length;
  const start = Math.max(startCount, remaining);
  const fixed = start - remaining;
  return {
    start,
    remaining,
    fixed,
    targetRemaining: findings.filter((f) => targetsFinding(scenario.targetRules, f)).length,
    done: remaining === 0,
    percent: start === 0 ? 100 : Math.round((fixed / start) * 100),
  };
}
