import type { FieldSpec } from '../../rules/model/fields';
import type { FieldUnit, UnitIndex } from '../dom/units';
import { labelSources } from './labels';
import { matchAttribute, matchLabel, type Vocabulary } from './vocabulary';

/** A unit's candidate field names under one vocabulary, from the first label source that names any. */
export interface UnitMatch {
  unit: FieldUnit;
  label: string;
  matches: Array<{ name: string; score: number }>;
}

export class Matcher {
  private sources = new Map<FieldUnit, ReturnType<typeof labelSources>>();
  private memo = new Map<Vocabulary, Map<FieldUnit, UnitMatch | null>>();

  /**
   * `known` holds every label of the document type: a unit is named by its nearest source that names any
   * field, so a wrapping «Tiltak» label is not skipped in favour of a «Delmål 1» heading further up.
   */
  constructor(readonly index: UnitIndex, private readonly known?: Vocabulary) {}

  match(unit: FieldUnit, vocab: Vocabulary): UnitMatch | null {
    let byUnit = this.memo.get(vocab);
    if (!byUnit) this.memo.set(vocab, (byUnit = new Map()));
    if (byUnit.has(unit)) return byUnit.get(unit)!;
    let sources = this.sources.get(unit);
    if (!sources) this.sources.set(unit, (sources = labelSources(unit, this.index)));
    let result: UnitMatch | null = null;
    for (const source of sources) {
      const match = source.kind === 'attribute' ? matchAttribute : matchLabel;
      const matches = match(source.text, vocab).filter((m) => kindFits(unit, vocab.kinds.get(m.name), m.name));
      if (matches.length) {
        result = { unit, label: source.text, matches };
        break;
      }
      if (this.known && vocab !== this.known && match(source.text, this.known).length) break;
    }
    byUnit.set(unit, result);
    return result;
  }

  /** Whether no label of this unit names any field of the document type («Beskrivelse», «Tekst»). */
  unnamed(unit: FieldUnit): boolean {
    return !!this.known && !this.match(unit, this.known);
  }

  /** The best score this unit gets under a vocabulary (0 when none). */
  score(unit: FieldUnit, vocab: Vocabulary): number {
    return this.match(unit, vocab)?.matches[0]?.score ?? 0;
  }
}

const PAIR_TEXT_FIELDS = new Set(['barnetsNavn', 'planNummer']);

function kindFits(unit: FieldUnit, kind: FieldSpec['kind'] | undefined, name: string): boolean {
  if (unit.kind === 'pair') return kind === 'date' || PAIR_TEXT_FIELDS.has(name);
  if (unit.kind === 'checkbox') return kind === 'checkbox';
  if (kind === 'checkbox') return unit.kind === 'radio';
  if (unit.kind === 'date') return kind === 'date' || kind === 'text';
  return true;
}

/** Assigns each name to at most one unit and each unit to at most one name: best score first, then page order. */
export function assign(candidates: UnitMatch[], taken: Set<string> = new Set()): Array<{ name: string; match: UnitMatch; score: number }> {
  const pairs: Array<{ name: string; match: UnitMatch; score: number; order: number }> = [];
  candidates.forEach((match, order) => {
    // A value shown as plain text (a header <dd>) loses a tie against a form control with the same label.
    const penalty = match.unit.kind === 'static' || match.unit.kind === 'pair' ? 0.01 : 0;
    for (const m of match.matches) pairs.push({ name: m.name, match, score: m.score - penalty, order });
  });
  pairs.sort((a, b) => b.score - a.score || a.order - b.order);
  const usedUnits = new Set<FieldUnit>();
  const out: Array<{ name: string; match: UnitMatch; score: number }> = [];
  for (const p of pairs) {
    if (taken.has(p.name) || usedUnits.has(p.match.unit)) continue;
    taken.add(p.name);
    usedUnits.add(p.match.unit);
    out.push(p);
  }
  return out.sort((a, b) => candidates.indexOf(a.match) - candidates.indexOf(b.match));
}
