import type { Pack, Rule } from '@/rules/pack/schema';
import { SEVERITY_LABELS } from '@/components/overlay/labels';
import { tunedRules } from './pack-tuning';

/**
 * What changed between two versions of a pack, in words a quality lead reads: one line per change,
 * by rule. Compares the rules as they end up (overrides applied), so «the same effect» shows no change.
 */
export interface PackChange {
  /** The rule id, or `pakke` for the pack itself. */
  subject: string;
  text: string;
}

export function comparePacks(before: Pack, after: Pack): PackChange[] {
  const changes: PackChange[] = [];
  if (before.metadata.name !== after.metadata.name) {
    changes.push({ subject: 'pakke', text: `Navn: «${before.metadata.name}» → «${after.metadata.name}»` });
  }
  if (before.version !== after.version) changes.push({ subject: 'pakke', text: `Versjon: ${before.version} → ${after.version}` });
  if (JSON.stringify(before.vocabulary ?? {}) !== JSON.stringify(after.vocabulary ?? {})) {
    changes.push({ subject: 'pakke', text: 'Feltnavn (synonymer for skjemaetiketter) er endret' });
  }
  const a = new Map(tunedRules(before).map((t) => [t.rule.id, t.rule]));
  const b = new Map(tunedRules(after).map((t) => [t.rule.id, t.rule]));
  for (const [id, rule] of b) {
    const old = a.get(id);
    if (!old) changes.push({ subject: id, text: 'Ny regel' });
    else changes.push(...compareRules(old, rule).map((text) => ({ subject: id, text })));
  }
  for (const id of a.keys()) if (!b.has(id)) changes.push({ subject: id, text: 'Regelen er fjernet' });
  return changes;
}

function compareRules(a: Rule, b: Rule): string[] {
  const out: string[] = [];
  const onA = a.enabled ?? true;
  const onB = b.enabled ?? true;
  if (onA !== onB) out.push(onB ? 'Slått på' : 'Slått av');
  if (a.severity !== b.severity) out.push(`Alvorlighet: ${SEVERITY_LABELS[a.severity]} → ${SEVERITY_LABELS[b.severity]}`);
  const names = new Set([...Object.keys(a.params ?? {}), ...Object.keys(b.params ?? {})]);
  for (const name of names) {
    const va = a.params?.[name];
    const vb = b.params?.[name];
    if (JSON.stringify(va) !== JSON.stringify(vb)) out.push(`Parameter ${name}: ${show(va)} → ${show(vb)}`);
  }
  if (a.message !== b.message) out.push('Meldingsteksten er endret');
  if (a.why !== b.why) out.push('«Hvorfor»-teksten er endret');
  if (a.example !== b.example) out.push('Eksempelet er endret');
  if (JSON.stringify(a.check) !== JSON.stringify(b.check)) out.push('Sjekken er endret');
  if (JSON.stringify(a.fixtures) !== JSON.stringify(b.fixtures)) out.push('Eksemplene (testene) er endret');
  return out;
}

function show(v: unknown): string {
  if (v === undefined) return '(ikke satt)';
  if (Array.isArray(v)) return v.length > 4 ? `${v.length} ord` : `[${v.join(', ')}]`;
  return String(v);
}
