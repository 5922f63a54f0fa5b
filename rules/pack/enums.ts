/**
 * The pack format's closed vocabularies, as plain constants: the overlay and the content script use them
 * without loading the schema (and zod with it). schema.ts builds its enums from these.
 */
export const AREAS = ['barnets-beste', 'medvirkning', 'mal-tiltak', 'frister', 'dokumentasjon'] as const;
export const SEVERITIES = ['feil', 'advarsel', 'råd'] as const;
export const BASIS_KINDS = ['lov', 'forskrift', 'rundskriv', 'veileder', 'lokal-rutine', 'god-praksis'] as const;
export const LANGUAGES = ['nb', 'nn', 'en'] as const;

export type Area = (typeof AREAS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type BasisKind = (typeof BASIS_KINDS)[number];
export type Language = (typeof LANGUAGES)[number];
