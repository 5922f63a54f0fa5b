import type { Finding } from '@/rules/engine/finding';

/** Findings of the edited pack against the active one, matched by rule and field. */
export interface FindingsDiff {
  added: Finding[];
  removed: Finding[];
  kept: Finding[];
}

const keyOf = (f: Finding) => `${f.ruleId}|${f.field ?? ''}|${f.range?.start ?? ''}`;

export function diffFindings(active: Finding[], edited: Finding[]): FindingsDiff {
  const before = new Set(active.map(keyOf));
  const after = new Set(edited.map(keyOf));
  return {
    added: edited.filter((f) => !before.has(keyOf(f))),
    removed: active.filter((f) => !after.has(keyOf(f))),
    kept: edited.filter((f) => before.has(keyOf(f))),
  };
}

/** «3 nye funn, 1 forsvinner» / «Ingen endring». */
export function diffSummary(diff: FindingsDiff): string {
  const parts: string[] = [];
  if (diff.added.length) parts.push(`${diff.added.length} ${diff.added.length === 1 ? 'nytt funn' : 'nye funn'}`);
  if (diff.removed.length) parts.push(`${diff.removed.length} forsvinner`);
  return parts.length ? parts.join(', ') : 'Ingen endring';
}
