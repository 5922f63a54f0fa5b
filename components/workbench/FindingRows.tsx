import { SEVERITY_LABELS, severityToken } from '@/components/overlay/labels';
import type { Finding } from '@/rules/engine/finding';
import { packText } from './safe-text';

/** A compact list of findings (text only). */
export function FindingRows({ findings, kind }: { findings: Finding[]; kind: 'added' | 'removed' | 'kept' }) {
  if (findings.length === 0) return <p class="wb-muted">Ingen.</p>;
  return (
    <ul class={`wb-findings wb-findings--${kind}`}>
      {findings.map((f, i) => (
        <li key={`${f.ruleId}|${f.field}|${i}`} data-rule-id={f.ruleId} data-field={f.field ?? ''} data-kind={kind}>
          <span class={`wb-sev wb-sev--${severityToken(f.severity)}`}>{SEVERITY_LABELS[f.severity]}</span>{' '}
          <span class="wb-finding__msg">{packText(f.message)}</span>
          <span class="wb-finding__where">
            {f.ruleId}
            {f.field ? ` · ${f.field}` : ' · hele dokumentet'}
          </span>
        </li>
      ))}
    </ul>
  );
}
