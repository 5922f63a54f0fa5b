import type { Finding } from '../../rules/engine';
import type { Severity } from '../../rules/pack/schema';

export const SEVERITY_ORDER: readonly Severity[] = ['feil', 'advarsel', 'råd'];

/** «3 funn: 1 feil, 2 advarsler» (severities with none are left out); «ingen funn» when empty. */
export function countLine(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'ingen funn';
  const parts = SEVERITY_ORDER.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s === 'advarsel' && n !== 1 ? 'advarsler' : s}`);
  return `${findings.length} funn: ${parts.join(', ')}`;
}
