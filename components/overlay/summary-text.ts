import { SEVERITIES, type Severity } from '../../rules/pack/enums';
import { severityCountText } from './labels';

/** «1 feil, 2 råd» — only the severities present, worst first. */
export function severityBreakdown(counts: Record<Severity, number>): string {
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => severityCountText(s, counts[s]))
    .join(', ');
}

/** The marker's accessible name: «3 funn for Barnets synspunkter: 1 feil, 2 råd». */
export function markerLabel(fieldLabel: string, counts: Record<Severity, number>, discreet: boolean): string {
  const n = counts.feil + counts.advarsel + counts.råd;
  const base = `${n} funn for ${fieldLabel}`;
  return discreet ? base : `${base}: ${severityBreakdown(counts)}`;
}
