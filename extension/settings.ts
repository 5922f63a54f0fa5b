import { storage } from '#imports';
import * as z from 'zod/mini';
import { DEFAULT_PAGE_PREFERENCES, PREFERENCES_KEY, RULE_STATS_KEY } from './page-preferences';

/**
 * What the extension keeps in the browser. None of it is case text: preferences, the published rule
 * pack (written by the quality lead, not by caseworkers) and content-free counts per rule.
 */
export const PreferencesSchema = z.object({
  discreet: z.boolean(),
  panel: z.object({ x: z.number(), y: z.number(), collapsed: z.boolean() }),
  /** Origins (like https://fagsystem.kommune.no) the user has switched the checker on for from the popup. */
  enabledOrigins: z.array(z.string()),
  /** Origins the user has switched off (also localhost ones). */
  disabledOrigins: z.array(z.string()),
  /** Trainers can freeze «today» (YYYY-MM-DD) so deadline rules behave the same in every session. */
  today: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = DEFAULT_PAGE_PREFERENCES;

export const preferencesItem = storage.defineItem<Preferences>(`local:${PREFERENCES_KEY}`, {
  fallback: DEFAULT_PREFERENCES,
});

/** The pack the quality lead published; unknown input until validated (see active-pack.ts). */
export const publishedPackItem = storage.defineItem<unknown>('local:publishedPack', { fallback: null });

/** Per rule: how often it fired (once per field and page) and how often it was marked «ikke relevant». */
export const RuleStatsSchema = z.record(z.string(), z.object({ fired: z.number(), dismissed: z.number() }));
export type RuleStats = z.infer<typeof RuleStatsSchema>;
export const ruleStatsItem = storage.defineItem<RuleStats>(`local:${RULE_STATS_KEY}`, { fallback: {} });

/** Reads preferences, falling back to the defaults for anything missing or malformed. */
export async function loadPreferences(): Promise<Preferences> {
  const raw = await preferencesItem.getValue();
  const parsed = z.safeParse(PreferencesSchema, { ...DEFAULT_PREFERENCES, ...(raw as object) });
  return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
}

export async function updatePreferences(change: Partial<Preferences>): Promise<Preferences> {
  const next = { ...(await loadPreferences()), ...change };
  await preferencesItem.setValue(next);
  return next;
}
