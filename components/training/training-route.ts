import type { Scenario, ScenarioVersion } from './scenario-schema';

const VERSION_WORDS: Record<ScenarioVersion, string> = { flawed: 'mangelfull', improved: 'forbedret' };

/** `#/<scenario-id>/mangelfull|forbedret`: a trainer can link straight to a scenario. */
export function trainingHash(id: string, version: ScenarioVersion): string {
  return `#/${id}/${VERSION_WORDS[version]}`;
}

export function readTrainingHash(hash: string, scenarios: readonly Scenario[]): { id: string; version: ScenarioVersion } {
  const [, id, word] = /^#\/([a-z0-9-]+)(?:\/(mangelfull|forbedret))?$/.exec(hash) ?? [];
  const known = scenarios.find((s) => s.id === id);
  return { id: known?.id ?? scenarios[0]!.id, version: known && word === 'forbedret' ? 'improved' : 'flawed' };
}
