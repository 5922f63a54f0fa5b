import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { fakeBrowser } from 'wxt/testing';
import { addRuleStats, isPreferences, preferencesFrom, readPagePreferences, updatePagePreferences, watchPagePreferences } from './page-preferences';
import { loadPreferences, PreferencesSchema, preferencesItem, ruleStatsItem, updatePreferences } from './settings';

beforeEach(() => fakeBrowser.reset());

const almostPreferences = fc.record(
  {
    discreet: fc.oneof(fc.boolean(), fc.constant('ja'), fc.constant(null)),
    panel: fc.oneof(
      // Non-finite numbers often, not only by luck of the seed: zod refuses them.
      fc.record(
        {
          x: fc.oneof(fc.double(), fc.constantFrom(Infinity, -Infinity, NaN), fc.string()),
          y: fc.oneof(fc.double(), fc.constant(NaN)),
          collapsed: fc.oneof(fc.boolean(), fc.integer()),
        },
        { requiredKeys: [] },
      ),
      fc.constant(null),
      fc.array(fc.integer()),
    ),
    enabledOrigins: fc.oneof(fc.array(fc.string()), fc.array(fc.oneof(fc.string(), fc.integer())), fc.string()),
    disabledOrigins: fc.array(fc.string()),
    today: fc.oneof(fc.constant('2026-11-23'), fc.string(), fc.constant(undefined), fc.integer()),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('the content script’s preferences (no zod) agree with settings.ts (zod)', () => {
  it('accepts exactly what the zod schema accepts', () => {
    fc.assert(
      fc.property(fc.oneof(almostPreferences, fc.anything()), (value) => {
        expect(isPreferences(value)).toBe(z.safeParse(PreferencesSchema, value).success);
      }),
      // The counterexample a CI run found: zod refuses a panel at x = Infinity.
      { numRuns: 2000, examples: [[{ discreet: false, panel: { x: Infinity, y: 0, collapsed: false }, enabledOrigins: [], disabledOrigins: [] }]] },
    );
  });

  it('reads stored preferences as loadPreferences does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(almostPreferences, fc.anything()), async (stored) => {
        // Storing `undefined` leaves the key as it was (as in Chrome): start each case from empty storage.
        fakeBrowser.reset();
        await fakeBrowser.storage.local.set({ preferences: stored });
        const zodRead = await loadPreferences();
        expect(await readPagePreferences()).toEqual(zodRead);
        expect(preferencesFrom(stored)).toEqual(zodRead);
      }),
      // The counterexample a CI run found: `undefined` after a case that stored preferences.
      { numRuns: 300, examples: [[{ discreet: true, panel: { x: 1, y: 2, collapsed: true }, enabledOrigins: ['a'], disabledOrigins: [] }], [undefined]] },
    );
  });

  it('writes the same key the popup reads, and hears the popup’s changes', async () => {
    await updatePagePreferences({ discreet: true, panel: { x: 10, y: 20, collapsed: true } });
    expect(await loadPreferences()).toMatchObject({ discreet: true, panel: { x: 10, y: 20, collapsed: true } });
    const heard: boolean[] = [];
    const stop = watchPagePreferences((p) => heard.push(p.discreet));
    await updatePreferences({ discreet: false });
    stop();
    await preferencesItem.setValue({ ...(await loadPreferences()), discreet: true });
    expect(heard).toEqual([false]);
  });

  it('adds rule statistics to what is stored, and starts again from a malformed record', async () => {
    await addRuleStats({ a: { fired: 2, dismissed: 0 } });
    await addRuleStats({ a: { fired: 1, dismissed: 1 }, b: { fired: 1, dismissed: 0 } });
    expect(await ruleStatsItem.getValue()).toEqual({ a: { fired: 3, dismissed: 1 }, b: { fired: 1, dismissed: 0 } });
    await fakeBrowser.storage.local.set({ ruleStats: { a: 'ødelagt', c: { fired: 1, dismissed: 0 } } });
    await addRuleStats({ a: { fired: 1, dismissed: 0 } });
    expect(await ruleStatsItem.getValue()).toEqual({ a: { fired: 1, dismissed: 0 }, c: { fired: 1, dismissed: 0 } });
  });
});
