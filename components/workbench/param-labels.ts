/**
 * Readable names for parameter keys. Packs name parameters in camelCase Norwegian (`maksMnd`,
 * `minOrd`, `ikkeHortOrd`); the common suffixes and prefixes are spelled out, the rest is split into words.
 */
const KNOWN: Record<string, string> = {
  maksMnd: 'Høyst antall måneder',
  minOrd: 'Minst antall ord',
  minAndreOrd: 'Minst antall andre ord',
  minUtsagn: 'Minst antall utsagn fra barnet',
  minTreff: 'Minst antall treff',
  minTiltak: 'Minst antall tiltak',
  minDelmal: 'Minst antall delmål',
  intervallMnd: 'Intervall (måneder)',
  fristMnd: 'Frist (måneder)',
  toleranseDager: 'Slingringsmonn (dager)',
  meldingsfristDager: 'Frist for å vurdere meldingen (dager)',
  smabarnAlderTil: 'Små barn: til og med alder (år)',
  alderFra: 'Fra alder (år)',
  maksAnsvarlige: 'Høyst antall ansvarlige per tiltak',
};

export function paramLabel(name: string): string {
  const known = KNOWN[name];
  if (known) return `${known} (${name})`;
  const words = name.replace(/([a-zæøå])([A-ZÆØÅ])/g, '$1 $2').toLowerCase();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} (${name})`;
}
