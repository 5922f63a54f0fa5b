import { useEffect, useState } from 'preact/hooks';
import { ruleStatsItem } from '@/extension/settings';
import { parseRuleStats, ruleStatsCsv, ruleStatsRows, type RuleStatsRow } from '@/extension/rule-stats-csv';
import { downloadText } from './download';
import { localToday } from '@/extension/today';

/** Content-free counts per rule in this browser: fired, and marked «ikke relevant». Exportable as CSV. */
export function RuleStatsPanel() {
  const [rows, setRows] = useState<RuleStatsRow[]>([]);
  useEffect(() => {
    const load = (raw: unknown) => setRows(ruleStatsRows(parseRuleStats(raw)));
    void ruleStatsItem.getValue().then(load);
    return ruleStatsItem.watch(load);
  }, []);
  return (
    <div class="wb-stats">
      <p class="wb-muted">
        Bare tall: hvor ofte hver regel har gitt et funn i denne nettleseren, og hvor ofte et funn er markert «ikke relevant».
        Ingen tekst, ingen saker, ingen navn. Regler som ofte markeres «ikke relevant», kan være støy.
      </p>
      {rows.length === 0 ? (
        <p data-testid="stats-empty">Ingen funn registrert ennå.</p>
      ) : (
        <table class="wb-table" data-testid="stats-table">
          <thead>
            <tr><th scope="col">Regel</th><th scope="col">Utløst</th><th scope="col">Ikke relevant</th><th scope="col">Andel ikke relevant</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.ruleId} data-rule-id={r.ruleId}>
                <td><code>{r.ruleId}</code></td>
                <td>{r.fired}</td>
                <td>{r.dismissed}</td>
                <td>{Math.round(r.dismissedShare * 100)} %</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="wb-actions">
        <button type="button" class="wb-btn" disabled={rows.length === 0}
          onClick={() => downloadText(`vedtakslos-statistikk-${localToday()}.csv`, `\uFEFF${ruleStatsCsv(rows)}`, 'text/csv')}>
          Last ned som CSV
        </button>
        <button type="button" class="wb-btn wb-btn--quiet" disabled={rows.length === 0}
          onClick={() => {
            if (confirm('Nullstille statistikken i denne nettleseren?')) void ruleStatsItem.setValue({});
          }}>
          Nullstill
        </button>
      </div>
    </div>
  );
}
