import * as z from 'zod/mini';
import { RuleStatsSchema, type RuleStats } from './settings';

/** One row per rule: how often it fired and how often it was marked «ikke relevant». Counts only. */
export interface RuleStatsRow {
  ruleId: string;
  fired: number;
  dismissed: number;
  /** dismissed / fired, 0–1 (0 when it never fired). */
  dismissedShare: number;
}

export function parseRuleStats(raw: unknown): RuleStats {
  const parsed = z.safeParse(RuleStatsSchema, raw);
  return parsed.success ? parsed.data : {};
}

export function ruleStatsRows(stats: RuleStats): RuleStatsRow[] {
  return Object.entries(stats)
    .map(([ruleId, s]) => ({ ruleId, fired: s.fired, dismissed: s.dismissed, dismissedShare: s.fired > 0 ? Math.min(1, s.dismissed / s.fired) : 0 }))
    .sort((a, b) => b.dismissedShare - a.dismissedShare || b.fired - a.fired || a.ruleId.localeCompare(b.ruleId));
}

function cell(value: string): string {
  // Quote always; neutralise spreadsheet formulas in the (pack-supplied) rule id.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Semicolon-separated (what Norwegian Excel opens directly), decimal comma, CRLF line ends. */
export function ruleStatsCsv(rows: RuleStatsRow[]): string {
  const header = ['regel', 'utløst', 'markert ikke relevant', 'andel ikke relevant'].map(cell).join(';');
  const lines = rows.map((r) =>
    [cell(r.ruleId), r.fired, r.dismissed, (Math.round(r.dismissedShare * 1000) / 1000).toString().replace('.', ',')].join(';'),
  );
  return [header, ...lines].join('\r\n') + '\r\n';
}
