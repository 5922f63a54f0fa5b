import { describe, expect, it } from 'vitest';
import type { Finding } from '../../rules/engine/finding';
import { BUILT_IN_SCENARIOS } from './scenario-library';
import { exerciseProgress, targetsFinding, walkthroughSteps } from './walkthrough';

const finding = (ruleId: string, field?: string): Finding => ({
  ruleId,
  area: ruleId.split('/')[0] as Finding['area'],
  severity: 'advarsel',
  field,
  message: `melding for ${ruleId}`,
  basis: { kind: 'lov', ref: 'Barnevernsloven § 1-4' },
});

const scenario = BUILT_IN_SCENARIOS.find((s) => s.id === 'vedtak-barnets-beste-pastand')!;

describe('gjennomgangen', () => {
  it('viser funnene for læringsmålet først, med trenerens forklaring, og resten etterpå i motorens rekkefølge', () => {
    const steps = walkthroughSteps(scenario, [
      finding('medvirkning/samtale-alene', 'barnetsSynspunkter'),
      finding('barnets-beste/alternativer-vurdert', 'vurdering'),
      finding('frister/klageadgang', 'klageadgang'),
      finding('barnets-beste/konkret-ikke-pastand', 'barnetsBeste'),
    ]);
    expect(steps.map((s) => [s.finding.ruleId, s.target])).toEqual([
      ['barnets-beste/konkret-ikke-pastand', true],
      ['barnets-beste/alternativer-vurdert', true],
      ['medvirkning/samtale-alene', false],
      ['frister/klageadgang', false],
    ]);
    expect(steps[0]!.explanation).toContain('«Til barnets beste» er en konklusjon');
    expect(steps[1]!.explanation).toContain('andre muligheter');
    expect(steps[2]!.explanation).toBeUndefined();
  });

  it('et område som mål omfatter alle regler i området', () => {
    expect(targetsFinding(['medvirkning'], finding('medvirkning/samtale-alene'))).toBe(true);
    expect(targetsFinding(['medvirkning'], finding('frister/klageadgang'))).toBe(false);
    expect(targetsFinding(['medvirkning/barnets-egne-ord'], finding('medvirkning/samtale-alene'))).toBe(false);
  });
});

describe('framdrift i øvelsen', () => {
  it('teller rettede funn mot funnene ved start, og er ferdig når ingen funn er igjen', () => {
    const start = [finding('barnets-beste/konkret-ikke-pastand'), finding('medvirkning/samtale-alene'), finding('frister/klageadgang')];
    expect(exerciseProgress(scenario, 3, start)).toMatchObject({ start: 3, fixed: 0, remaining: 3, targetRemaining: 1, done: false, percent: 0 });
    expect(exerciseProgress(scenario, 3, start.slice(1))).toMatchObject({ fixed: 1, remaining: 2, targetRemaining: 0, percent: 33 });
    expect(exerciseProgress(scenario, 3, [])).toMatchObject({ fixed: 3, remaining: 0, done: true, percent: 100 });
  });

  it('et nytt funn som oppstår under skrivingen, øker det som gjenstår i stedet for å gi negativ framdrift', () => {
    const four = [1, 2, 3, 4].map(() => finding('medvirkning/samtale-alene'));
    expect(exerciseProgress(scenario, 3, four)).toMatchObject({ start: 4, fixed: 0, remaining: 4, percent: 0 });
  });
});
