import { useId } from 'preact/hooks';
import { AREA_LABELS, BASIS_LABELS, SEVERITY_LABELS } from '@/components/overlay/labels';
import { safeHttpUrl } from '@/components/overlay/safe-url';
import { SEVERITIES, type Severity } from '@/rules/pack/schema';
import type { RuleChange, TunedRule } from '@/extension/pack-tuning';
import { ParamField } from './ParamField';
import { packText } from './safe-text';

/** One rule: on/off, severity, parameters and texts, with its basis and good example beside them. */
export function RuleForm({ tuned, readOnly, onChange, onReset }: {
  tuned: TunedRule;
  readOnly: boolean;
  onChange(change: RuleChange): void;
  onReset(): void;
}) {
  const { rule, base } = tuned;
  const id = useId();
  const url = safeHttpUrl(rule.basis.url);
  const enabled = rule.enabled ?? true;
  return (
    <div class="wb-rule__body">
      <div class="wb-rule__facts">
        <p>
          <strong>Område:</strong> {AREA_LABELS[rule.area]} · <strong>Gjelder:</strong> {rule.appliesTo.join(', ')}
        </p>
        <p class="wb-basis">
          <strong>Grunnlag ({BASIS_LABELS[rule.basis.kind]}):</strong>{' '}
          {url ? (
            <a href={url} target="_blank" rel="noopener noreferrer">{packText(rule.basis.ref)}</a>
          ) : (
            packText(rule.basis.ref)
          )}
        </p>
        {rule.example && (
          <p class="wb-example">
            <strong>Godt eksempel:</strong> {packText(rule.example)}
          </p>
        )}
        {rule.why && (
          <p class="wb-why">
            <strong>Hvorfor:</strong> {packText(rule.why)}
          </p>
        )}
      </div>
      <fieldset class="wb-rule__form" disabled={readOnly}>
        <legend class="wb-sr-only">Innstillinger for {rule.id}</legend>
        <div class="wb-param wb-param--check">
          <input id={`${id}-on`} type="checkbox" checked={enabled} data-field="enabled"
            onChange={(e) => onChange({ enabled: (e.target as HTMLInputElement).checked })} />
          <label for={`${id}-on`}>Regelen er på</label>
        </div>
        <div class="wb-param">
          <label for={`${id}-sev`}>Alvorlighet</label>
          <select id={`${id}-sev`} value={rule.severity} data-field="severity"
            onChange={(e) => onChange({ severity: (e.target as HTMLSelectElement).value as Severity })}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>{SEVERITY_LABELS[s]}</option>
            ))}
          </select>
        </div>
        {Object.entries(rule.params ?? {}).map(([name, value]) => (
          <ParamField key={name} name={name} value={value} base={base?.params?.[name]}
            onChange={(v) => onChange({ params: { [name]: v } })} />
        ))}
        <div class="wb-param">
          <label for={`${id}-msg`}>Meldingstekst (det saksbehandleren ser)</label>
          <textarea id={`${id}-msg`} rows={3} value={rule.message} data-field="message"
            onChange={(e) => {
              const v = (e.target as HTMLTextAreaElement).value.trim();
              if (v) onChange({ message: v });
            }} />
          {base && base.message !== rule.message && <span class="wb-param__base">Standard: {packText(base.message)}</span>}
        </div>
        {!readOnly && tuned.origin === 'extended' && tuned.changed && (
          <button type="button" class="wb-btn wb-btn--quiet" onClick={onReset}>
            Tilbakestill til standardpakken
          </button>
        )}
      </fieldset>
    </div>
  );
}
