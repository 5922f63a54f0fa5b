import { parseScenarioData } from './scenario-import';
import type { Scenario } from './scenario-schema';

/**
 * The built-in scenario library: every `scenarios/*.json` file (one scenario each, numbered for order),
 * validated when the module loads. A broken file is a build-time mistake, so it throws with the path.
 */
const files = import.meta.glob<unknown>('./scenarios/*.json', { eager: true, import: 'default' });

function loadBuiltIn(): Scenario[] {
  return Object.keys(files)
    .sort()
    .map((path) => {
      const parsed = parseScenarioData(files[path]);
      if (!parsed.ok) {
        const first = parsed.errors[0]!;
        throw new Error(`Ugyldig scenariofil ${path}: ${first.path}: ${first.message}`);
      }
      return parsed.scenarios[0]!;
    });
}

export const BUILT_IN_SCENARIOS: readonly Scenario[] = loadBuiltIn();
