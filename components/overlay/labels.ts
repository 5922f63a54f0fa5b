import type { Area, BasisKind, Severity } from '../../rules/pack/schema';

/** Bokmål names of the five areas, in the order the panel lists them. */
export const AREA_LABELS: Record<Area, string> = {
  'barnets-beste': 'Barnets beste',
  medvirkning: 'Medvirkning',
  'mal-tiltak': 'Mål og tiltak',
  frister: 'Frister',
  dokumentasjon: 'Dokumentasjon',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  feil: 'Feil',
  advarsel: 'Advarsel',
  råd: 'Råd',
};

/** Lower-case forms for running text: «1 feil, 2 råd». */
const SEVERITY_COUNT_WORDS: Record<Severity, [singular: string, plural: string]> = {
  feil: ['feil', 'feil'],
  advarsel: ['advarsel', 'advarsler'],
  råd: ['råd', 'råd'],
};

export const BASIS_LABELS: Record<BasisKind, string> = {
  lov: 'Lov',
  forskrift: 'Forskrift',
  rundskriv: 'Rundskriv',
  veileder: 'Veileder',
  'lokal-rutine': 'Lokal rutine',
  'god-praksis': 'God praksis',
};

export function severityCountText(severity: Severity, n: number): string {
  const [one, many] = SEVERITY_COUNT_WORDS[severity];
  return `${n} ${n === 1 ? one : many}`;
}

/** «Ingen funn i skjemaet», «1 funn i skjemaet», «3 funn i skjemaet». */
export function totalText(n: number): string {
  return n === 0 ? 'Ingen funn i skjemaet' : `${n} funn i skjemaet`;
}

/** CSS-safe token for a severity (`råd` → `rad`), used in class names and highlight names. */
export function severityToken(severity: Severity): 'feil' | 'advarsel' | 'rad' {
  return severity === 'råd' ? 'rad' : severity;
}
