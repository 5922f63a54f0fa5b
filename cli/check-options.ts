import * as z from 'zod/mini';
import { LanguageSchema, type Language } from '../rules/pack/schema';
import { InputError } from './input-error';
import type { RawCheckOptions } from './program';
import { resolveToday } from './today';

export const FORMATS = ['text', 'json'] as const;
export type ReportFormat = (typeof FORMATS)[number];

export interface CheckOptions {
  packFile?: string;
  today: string;
  format: ReportFormat;
  language: Language;
  url?: string;
}

const FormatSchema = z.enum(FORMATS);
const UrlSchema = z.url();

/** `check`'s options, validated; a bad value is a Norwegian InputError (exit 2). */
export function checkOptions(raw: RawCheckOptions, now: Date = new Date()): CheckOptions {
  const format = FormatSchema.safeParse(raw.format ?? 'text');
  if (!format.success) throw new InputError(`Ugyldig verdi for --format: «${raw.format}». Bruk text eller json.`);
  const language = LanguageSchema.safeParse(raw.language ?? 'nb');
  if (!language.success) throw new InputError(`Ugyldig verdi for --language: «${raw.language}». Bruk nb, nn eller en.`);
  if (raw.url !== undefined && !UrlSchema.safeParse(raw.url).success) {
    throw new InputError(`Ugyldig adresse for --url: «${raw.url}». Bruk en hel adresse, for eksempel http://localhost:5173/.`);
  }
  const options: CheckOptions = { today: resolveToday(raw.today, now), format: format.data, language: language.data };
  if (raw.pack !== undefined) options.packFile = raw.pack;
  if (raw.url !== undefined) options.url = raw.url;
  return options;
}
