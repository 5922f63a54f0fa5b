import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import type { Finding } from './types';
import type { CardPlacement } from './position';
import { countBySeverity } from './model';
import { severityBreakdown } from './summary-text';
import { FindingItem } from './FindingItem';
import { CloseIcon } from './icons';

export interface FindingCardProps {
  id: string;
  fieldLabel: string;
  /** Active findings of the field, sorted worst first. */
  findings: Finding[];
  discreet: boolean;
  placement: CardPlacement;
  cardRef?: Ref<HTMLDivElement>;
  onClose(returnFocus: boolean): void;
  onDismiss(f: Finding): void;
  /** The user pressed inside the card: keep it open (a hover-opened card becomes pinned). */
  onInteract(): void;
}

/** A non-modal dialog beside the field listing its findings. Escape closes it. */
export function FindingCard({ id, fieldLabel, findings, discreet, placement: p, cardRef, onClose, onDismiss, onInteract }: FindingCardProps) {
  const titleId = useId();
  const counts = countBySeverity(findings);
  const n = findings.length;
  return (
    <div
      id={id}
      ref={cardRef}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      class={`vl-card vl-card--${p.side}`}
      data-field={findings[0]?.field}
      style={{
        transform: `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px)${p.side === 'above' ? ' translateY(-100%)' : ''}`,
        width: `${p.width}px`,
        maxHeight: `${Math.max(120, Math.round(p.maxHeight))}px`,
      }}
      onPointerDown={onInteract}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose(true);
        }
      }}
    >
      <div class="vl-card__header">
        <div class="vl-card__titles">
          <h2 class="vl-card__title" id={titleId}>
            {fieldLabel}
          </h2>
          <p class="vl-card__sub">{discreet ? `${n} funn` : `${n} funn: ${severityBreakdown(counts)}`}</p>
        </div>
        <button type="button" class="vl-icon-btn" aria-label="Lukk" title="Lukk (Esc)" onClick={() => onClose(true)}>
          <CloseIcon />
        </button>
      </div>
      {discreet ? (
        <p class="vl-discreet-note">Diskret modus er på</p>
      ) : (
        <ul class="vl-card__list">
          {findings.map((f, i) => (
            <FindingItem
              key={`${f.ruleId}|${f.range ? `${f.range.start}-${f.range.end}` : ''}|${i}`}
              finding={f}
              place="card"
              onDismiss={onDismiss}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
