import { useState } from 'preact/hooks';
import { runPackFixtures, type FixtureOutcome } from '@/rules/engine';
import type { Pack } from '@/rules/pack/schema';

/** Why an example failed, in words. */
export function outcomeReason(o: FixtureOutcome): string {
  if (o.problem) return o.problem;
  if (o.failures.length) return `regelen kunne ikke kjøres: ${o.failures.map((f) => f.reason).join('; ')}`;
  if (o.kind === 'bad') return 'regelen ga ikke noe funn på et dårlig eksempel';
  return `regelen ga ${o.findings.length} funn på et godt eksempel`;
}

/** Runs every good/bad example the (resolved) pack carries, like a test run. */
export function FixtureRun({ pack }: { pack: Pack | null }) {
  const [outcomes, setOutcomes] = useState<FixtureOutcome[] | null>(null);
  const [ranFor, setRanFor] = useState<Pack | null>(null);
  if (!pack) return <p class="wb-notice">Den redigerte pakken har feil, så eksemplene kan ikke kjøres.</p>;
  const run = () => {
    setOutcomes(runPackFixtures(pack));
    setRanFor(pack);
  };
  const failed = outcomes?.filter((o) => !o.passed) ?? [];
  return (
    <div class="wb-fixtures">
      <p class="wb-muted">
        Hver regel kan ha gode eksempler (skal ikke gi funn) og dårlige eksempler (skal gi funn). Kjør dem før du publiserer: en
        endring som ødelegger et eksempel, vises her.
      </p>
      <button type="button" class="wb-btn" onClick={run}>Kjør eksemplene</button>
      {outcomes && (
        <div aria-live="polite">
          {ranFor !== pack && <p class="wb-notice">Pakken er endret siden eksemplene ble kjørt. Kjør dem på nytt.</p>}
          <p class={failed.length ? 'wb-fail' : 'wb-ok'} data-testid="fixture-summary" data-passed={outcomes.length - failed.length} data-failed={failed.length}>
            {outcomes.length - failed.length} av {outcomes.length} eksempler bestått{failed.length ? `, ${failed.length} feilet` : ''}.
          </p>
          {failed.length > 0 && (
            <ul class="wb-fixture-list">
              {failed.map((o, i) => (
                <li key={i} data-rule-id={o.ruleId} data-passed="false">
                  <strong>✗ {o.ruleId}</strong> – {o.kind === 'bad' ? 'dårlig' : 'godt'} eksempel «{o.name}»: {outcomeReason(o)}
                </li>
              ))}
            </ul>
          )}
          <details>
            <summary>Alle resultater</summary>
            <ul class="wb-fixture-list">
              {outcomes.map((o, i) => (
                <li key={i} data-rule-id={o.ruleId} data-passed={String(o.passed)}>
                  {o.passed ? '✓' : '✗'} {o.ruleId} – {o.kind === 'bad' ? 'dårlig' : 'godt'} eksempel «{o.name}»
                </li>
              ))}
            </ul>
          </details>
        </div>
      )}
    </div>
  );
}
