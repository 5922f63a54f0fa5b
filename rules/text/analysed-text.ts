/**
 * A field's text with everything the text functions derive from it (its tokens, word counts, term index,
 * sentences, the child-voice analysis), each worked out once, when first asked for. Dozens of rules read
 * the same few fields on every evaluation; through `analysed(text)` they share one analysis of each.
 *
 * The analyses of recent texts are kept (least recently used out first), so a field that did not change
 * since the last pause in typing is not analysed again. Whole texts and their pieces (pieces.ts) are
 * keys: a keystroke in a long field re-analyses only the piece it changed.
 */
export type Derivation<T> = (text: AnalysedText) => T;

export class AnalysedText {
  private readonly derived = new Map<Derivation<unknown>, unknown>();

  constructor(readonly text: string) {}

  /** What `derive` makes of this text, worked out on the first call. */
  get<T>(derive: Derivation<T>): T {
    if (this.derived.has(derive)) return this.derived.get(derive) as T;
    const value = derive(this);
    this.derived.set(derive, value);
    return value;
  }
}

/** Room for every field of a large form and its pieces (pieces.ts) several times over; bounded by characters, not only by count. */
const CACHE_SIZE = 2048;
const CACHE_CHARS = 400_000;
const cache = new Map<string, AnalysedText>();
let cacheChars = 0;

export function analysed(text: string): AnalysedText {
  const cached = cache.get(text);
  if (cached) {
    // Most recently used last: a text in use is not the next to go.
    cache.delete(text);
    cache.set(text, cached);
    return cached;
  }
  const analysis = new AnalysedText(text);
  while (cache.size && (cache.size >= CACHE_SIZE || cacheChars + text.length > CACHE_CHARS)) {
    const oldest = cache.keys().next().value!;
    cacheChars -= oldest.length;
    cache.delete(oldest);
  }
  cache.set(text, analysis);
  cacheChars += text.length;
  return analysis;
}

/** Drops every analysis kept (for tests). */
export function forgetAnalyses(): void {
  cache.clear();
  cacheChars = 0;
}
