import { EvalueringForm } from '../../demo/src/forms/EvalueringForm';
import { TiltaksplanForm } from '../../demo/src/forms/TiltaksplanForm';
import { VedtakForm } from '../../demo/src/forms/VedtakForm';
import { scenarioCase, scenarioPlan } from './scenario-document';
import type { Scenario, ScenarioVersion } from './scenario-schema';

interface ScenarioFormProps {
  scenario: Scenario;
  version: ScenarioVersion;
  /** Changes when the learner starts over: the form is mounted afresh from the scenario's text. */
  attempt: number;
}

/**
 * The Fagsystem-demo's own form for the scenario's document. Edits stay in the form's memory only
 * («Lagre» keeps them there, as in the demo); nothing is written anywhere.
 */
export function ScenarioForm({ scenario, version, attempt }: ScenarioFormProps) {
  const key = `${scenario.id}/${version}/${attempt}`;
  const c = scenarioCase(scenario, version);
  const keep = () => undefined;
  switch (scenario.documentType) {
    case 'vedtak':
      return <VedtakForm key={key} c={c} initial={scenario[version]} onSave={keep} />;
    case 'tiltaksplan':
      return <TiltaksplanForm key={key} c={c} initial={scenario[version]} onSave={keep} />;
    case 'evaluering':
      return <EvalueringForm key={key} c={c} plan={scenarioPlan(scenario)} initial={scenario[version]} onSave={keep} />;
  }
}
