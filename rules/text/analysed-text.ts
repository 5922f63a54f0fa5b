/**
 * A field's text with everything the text functions derive from it (its tokens, word counts, term index,
 * sentences, the child-voice analysis), each worked out once, when first asked for. Dozens of rules read
 * the same few fields on every evaluation; through `analysed(text)` they share one analysis of each.
 *
 * The analyses of recent texts are kept, so a field that did not change
 * since the last pause in typing is not analysed again. Whole texts and their pieces (pieces.ts) are
 * keys: a keystroke in a long field re-analyses only the piece it changed.
 */
export type Derivation<T> = (text: AnalysedText) => T;

export class AnalysedText {
  private readonly derived = new Map<Derivation<unknown>, unknown>();
  /** Being typed into (or a piece of such a text): pieces.ts cuts only these. */
  edited = false;

  constructor(readonly text: string) {}

  /** What `derive` makes of this text, worked out on the first call. */
  get<T>(derive: Derivation<T>): T {
    if (this.derived.has(derive)) return this.derived.get(derive) as T;
    const value = derive(this);
    this.derived.set(derive, value);
    return value;
  }
}

/**
 * Room for every field of a large form and its pieces (pieces.ts) several times over, in two generations:
 * texts asked for go into the recent one; when it is full it becomes the older one and the texts in the
 * older one that were not asked for again are let go. A text in use is kept without the bookkeeping of
 * a strict least-recently-used order on every look-up. Bounded by characters, not only by count.
 */
const GENERATION_SIZE = 1024;
const GENERATION_CHARS = 200_000;
let recent = new Map<string, AnalysedText>();
let older = new Map<string, AnalysedText>();
let recentChars = 0;

export function analysed(text: string): AnalysedText {
  const cached = recent.get(text);
  if (cached) return cached;
  const analysis = older.get(text) ?? new AnalysedText(text);
  if (recent.size >= GENERATION_SIZE || recentChars + text.length > GENERATION_CHARS) {
    older = recent;
    recent = new Map();
    recentChars = 0;
  }
  recent.set(text, analysis);
  recentChars += text.length;
  return analysis;
}

/** Whether an analysis of this text is kept (asking does not keep it longer). */
export function isAnalysed(text: string): boolean {
  return recent.has(text) || older.has(text);
}

/** Drops every analysis kept (for tests). */
export function forgetAnalyses(): void {
  recent = new Map();
  older = new Map();
  recentChars = 0;
}
