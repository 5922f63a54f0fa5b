import type { FixtureOutcome } from '@/rules/engine';
import { outcomeReason } from './FixtureRun';

/** Before publishing: the examples that fail with this version, and a second yes. */
export function PublishCheck({ failed, onConfirm, onCancel }: { failed: FixtureOutcome[]; onConfirm(): void; onCancel(): void }) {
  return (
    <div class="wb-errors" role="alert" data-testid="publish-check">
      <p class="wb-errors__title">
        {failed.length} {failed.length === 1 ? 'eksempel feiler' : 'eksempler feiler'} med denne versjonen:
      </p>
      <ul>
        {failed.slice(0, 10).map((o, i) => (
          <li key={i} data-rule-id={o.ruleId}>
            <code>{o.ruleId}</code> – {o.kind === 'bad' ? 'dårlig' : 'godt'} eksempel «{o.name}»: {outcomeReason(o)}
          </li>
        ))}
      </ul>
      {failed.length > 10 && <p>… og {failed.length - 10} til (se «Eksempler (tester)»).</p>}
      <p>Reglene oppfører seg da annerledes enn eksemplene deres sier. Vil du publisere likevel?</p>
      <div class="wb-actions">
        <button type="button" class="wb-btn wb-btn--primary" onClick={onConfirm}>Publiser likevel</button>
        <button type="button" class="wb-btn wb-btn--quiet" onClick={onCancel}>Avbryt</button>
      </div>
    </div>
  );
}
