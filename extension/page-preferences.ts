import { browser } from '#imports';
import type { Preferences, RuleStats } from './settings';

/**
 * The content script's access to the preferences and the rule statistics: plain browser.storage and a
 * hand-written shape check instead of zod and the storage library, which would be a third of the content
 * script's size. The same keys and the same rules as settings.ts (whose zod schema the extension pages
 * use); page-preferences.test.ts holds the two checks to each other on arbitrary input.
 */
export const PREFERENCES_KEY = 'preferences';
export const RULE_STATS_KEY = 'ruleStats';

export const DEFAULT_PAGE_PREFERENCES: Preferences = {
  discreet: false,
  panel: { x: -1, y: -1, collapsed: false },
  enabledOrigins: [],
  disabledOrigins: [],
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
// zod's number() refuses NaN and ±Infinity, so these must too.
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function isPreferences(v: unknown): v is Preferences {
  if (!isObject(v) || typeof v.discreet !== 'boolean' || !isObject(v.panel)) return false;
  const { x, y, collapsed } = v.panel;
  if (!isFiniteNumber(x) || !isFiniteNumber(y) || typeof collapsed !== 'boolean') return false;
  if (!isStringArray(v.enabledOrigins) || !isStringArray(v.disabledOrigins)) return false;
  return v.today === undefined || (typeof v.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.today));
}

/**
 * Stored preferences over the defaults; the defaults when the result is malformed. Unknown keys are
 * dropped, as zod's object schema does (loadPreferences).
 */
export function preferencesFrom(raw: unknown): Preferences {
  const merged = { ...DEFAULT_PAGE_PREFERENCES, ...(isObject(raw) ? raw : {}) };
  if (!isPreferences(merged)) return DEFAULT_PAGE_PREFERENCES;
  const { discreet, panel, enabledOrigins, disabledOrigins, today } = merged;
  return {
    discreet, panel: { x: panel.x, y: panel.y, collapsed: panel.collapsed }, enabledOrigins, disabledOrigins,
    ...(today === undefined ? {} : { today }),
  };
}

export async function readPagePreferences(): Promise<Preferences> {
  return preferencesFrom((await browser.storage.local.get(PREFERENCES_KEY))[PREFERENCES_KEY]);
}

export async function updatePagePreferences(change: Partial<Preferences>): Promise<void> {
  await browser.storage.local.set({ [PREFERENCES_KEY]: { ...(await readPagePreferences()), ...change } });
}

export function watchPagePreferences(onChange: (next: Preferences) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PREFERENCES_KEY in changes) onChange(preferencesFrom(changes[PREFERENCES_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Adds counts to the stored statistics (a malformed record starts again from zero). */
export async function addRuleStats(delta: RuleStats): Promise<void> {
  const raw = (await browser.storage.local.get(RULE_STATS_KEY))[RULE_STATS_KEY];
  const stored: RuleStats = {};
  if (isObject(raw)) {
    for (const [ruleId, s] of Object.entries(raw)) {
      if (isObject(s) && isFiniteNumber(s.fired) && isFiniteNumber(s.dismissed)) stored[ruleId] = { fired: s.fired, dismissed: s.dismissed };
    }
  }
  for (const [ruleId, d] of Object.entries(delta)) {
    const s = stored[ruleId] ?? { fired: 0, dismissed: 0 };
    stored[ruleId] = { fired: s.fired + d.fired, dismissed: s.dismissed + d.dismissed };
  }
  await browser.storage.local.set({ [RULE_STATS_KEY]: stored });
}
