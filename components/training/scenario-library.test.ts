import { describe, expect, it } from 'vitest';
import { compilePack, evaluate } from '../../rules/engine';
import { standardPack } from '../../rules/standard';
import { BUILT_IN_SCENARIOS } from './scenario-library';
import { scenarioModel } from './scenario-document';
import { targetsFinding } from './walkthrough';

/**
 * The library's own fixture test: with the standard pack and the scenario's frozen «today», the flawed
 * version fires every rule the learning goal is about, and the improved version fires none of them
 * (and, so the good version can be shown as a model, nothing else either).
 */
const compiled = compilePack(standardPack);
const ruleIds = new Set(standardPack.rules.map((r) => r.id));

describe('øvingsscenariene', () => {
  it('har minst 12 scenarier fordelt på vedtak, tiltaksplan og evaluering, med unike id-er og minst ett på nynorsk', () => {
    expect(BUILT_IN_SCENARIOS.length).toBeGreaterThanOrEqual(12);
    const types = new Set(BUILT_IN_SCENARIOS.map((s) => s.documentType));
    expect([...types].sort()).toEqual(['evaluering', 'tiltaksplan', 'vedtak']);
    expect(new Set(BUILT_IN_SCENARIOS.map((s) => s.id)).size).toBe(BUILT_IN_SCENARIOS.length);
    expect(BUILT_IN_SCENARIOS.some((s) => s.language === 'nn')).toBe(true);
  });

  describe.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    it('peker bare på regler som finnes i standardpakken', () => {
      for (const target of scenario.targetRules) {
        if (target.includes('/')) expect(ruleIds, target).toContain(target);
      }
      for (const step of scenario.steps ?? []) expect(ruleIds, step.ruleId).toContain(step.ruleId);
    });

    it('den mangelfulle versjonen utløser hver målregel', () => {
      const result = evaluate(compiled, scenarioModel(scenario, 'flawed'), { today: scenario.today });
      expect(result.failures).toEqual([]);
      for (const target of scenario.targetRules) {
        expect(result.findings.filter((f) => targetsFinding([target], f)).map((f) => f.ruleId), target).not.toEqual([]);
      }
    });

    it('den forbedrede versjonen utløser ingen målregel og ingen andre funn', () => {
      const result = evaluate(compiled, scenarioModel(scenario, 'improved'), { today: scenario.today });
      expect(result.failures).toEqual([]);
      expect(result.findings.filter((f) => targetsFinding(scenario.targetRules, f))).toEqual([]);
      expect(result.findings.map((f) => `${f.ruleId} @ ${f.field ?? ''}`)).toEqual([]);
    });
  });

  it('scenariets frosne «i dag» er det som holder fristscenariene stabile: et år senere er også den gode planen utløpt', () => {
    const scenario = BUILT_IN_SCENARIOS.find((s) => s.id === 'tiltaksplan-utgatt-planperiode-nynorsk')!;
    const later = evaluate(compiled, scenarioModel(scenario, 'improved'), { today: '2027-11-23' });
    expect(later.findings.map((f) => f.ruleId)).toContain('frister/planperiode-utlopt');
  });
});
