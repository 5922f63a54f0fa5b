import { useMemo, useState } from 'preact/hooks';
import { AREA_LABELS, SEVERITY_LABELS, severityToken } from '@/components/overlay/labels';
import { AREAS, type Pack } from '@/rules/pack/schema';
import { changeRule, resetRule, tunedRules } from '@/extension/pack-tuning';
import { RuleForm } from './RuleForm';
import { packText } from './safe-text';

/** Every rule the pack ends up with, by area, each opening into its form. */
export function RuleList({ pack, readOnly, onPackChange }: { pack: Pack; readOnly: boolean; onPackChange(pack: Pack): void }) {
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState<Set<string>>(new Set());
  const rules = useMemo(() => tunedRules(pack), [pack]);
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? rules.filter((t) => t.rule.id.includes(needle) || t.rule.message.toLowerCase().includes(needle))
    : rules;
  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };
  const changedCount = rules.filter((t) => t.changed).length;
  return (
    <div class="wb-rules">
      <div class="wb-toolbar">
        <label>
          Finn regel{' '}
          <input type="search" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} placeholder="f.eks. planperiode" />
        </label>
        <span class="wb-muted">
          {rules.length} regler, {rules.filter((t) => t.rule.enabled !== false).length} på
          {pack.extends ? `, ${changedCount} endret lokalt` : ''}
        </span>
      </div>
      {AREAS.map((area) => {
        const inArea = shown.filter((t) => t.rule.area === area);
        if (inArea.length === 0) return null;
        return (
          <section key={area} class="wb-area" aria-label={AREA_LABELS[area]}>
            <h3>{AREA_LABELS[area]}</h3>
            <ul class="wb-rule-list">
              {inArea.map((t) => {
                const isOpen = open.has(t.rule.id);
                const on = t.rule.enabled !== false;
                return (
                  <li key={t.rule.id} class={`wb-rule${on ? '' : ' wb-rule--off'}`} data-rule-id={t.rule.id}>
                    <button type="button" class="wb-rule__toggle" aria-expanded={isOpen} onClick={() => toggle(t.rule.id)}>
                      <span class={`wb-sev wb-sev--${severityToken(t.rule.severity)}`}>{SEVERITY_LABELS[t.rule.severity]}</span>
                      <span class="wb-rule__id">{t.rule.id}</span>
                      {!on && <span class="wb-badge">Av</span>}
                      {t.changed && t.origin === 'extended' && <span class="wb-badge wb-badge--changed">Endret</span>}
                      {t.origin === 'own' && pack.extends && <span class="wb-badge">Lokal regel</span>}
                      <span class="wb-rule__msg">{packText(t.rule.message)}</span>
                    </button>
                    {isOpen && (
                      <RuleForm tuned={t} readOnly={readOnly}
                        onChange={(change) => onPackChange(changeRule(pack, t.rule.id, change))}
                        onReset={() => onPackChange(resetRule(pack, t.rule.id))} />
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
