import type { Finding } from '@/rules/engine/finding';
import { addRuleStats } from '@/extension/page-preferences';
import type { RuleStats } from '@/extension/settings';

export interface RuleStatsRecorder {
  /** Counts each rule once per field and document the first time it fires there. */
  fired(documentKey: string, findings: Finding[]): void;
  dismissed(ruleId: string): void;
}

const FLUSH_AFTER_MS = 2_000;

/**
 * Content-free statistics for the quality lead: per rule id, two numbers. No text, no field
 * values, no case or page identifiers are stored; the document key stays in memory only.
 */
export function createRuleStatsRecorder(): RuleStatsRecorder {
  const seen = new Set<string>();
  let pending: RuleStats = {};
  let timer: ReturnType<typeof setTimeout> | undefined;

  const bump = (ruleId: string, key: 'fired' | 'dismissed') => {
    const entry = (pending[ruleId] ??= { fired: 0, dismissed: 0 });
    entry[key] += 1;
    timer ??= setTimeout(flush, FLUSH_AFTER_MS);
  };
  const flush = async () => {
    timer = undefined;
    const delta = pending;
    pending = {};
    try {
      await addRuleStats(delta);
    } catch {
      // Storage full or unavailable: statistics are a nicety, checking goes on.
    }
  };

  return {
    fired(documentKey, findings) {
      for (const f of findings) {
        const key = `${documentKey}|${f.ruleId}|${f.field ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        bump(f.ruleId, 'fired');
      }
    },
    dismissed(ruleId) {
      bump(ruleId, 'dismissed');
    },
  };
}
