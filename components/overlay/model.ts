import { AREAS, SEVERITIES, type Area, type Severity } from '../../rules/pack/enums';
import type { Finding } from './types';

/** The key of a dismissed («ikke relevant») finding: `${ruleId}|${fieldRef ?? ''}`. */
export function dismissKey(ruleId: string, fieldRef: string | undefined): string {
  return `${ruleId}|${fieldRef ?? ''}`;
}

export function isDismissed(f: Finding, dismissed: ReadonlySet<string>): boolean {
  if (dismissed.size === 0) return false;
  return (
    dismissed.has(dismissKey(f.ruleId, f.field)) ||
    // tolerate keys built with a plain template string (`${ruleId}|${undefined}`)
    (f.field === undefined && dismissed.has(`${f.ruleId}|undefined`))
  );
}

export function activeFindings(findings: readonly Finding[], dismissed: ReadonlySet<string>): Finding[] {
  return findings.filter((f) => !isDismissed(f, dismissed));
}

const SEVERITY_RANK: Record<Severity, number> = { feil: 0, advarsel: 1, råd: 2 };

/** Worst first, then by area order, then rule id: a stable order for lists. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    AREAS.indexOf(a.area) - AREAS.indexOf(b.area) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.range?.start ?? -1) - (b.range?.start ?? -1)
  );
}

export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings) if (worst === undefined || SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out = { feil: 0, advarsel: 0, råd: 0 } as Record<Severity, number>;
  for (const f of findings) out[f.severity]++;
  return out;
}

export function countByArea(findings: readonly Finding[]): Record<Area, number> {
  const out = Object.fromEntries(AREAS.map((a) => [a, 0])) as Record<Area, number>;
  for (const f of findings) out[f.area]++;
  return out;
}

/** Findings that concern a field, grouped by field ref, each group sorted worst first. */
export function groupByField(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.field === undefined) continue;
    let list = out.get(f.field);
    if (!list) out.set(f.field, (list = []));
    list.push(f);
  }
  for (const list of out.values()) list.sort(compareFindings);
  return out;
}

/**
 * A stable key for one finding in a list (the same rule may fire twice in a field at different ranges).
 * Not its position: a finding added above must not give every item below a new key (and new DOM).
 * `occurrence` tells apart the rare findings that are otherwise identical.
 */
export function findingKey(f: Finding, occurrence = 0): string {
  return `${f.ruleId}|${f.field ?? ''}|${f.range ? `${f.range.start}-${f.range.end}` : ''}${occurrence ? `|${occurrence}` : ''}`;
}

/** Keys for a list of findings: findingKey, with an occurrence number for repeats. */
export function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = findingKey(f);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? findingKey(f, n) : base;
  });
}

export { SEVERITIES, AREAS };
