import type { Severity } from '../../rules/pack/schema';
import { severityToken } from './labels';

/**
 * Severity is never colour alone: each has its own shape and glyph (feil: circle «!», advarsel:
 * triangle «!», råd: rounded square «i»), and the text label is always shown beside it.
 */
export function SeverityIcon({ severity, size = 16 }: { severity: Severity; size?: number }) {
  const tok = severityToken(severity);
  return (
    <svg
      class={`vl-icon vl-icon--${tok}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {severity === 'feil' && (
        <>
          <circle cx="8" cy="8" r="7.5" class="vl-icon__shape" />
          <rect x="7" y="3.5" width="2" height="6" rx="1" class="vl-icon__glyph" />
          <circle cx="8" cy="11.75" r="1.15" class="vl-icon__glyph" />
        </>
      )}
      {severity === 'advarsel' && (
        <>
          <path d="M8 0.9 15.5 14.6H0.5Z" stroke-linejoin="round" class="vl-icon__shape vl-icon__shape--stroke" />
          <rect x="7.1" y="5.4" width="1.8" height="5" rx="0.9" class="vl-icon__glyph" />
          <circle cx="8" cy="12.3" r="1" class="vl-icon__glyph" />
        </>
      )}
      {severity === 'råd' && (
        <>
          <rect x="0.5" y="0.5" width="15" height="15" rx="3.5" class="vl-icon__shape" />
          <circle cx="8" cy="4.4" r="1.2" class="vl-icon__glyph" />
          <rect x="7" y="6.6" width="2" height="6" rx="1" class="vl-icon__glyph" />
        </>
      )}
    </svg>
  );
}

/** The neutral mark used in discreet mode: no severity, no colour. */
export function NeutralDot({ size = 10 }: { size?: number }) {
  return (
    <svg class="vl-icon vl-icon--neutral" width={size} height={size} viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      <circle cx="5" cy="5" r="4" />
    </svg>
  );
}

export function Chevron({ open }: { open: boolean }) {
  return (
    <svg class={`vl-chevron${open ? ' vl-chevron--open' : ''}`} width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M3 4.5 6 7.5 9 4.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

export function CloseIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M2.5 2.5 9.5 9.5M9.5 2.5 2.5 9.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    </svg>
  );
}

export function MoveIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      {[3, 7, 11].map((y) => [5, 9].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.2" fill="currentColor" />))}
    </svg>
  );
}

export function EyeOffIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8s-2.4 4.5-6.5 4.5S1.5 8 1.5 8Z"
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
      />
      <circle cx="8" cy="8" r="2" fill="none" stroke="currentColor" stroke-width="1.4" />
      <path d="M2.5 13.5 13.5 2.5" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" />
    </svg>
  );
}
