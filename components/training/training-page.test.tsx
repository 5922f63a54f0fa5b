// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { readDocument } from '../../adapters/read';
import { BUILT_IN_ADAPTERS } from '../../adapters/sites';
import { standardActivePack } from '../../extension/active-pack';
import { FindingsFeed } from './findings-feed';
import { scenarioModel } from './scenario-document';
import { BUILT_IN_SCENARIOS } from './scenario-library';
import { TrainingApp } from './TrainingApp';
import { trainingHash } from './training-route';
import { texts, withoutEmptyExtras } from '../../adapters/test/model-texts';

const pack = standardActivePack();

function showTrainingPage(hash: string) {
  document.body.innerHTML = '<div id="app"></div>';
  history.replaceState(null, '', hash);
  act(() =>
    render(
      <TrainingApp builtIn={BUILT_IN_SCENARIOS} feed={new FindingsFeed()} pack={() => pack} onScenarioShown={() => undefined} onFocusField={() => undefined} />,
      document.getElementById('app')!,
    ),
  );
}

afterEach(() => render(null, document.getElementById('app')!));

describe('øvingssiden', () => {
  for (const scenario of BUILT_IN_SCENARIOS) {
    for (const version of ['flawed', 'improved'] as const) {
      it(`${scenario.id} (${version}): sidens leser ser nøyaktig scenariets dokument, og ingenting av øvingspanelene`, () => {
        showTrainingPage(trainingHash(scenario.id, version));
        const expected = scenarioModel(scenario, version);
        // An extension page: no site adapter matches, so the generic adapter reads it, as the checker does.
        const read = readDocument(document, { url: 'chrome-extension://abc/training.html', adapters: BUILT_IN_ADAPTERS });
        expect(read?.adapterId).toBe('generic');
        expect(read?.model.documentType).toBe(scenario.documentType);
        expect(withoutEmptyExtras(read?.model, expected)).toEqual(texts(expected));
      });
    }
  }

  it('viser læringsmålet og dagens dato i øvelsen, og lenken i adressefeltet peker på scenariet', () => {
    const scenario = BUILT_IN_SCENARIOS[6]!;
    showTrainingPage(trainingHash(scenario.id, 'flawed'));
    const guide = document.querySelector('.training-guide')!.shadowRoot!;
    expect(guide.textContent).toContain(scenario.learningGoal);
    expect(guide.textContent).toContain('Dagens dato i øvelsen: 23.11.2026');
    expect(location.hash).toBe(`#/${scenario.id}/mangelfull`);
    expect(document.title).toMatch(/^Tiltaksplan – .+ – Øvingsmiljø – Vedtakslos$/);
  });
});
