import { useId } from 'preact/hooks';
import type { ParamValue } from '@/rules/pack/schema';
import { paramLabel } from './param-labels';

/**
 * One rule parameter as a form control, chosen by the kind of value the pack schema allows
 * (ParamValueSchema: number | text | yes/no | word list).
 */
export function ParamField({ name, value, base, disabled, onChange }: {
  name: string;
  value: ParamValue;
  base?: ParamValue;
  disabled?: boolean;
  onChange(value: ParamValue): void;
}) {
  const id = useId();
  const label = paramLabel(name);
  const changed = base !== undefined && JSON.stringify(base) !== JSON.stringify(value);
  const hint = base !== undefined && changed ? <span class="wb-param__base">Standard: {showBase(base)}</span> : null;

  if (typeof value === 'number') {
    return (
      <div class="wb-param">
        <label for={id}>{label}</label>
        <input id={id} type="number" step="any" value={value} disabled={disabled} data-param={name}
          onChange={(e) => {
            const n = Number((e.target as HTMLInputElement).value);
            if (Number.isFinite(n)) onChange(n);
          }} />
        {hint}
      </div>
    );
  }
  if (typeof value === 'boolean') {
    return (
      <div class="wb-param wb-param--check">
        <input id={id} type="checkbox" checked={value} disabled={disabled} data-param={name}
          onChange={(e) => onChange((e.target as HTMLInputElement).checked)} />
        <label for={id}>{label}</label>
        {hint}
      </div>
    );
  }
  if (Array.isArray(value)) {
    return (
      <div class="wb-param">
        <label for={id}>{label} <span class="wb-muted">(ett ord eller uttrykk per linje; * på slutten betyr «alle endelser»)</span></label>
        <textarea id={id} rows={Math.min(10, Math.max(3, value.length))} disabled={disabled} data-param={name}
          value={value.join('\n')}
          onChange={(e) => onChange((e.target as HTMLTextAreaElement).value.split('\n').map((s) => s.trim()).filter(Boolean))} />
        {hint}
      </div>
    );
  }
  return (
    <div class="wb-param">
      <label for={id}>{label}</label>
      <input id={id} type="text" value={value} disabled={disabled} data-param={name}
        onChange={(e) => onChange((e.target as HTMLInputElement).value)} />
      {hint}
    </div>
  );
}

function showBase(v: ParamValue): string {
  if (Array.isArray(v)) return `${v.length} ord`;
  if (typeof v === 'boolean') return v ? 'ja' : 'nei';
  return String(v);
}
