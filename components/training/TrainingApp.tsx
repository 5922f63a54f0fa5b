import { useEffect, useMemo, useState } from 'preact/hooks';
import { DOCUMENT_HEADINGS } from '../../demo/cases/form-fields';
import type { ActivePack } from '../../extension/active-pack';
import { evaluate } from '../../rules/engine';
import type { Finding } from '../../rules/engine/finding';
import type { FindingsFeed } from './findings-feed';
import { Guide } from './Guide';
import { scenarioModel } from './scenario-document';
import type { Scenario, ScenarioVersion } from './scenario-schema';
import { ScenarioForm } from './ScenarioForm';
import { ScenarioLibrary } from './ScenarioLibrary';
import { ShadowPanel } from './ShadowPanel';
import { TRAINING_PANEL_CSS } from './training-styles';
import { targetsFinding } from './walkthrough';
import { readTrainingHash, trainingHash } from './training-route';

export interface TrainingAppProps {
  builtIn: readonly Scenario[];
  feed: FindingsFeed;
  /** The active pack (the same the content script uses); read on every render. */
  pack(): ActivePack;
  /** Tells the checker which frozen «today» the scenario on the page uses. */
  onScenarioShown(scenario: Scenario): void;
  onFocusField(ref: string): void;
}

/** The training page: scenario library, the Fagsystem-demo form with the real overlay, and the guide. */
export function TrainingApp({ builtIn, feed, pack, onScenarioShown, onFocusField }: TrainingAppProps) {
  const initial = readTrainingHash(location.hash, builtIn);
  const [imported, setImported] = useState<Scenario[]>([]);
  const [selectedId, setSelectedId] = useState(initial.id);
  const [version, setVersion] = useState<ScenarioVersion>(initial.version);
  const [attempt, setAttempt] = useState(0);
  const [findings, setFindings] = useState<Finding[] | null>(feed.current());
  const [presentation, setPresentation] = useState(false);

  const all = [...builtIn, ...imported];
  const scenario = all.find((s) => s.id === selectedId) ?? builtIn[0]!;
  onScenarioShown(scenario);

  useEffect(() => feed.subscribe(setFindings), [feed]);

  // Every switch re-mounts the form; the checker reads it again and publishes. Until then: «Sjekker …».
  useEffect(() => {
    setFindings(null);
    history.replaceState(null, '', trainingHash(scenario.id, version));
    const child = `${scenario.barn.fornavn} ${scenario.barn.etternavn}`;
    document.title = `${DOCUMENT_HEADINGS[scenario.documentType]} – ${child} – Øvingsmiljø – Vedtakslos`;
  }, [scenario, version, attempt]);

  useEffect(() => {
    document.documentElement.classList.toggle('presentation', presentation);
  }, [presentation]);

  const activePack = pack();
  const flawedBaseline = useMemo(() => {
    const result = evaluate(activePack.compiled, scenarioModel(scenario, 'flawed'), { today: scenario.today });
    return { total: result.findings.length, target: result.findings.filter((f) => targetsFinding(scenario.targetRules, f)).length };
  }, [scenario, activePack]);

  const select = (id: string) => {
    setSelectedId(id);
    setVersion('flawed');
    setAttempt((n) => n + 1);
  };
  const togglePresentation = () => {
    const on = !presentation;
    setPresentation(on);
    // Full screen hides the browser's own chrome on the projector; it needs this click, and may be refused.
    if (on && !document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
    if (!on && document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
  };
  const rootClass = `tr-root${presentation ? ' tr-presentation' : ''}`;

  return (
    <div class="training">
      <ShadowPanel class="training-library" css={TRAINING_PANEL_CSS} label="Scenariobibliotek">
        <div class={rootClass}>
          <ScenarioLibrary
            builtIn={builtIn}
            imported={imported}
            selectedId={scenario.id}
            onSelect={select}
            onImport={(incoming) => {
              const builtInIds = new Set(builtIn.map((s) => s.id));
              const refused = incoming.filter((s) => builtInIds.has(s.id)).map((s) => s.id);
              const accepted = incoming.filter((s) => !builtInIds.has(s.id));
              if (accepted.length) {
                setImported((current) => [...current.filter((s) => !accepted.some((a) => a.id === s.id)), ...accepted]);
                select(accepted[0]!.id);
              }
              return refused;
            }}
          />
        </div>
      </ShadowPanel>
      <main class="training-main" id="hovedinnhold">
        <ShadowPanel class="training-guide" css={TRAINING_PANEL_CSS} label="Veiledning">
          <div class={rootClass}>
            <div class="tr-row" style="justify-content: flex-end">
              <button type="button" class="tr-btn" aria-pressed={presentation} data-action="presentasjon" onClick={togglePresentation}>
                Presentasjonsmodus
              </button>
            </div>
            <Guide
              scenario={scenario}
              version={version}
              findings={findings}
              flawedBaseline={flawedBaseline}
              packLabel={`Regelpakke: ${activePack.pack.metadata.name} ${activePack.pack.version}`}
              presentation={presentation}
              onVersion={setVersion}
              onRestart={() => setAttempt((n) => n + 1)}
              onFocusField={onFocusField}
            />
          </div>
        </ShadowPanel>
        <div class="doc-panel training-document" lang={scenario.language}>
          <ScenarioForm scenario={scenario} version={version} attempt={attempt} />
        </div>
      </main>
    </div>
  );
}
