import type { FieldSpec } from '../../rules/model/fields';

/**
 * Matching page labels to canonical field names. Labels are normalised (case, whitespace, numbering,
 * «:», «*», «(valgfritt)») and split into words (letters/digits, so æøå-safe, where JS `\b` is ASCII-only);
 * an exact synonym wins, else the label must contain a synonym as a run of whole words. Comparing word
 * strings instead of compiling one Unicode regex per synonym keeps the first read of a page fast.
 */
export type FieldKind = FieldSpec['kind'];

export interface Vocabulary {
  exact: Map<string, string[]>;
  fuzzy: Array<{ synonym: string; tokens: string[]; name: string }>;
  kinds: Map<string, FieldKind>;
  concepts: Array<{ name: string; groups: Array<{ words: Set<string>; prefixes: string[] }> }>;
}

export interface LabelMatch {
  name: string;
  /** 3 for an exact synonym; between 1 and 2.5 for a synonym inside a longer label. */
  score: number;
}

const NOTE_WORDS = 'valgfritt|valfritt|frivillig|obligatorisk|påkrevd|påkravd|må fylles ut|må fyllast ut';
const NOTES = new RegExp(`\\((${NOTE_WORDS})\\)`, 'g');
/** The same notes as a trailing badge: «Vurdering obligatorisk», «Hjemmel – påkrevd». */
const TRAILING_NOTE = new RegExp(`[\\s,\\-\u2013\u2014*]+(${NOTE_WORDS})[\\s*:]*$`);
const NON_WORD = /[^\p{L}\p{N}]+/u;
const LEADING_NUMBER = /^[\s\d.)]+/;
const PROPER_NAME = /[^\p{L}\s]*\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/gu;

export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(NOTES, ' ')
    .replace(TRAILING_NOTE, '')
    .replace(/^\s*((\d+(\.\d+)*|[a-zæøå])[.)]|\d+(\.\d+)+)\s+/, '')
    .replace(/[\s:*?.\u2013\u2014-]+$/, '')
    .replace(/^[\s*\u2013\u2014-]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A label as its words, lower-case, joined by single spaces («Barnets beste-vurdering:» → «barnets beste vurdering»). */
export function words(label: string): string {
  return normaliseLabel(label).split(NON_WORD).filter(Boolean).join(' ');
}

/** Where `phrase` occurs in `text` as whole words (both in `words` form): its character offset, or -1. */
export function findPhrase(text: string, phrase: string): number {
  return ` ${text} `.indexOf(` ${phrase} `);
}

/** Definite and plural endings: «delmålet», «tiltaka», «vurderingen» still name «delmål», «tiltak», «vurdering». */
const ENDINGS = new Set(['e', 'et', 'en', 'a', 'ene', 'er', 'ar', 'ane', 'ne']);

/** The index of the first token where `phrase` occurs as whole words (its last word may be inflected), or -1. */
function findTokens(tokens: string[], phrase: string[]): number {
  const last = phrase.length - 1;
  outer: for (let i = 0; i + last < tokens.length; i++) {
    for (let k = 0; k < last; k++) if (tokens[i + k] !== phrase[k]) continue outer;
    const t = tokens[i + last]!;
    const p = phrase[last]!;
    if (t === p || (t.length > p.length && t.startsWith(p) && ENDINGS.has(t.slice(p.length)))) return i;
  }
  return -1;
}

export function buildVocabulary(specs: FieldSpec[], extra: Record<string, string[]> = {}): Vocabulary {
  const exact = new Map<string, string[]>();
  const fuzzy: Vocabulary['fuzzy'] = [];
  const kinds = new Map<string, FieldKind>();
  const concepts: Vocabulary['concepts'] = [];
  const addExact = (synonym: string, name: string) => {
    const names = exact.get(synonym) ?? [];
    if (names.includes(name)) return false;
    names.push(name);
    exact.set(synonym, names);
    return true;
  };
  for (const spec of specs) {
    if (!kinds.has(spec.name)) kinds.set(spec.name, spec.kind);
    for (const raw of [...spec.labels, ...(extra[spec.name] ?? [])]) {
      const synonym = words(raw);
      if (synonym && addExact(synonym, spec.name)) fuzzy.push({ synonym, tokens: synonym.split(' '), name: spec.name });
    }
    for (const raw of spec.exact ?? []) if (words(raw)) addExact(words(raw), spec.name);
    if (spec.concept && !concepts.some((c) => c.name === spec.name)) {
      const groups = spec.concept.map((g) => ({
        words: new Set(g.filter((w) => !w.endsWith('*'))),
        prefixes: g.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)),
      }));
      concepts.push({ name: spec.name, groups });
    }
  }
  fuzzy.sort((a, b) => b.synonym.length - a.synonym.length);
  return { exact, fuzzy, kinds, concepts };
}

/** Where the label first holds a word of each group (the index of the first group's word), or -1. */
function conceptAt(tokens: string[], groups: Vocabulary['concepts'][number]['groups'], names?: Set<string>): number {
  let first = -1;
  for (const g of groups) {
    const named = names && g.words.has('@name');
    const at = tokens.findIndex((t) => g.words.has(t) || g.prefixes.some((p) => t.startsWith(p)) || (named && names.has(t)));
    if (at < 0) return -1;
    if (first < 0) first = at;
  }
  return first;
}

/** Every field the label may name, best first. */
export function matchLabel(label: string, vocab: Vocabulary): LabelMatch[] {
  const text = words(label);
  if (!text) return [];
  const exact = vocab.exact.get(text);
  if (exact) return exact.map((name) => ({ name, score: 3 }));
  const best = new Map<string, number>();
  const tokens = text.split(' ');
  for (const { synonym, tokens: syn, name } of vocab.fuzzy) {
    if (synonym.length >= text.length) continue;
    const at = findTokens(tokens, syn);
    if (at < 0) continue;
    // Norwegian labels lead with the head noun («Hjemmel for vedtaket»): a synonym at the start counts more,
    // unless a bare «Vurdering av …» / «Evaluering av …», where what follows says what it is about.
    const lead = at === 0 && (syn.length > 1 || tokens[1] !== 'av');
    const score = Math.min(2.5, 1 + synonym.length / text.length + (lead ? 0.5 : 0));
    if (score > (best.get(name) ?? 0)) best.set(name, score);
  }
  // Any phrasing of a concept («Hva har barnet fortalt?»); whose voice it is goes by who is named first.
  // `@name` stands for a name after the label's first word: templates fill in the child's («Kva meiner Sigrid?»).
  const names = vocab.concepts.length ? new Set(Array.from(label.replace(LEADING_NUMBER, '').matchAll(PROPER_NAME), (m) => m[1]!.toLowerCase())) : undefined;
  for (const { name, groups } of vocab.concepts) {
    const at = conceptAt(tokens, groups, names);
    const score = at < 0 ? 0 : 1.8 - Math.min(at, 10) * 0.01;
    if (score > (best.get(name) ?? 0)) best.set(name, score);
  }
  return [...best].map(([name, score]) => ({ name, score })).sort((a, b) => b.score - a.score);
}

const folded = new WeakMap<Vocabulary, Pick<Vocabulary, 'exact' | 'concepts'>>();
/** Names in code drop the letters æøå: «fodselsdato», «hovedmaal», «malMedTiltaket». */
const fold = (s: string) => s.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/aa/g, 'a');

/**
 * A field's `name`/`id` in words («txtBarnetsMening» → «barnets mening»), matched strictly: a synonym that is
 * the whole name or its end («tiltak ansvar» → «ansvar»), or a concept; never a synonym inside the name.
 */
export function matchAttribute(label: string, vocab: Vocabulary): LabelMatch[] {
  let f = folded.get(vocab);
  if (!f) {
    const exact = new Map<string, string[]>();
    for (const [synonym, names] of vocab.exact) exact.set(fold(synonym), [...(exact.get(fold(synonym)) ?? []), ...names]);
    const concepts = vocab.concepts.map((c) => ({
      name: c.name,
      groups: c.groups.map((g) => ({ words: new Set([...g.words].map(fold)), prefixes: g.prefixes.map(fold) })),
    }));
    folded.set(vocab, (f = { exact, concepts }));
  }
  const tokens = fold(label.toLowerCase()).split(' ');
  for (let i = 0; i < tokens.length; i++) {
    const names = f.exact.get(tokens.slice(i).join(' '));
    if (names) return names.map((name) => ({ name, score: 3 - i * 0.1 }));
  }
  const out: LabelMatch[] = [];
  for (const { name, groups } of f.concepts) if (conceptAt(tokens, groups) >= 0) out.push({ name, score: 1.8 });
  return out;
}
