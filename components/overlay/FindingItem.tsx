import { useId } from 'preact/hooks';
import type { Finding } from './types';
import { AREA_LABELS, BASIS_LABELS, SEVERITY_LABELS, severityToken } from './labels';
import { safeHttpUrl } from './safe-url';
import { SeverityIcon } from './icons';
import { Disclosure } from './Disclosure';

export interface FindingItemProps {
  finding: Finding;
  /** Where it is drawn: in a field's card, or in the summary panel. Exposed as `data-place`. */
  place: 'card' | 'panel';
  /** Shown in the panel: which field it concerns («Gjelder: Barnets synspunkter»). */
  fieldLabel?: string;
  /** Compact: message + jump button only (field findings in the panel; details are in the card). */
  compact?: boolean;
  onDismiss?(f: Finding): void;
  onJump?(ref: string): void;
}

/**
 * One finding. All pack-supplied text (message, why, example, basis ref) is rendered as text nodes only.
 */
export function FindingItem({ finding: f, place, fieldLabel, compact, onDismiss, onJump }: FindingItemProps) {
  const msgId = useId();
  const url = safeHttpUrl(f.basis.url);
  const tok = severityToken(f.severity);
  return (
    <li
      class={`vl-finding vl-finding--${tok}${compact ? ' vl-finding--compact' : ''}`}
      data-rule-id={f.ruleId}
      data-area={f.area}
      data-severity={f.severity}
      data-place={place}
    >
      <div class="vl-finding__meta">
        <span class={`vl-sev vl-sev--${tok}`}>
          <SeverityIcon severity={f.severity} size={14} />
          <span class="vl-sev__label">{SEVERITY_LABELS[f.severity]}</span>
        </span>
        <span class="vl-finding__area">{AREA_LABELS[f.area]}</span>
      </div>
      <p class="vl-finding__msg" id={msgId}>
        {f.message}
      </p>
      {fieldLabel !== undefined && <p class="vl-finding__field">Gjelder: {fieldLabel}</p>}
      {!compact && (
        <>
          <p class="vl-basis">
            <span class="vl-basis__kind">{BASIS_LABELS[f.basis.kind]}:</span>{' '}
            {url ? (
              <a href={url} target="_blank" rel="noopener noreferrer" class="vl-basis__link">
                {f.basis.ref}
                <span class="vl-sr-only"> (åpnes i ny fane)</span>
              </a>
            ) : (
              <span>{f.basis.ref}</span>
            )}
          </p>
          {(f.example || f.why) && (
            <div class="vl-finding__more">
              {f.example && (
                <Disclosure label="Vis godt eksempel">
                  <p class="vl-example">{f.example}</p>
                </Disclosure>
              )}
              {f.why && (
                <Disclosure label="Hvorfor?">
                  <p class="vl-why">{f.why}</p>
                </Disclosure>
              )}
            </div>
          )}
        </>
      )}
      {(onJump || onDismiss) && (
        <div class="vl-finding__actions">
          {onJump && f.field !== undefined && (
            <button type="button" class="vl-btn" aria-describedby={msgId} onClick={() => onJump(f.field!)}>
              Gå til feltet
            </button>
          )}
          {onDismiss && !compact && (
            <button type="button" class="vl-btn vl-btn--quiet" aria-describedby={msgId} onClick={() => onDismiss(f)}>
              Vurdert — ikke relevant her
            </button>
          )}
        </div>
      )}
    </li>
  );
}
