import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '../../rules/engine/finding';
import { FindingItem } from '../overlay/FindingItem';
import type { Scenario, ScenarioVersion } from './scenario-schema';
import { DOCUMENT_TYPE_NAMES, formatToday } from './training-labels';
import { exerciseProgress, targetsFinding, walkthroughSteps } from './walkthrough';

interface GuideProps {
  scenario: Scenario;
  version: ScenarioVersion;
  /** The checker's active findings on the page; null until it has read the form. */
  findings: Finding[] | null;
  /** What the same engine and pack find in the flawed version as shipped (the exercise's starting point). */
  flawedBaseline: { total: number; target: number };
  packLabel: string;
  /** Projector mode: the arrow keys and a presenter's PageUp/PageDown step through the walkthrough. */
  presentation: boolean;
  onVersion(version: ScenarioVersion): void;
  onRestart(): void;
  onFocusField(ref: string): void;
}

/** The scenario's learning goal, the guided walkthrough and the exercise progress. */
export function Guide({ scenario, version, findings, flawedBaseline, packLabel, presentation, onVersion, onRestart, onFocusField }: GuideProps) {
  const steps = findings ? walkthroughSteps(scenario, findings) : [];
  const [index, setIndex] = useState(0);
  useEffect(() => setIndex(0), [scenario.id, version]);
  useStepKeys(presentation, steps.length, setIndex);
  const current = steps[Math.min(index, steps.length - 1)];
  const position = current ? steps.indexOf(current) : -1;
  const targetCount = findings ? findings.filter((f) => targetsFinding(scenario.targetRules, f)).length : null;

  return (
    <div class="tr-guide" lang={scenario.language}>
      <div class="tr-card">
        <div class="tr-guide__head">
          <div>
            <h2 id="scenario-tittel">{scenario.title}</h2>
            <div class="tr-row tr-muted">
              <span class="tr-badge">{DOCUMENT_TYPE_NAMES[scenario.documentType]}</span>
              {scenario.language === 'nn' && <span class="tr-badge tr-badge--nn">Nynorsk</span>}
              <span lang="nb">Dagens dato i øvelsen: {formatToday(scenario.today)}</span>
              <span class="tr-hide-in-presentation" lang="nb">· {packLabel}</span>
            </div>
          </div>
          <div class="tr-row tr-versions" role="group" aria-label="Versjon" lang="nb">
            {version === 'flawed' ? (
              <button type="button" class="tr-btn tr-btn--primary" data-action="vis-forbedret" onClick={() => onVersion('improved')}>
                Vis forbedret versjon
              </button>
            ) : (
              <button type="button" class="tr-btn" data-action="vis-mangelfull" onClick={() => onVersion('flawed')}>
                Tilbake til mangelfull versjon
              </button>
            )}
          </div>
        </div>
        <h3 lang="nb">Læringsmål</h3>
        <p class="tr-goal">{scenario.learningGoal}</p>
        {flawedBaseline.target === 0 && (
          <p class="tr-muted" lang="nb" role="note">
            Den aktive regelpakken gir ingen funn for dette læringsmålet, kanskje fordi regelen er slått av lokalt. Scenariet er
            laget for standardpakken.
          </p>
        )}
        <ul class="tr-targets" aria-label="Reglene læringsmålet gjelder">
          {scenario.targetRules.map((r) => (
            <li key={r}>
              <span class="tr-code">{r}</span>
            </li>
          ))}
        </ul>
      </div>

      <section class="tr-card" aria-labelledby="gjennomgang-tittel" lang="nb">
        <div class="tr-row" style="justify-content: space-between">
          <h2 id="gjennomgang-tittel">{version === 'flawed' ? 'Gjennomgang av funnene' : 'Forbedret versjon'}</h2>
          <span class="tr-badge">{version === 'flawed' ? 'Mangelfull versjon' : 'Forbedret versjon'}</span>
        </div>
        {findings === null ? (
          <p class="tr-muted">Sjekker skjemaet …</p>
        ) : (
          <p class={`tr-count${targetCount === 0 ? ' tr-count--zero' : ''}`} data-target-count={targetCount} aria-live="polite">
            {targetCount === 0
              ? version === 'improved'
                ? `Ingen funn for læringsmålet (mangelfull versjon: ${flawedBaseline.target}).`
                : 'Ingen funn for læringsmålet igjen.'
              : `${targetCount} funn for læringsmålet`}
            {findings.length > (targetCount ?? 0) && ` · ${findings.length - (targetCount ?? 0)} andre funn`}
          </p>
        )}
        {current && (
          <div data-walkthrough-step={position + 1}>
            <div class="tr-row" style="justify-content: space-between">
              <span class="tr-muted">
                Steg {position + 1} av {steps.length}
              </span>
              <div class="tr-row">
                <button type="button" class="tr-btn" disabled={position <= 0} onClick={() => setIndex(position - 1)}>
                  ← Forrige
                </button>
                <button type="button" class="tr-btn" data-action="neste-steg" disabled={position >= steps.length - 1} onClick={() => setIndex(position + 1)}>
                  Neste →
                </button>
              </div>
            </div>
            <div class="tr-step">
              {current.target && <div class="tr-step__target">Læringsmål</div>}
              <div class="vl-root tr-finding" style="pointer-events: auto">
                <ul>
                  <FindingItem finding={current.finding} place="card" onJump={onFocusField} />
                </ul>
              </div>
              {current.explanation && (
                <div class="tr-step__explanation" lang={scenario.language}>
                  <strong lang="nb">Til drøfting</strong>
                  {current.explanation}
                </div>
              )}
            </div>
          </div>
        )}
        {findings !== null && steps.length === 0 && version === 'improved' && (
          <p>Funnene fra den mangelfulle versjonen er borte. Sammenlign feltene med den mangelfulle versjonen.</p>
        )}
      </section>

      {version === 'flawed' && findings !== null && (
        <Exercise scenario={scenario} findings={findings} baseline={flawedBaseline.total} onRestart={onRestart} />
      )}
    </div>
  );
}

/** Arrow keys and PageUp/PageDown move between steps, except while typing in the form. */
function useStepKeys(on: boolean, count: number, setIndex: (change: (i: number) => number) => void): void {
  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const target = e.composedPath()[0];
      if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      const step = e.key === 'ArrowRight' || e.key === 'PageDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'PageUp' ? -1 : 0;
      if (!step || count === 0) return;
      e.preventDefault();
      setIndex((i) => Math.max(0, Math.min(count - 1, Math.min(i, count - 1) + step)));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [on, count]);
}

function Exercise({ scenario, findings, baseline, onRestart }: { scenario: Scenario; findings: Finding[]; baseline: number; onRestart(): void }) {
  const progress = exerciseProgress(scenario, baseline, findings);
  return (
    <section class="tr-card" aria-labelledby="ovelse-tittel" lang="nb" data-exercise-remaining={progress.remaining}>
      <div class="tr-row" style="justify-content: space-between">
        <h2 id="ovelse-tittel">Øvelse: rett opp skjemaet</h2>
        <button type="button" class="tr-btn" data-action="begynn-pa-nytt" onClick={onRestart}>
          Begynn på nytt
        </button>
      </div>
      <p class="tr-muted">Skriv i skjemaet til det ikke er flere funn. Endringene dine lagres ikke.</p>
      <div
        class="tr-progress"
        role="progressbar"
        aria-label="Rettede funn"
        aria-valuemin={0}
        aria-valuemax={progress.start}
        aria-valuenow={progress.fixed}
      >
        <div class="tr-progress__bar" style={`width: ${progress.percent}%`} />
      </div>
      {progress.done ? (
        <p class="tr-done" aria-live="polite">Ingen funn igjen – godt jobbet!</p>
      ) : (
        <p aria-live="polite" data-progress-text>
          {progress.fixed} av {progress.start} funn rettet · {progress.targetRemaining} igjen for læringsmålet
        </p>
      )}
    </section>
  );
}
