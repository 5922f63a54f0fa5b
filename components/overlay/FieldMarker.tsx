import type { Ref } from 'preact';
import type { Finding } from './types';
import type { MarkerPlacement } from './position';
import { countBySeverity, worstSeverity } from './model';
import { markerLabel } from './summary-text';
import { severityToken } from './labels';
import { NeutralDot, SeverityIcon } from './icons';

export interface FieldMarkerProps {
  fieldRef: string;
  fieldLabel: string;
  findings: Finding[];
  discreet: boolean;
  placement: MarkerPlacement;
  expanded: boolean;
  cardId: string;
  buttonRef?: Ref<HTMLButtonElement>;
  onActivate(): void;
  onFocus(): void;
  onEscape(): void;
}

/** The small button on the field's top-right border: worst severity's icon and the number of findings. */
export function FieldMarker(props: FieldMarkerProps) {
  const { fieldRef, fieldLabel, findings, discreet, placement: p, expanded } = props;
  const worst = worstSeverity(findings) ?? 'råd';
  const counts = countBySeverity(findings);
  const cls = discreet ? 'vl-marker vl-marker--neutral' : `vl-marker vl-marker--${severityToken(worst)}`;
  return (
    <button
      type="button"
      ref={props.buttonRef}
      class={cls}
      data-field={fieldRef}
      data-count={String(findings.length)}
      data-worst={discreet ? undefined : worst}
      aria-label={markerLabel(fieldLabel, counts, discreet)}
      aria-haspopup="dialog"
      aria-expanded={expanded ? 'true' : 'false'}
      aria-controls={expanded ? props.cardId : undefined}
      style={{
        transform: `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px)${p.anchor === 'right' ? ' translateX(-100%)' : ''}`,
      }}
      onClick={props.onActivate}
      onFocus={props.onFocus}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && expanded) {
          e.preventDefault();
          e.stopPropagation();
          props.onEscape();
        }
      }}
    >
      {discreet ? <NeutralDot /> : <SeverityIcon severity={worst} size={14} />}
      <span class="vl-marker__count" aria-hidden="true">
        {findings.length}
      </span>
    </button>
  );
}
