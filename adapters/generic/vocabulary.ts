import type { FieldSpec } from '../../rules/model/fields';

/**
 * Matching page labels to canonical field names. Labels are normalised (case, whitespace, numbering,
 * «:», «*», «(valgfritt)»); an exact synonym wins, else the label must contain a synonym as whole words.
 * JS `\b` is ASCII-only, so word edges are `\p{L}`/`\p{N}` lookarounds (æøå-safe).
 */
export type FieldKind = FieldSpec['kind'];

export interface Vocabulary {
  exact: Map<string, string[]>;
  fuzzy: Array<{ synonym: string; name: string; pattern: RegExp }>;
  kinds: Map<string, FieldKind>;
}

export interface LabelMatch {
  name: string;
  /** 3 for an exact synonym; between 1 and 2.5 for a synonym inside a longer label. */
  score: number;
}

const NOTES = /\((valgfritt|valfritt|frivillig|obligatorisk|påkrevd|påkravd|må fylles ut|må fyllast ut)\)/gu;

export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[\u00a0\s]+/gu, ' ')
    .replace(NOTES, ' ')
    .replace(/^\s*((\d+(\.\d+)*|[a-zæøå])[.)]|\d+(\.\d+)+)\s+/u, '')
    .replace(/[\s:*?.\u2013\u2014-]+$/u, '')
    .replace(/^[\s*\u2013\u2014-]+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function buildVocabulary(specs: FieldSpec[], extra: Record<string, string[]> = {}): Vocabulary {
  const exact = new Map<string, string[]>();
  const fuzzy: Vocabulary['fuzzy'] = [];
  const kinds = new Map<string, FieldKind>();
  for (const spec of specs) {
    kinds.set(spec.name, spec.kind);
    for (const raw of [...spec.labels, ...(extra[spec.name] ?? [])]) {
      const synonym = normaliseLabel(raw);
      if (!synonym) continue;
      const names = exact.get(synonym) ?? [];
      if (!names.includes(spec.name)) names.push(spec.name);
      exact.set(synonym, names);
      if (!fuzzy.some((f) => f.synonym === synonym && f.name === spec.name)) {
        fuzzy.push({ synonym, name: spec.name, pattern: wordPattern(synonym) });
      }
    }
  }
  fuzzy.sort((a, b) => b.synonym.length - a.synonym.length);
  return { exact, fuzzy, kinds };
}

export function wordPattern(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
}

/** Every field the label may name, best first. */
export function matchLabel(label: string, vocab: Vocabulary): LabelMatch[] {
  const text = normaliseLabel(label);
  if (!text) return [];
  const exact = vocab.exact.get(text);
  if (exact) return exact.map((name) => ({ name, score: 3 }));
  const best = new Map<string, number>();
  for (const { synonym, name, pattern } of vocab.fuzzy) {
    const m = pattern.exec(text);
    if (!m) continue;
    // Norwegian labels lead with the head noun («Hjemmel for vedtaket»): a synonym at the start counts more.
    const score = 1 + synonym.length / text.length + (m.index === 0 ? 0.5 : 0);
    if (score > (best.get(name) ?? 0)) best.set(name, Math.min(score, 2.5));
  }
  return [...best].map(([name, score]) => ({ name, score })).sort((a, b) => b.score - a.score);
}
