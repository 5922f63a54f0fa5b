import { analysed, type AnalysedText, type Derivation } from './analysed-text';
import * as chars from './char-class';
import { isAllNumbers, wordCharWidth } from './char-class';
import { piecewise } from './pieces';

// Module-local copies of the class table and its bits, read once per character: an imported binding can be
// a getter once bundled as CommonJS (as tsx and vitest load it), too dear on this path.
const CHAR_CLASS = chars.CHAR_CLASS;
const learnClass = chars.learnClass;
const pairWordWidth = chars.pairWordWidth;
const WORD = chars.WORD;
const SURROGATE = chars.SURROGATE;

/**
 * Word tokens with their character offsets. JavaScript's `\b` and `\w` are ASCII-only, so «ø» would
 * split «støttekontakt»; everything here uses Unicode letter and number classes instead.
 */
export interface Token {
  /** The word as written. */
  readonly text: string;
  /** Lower-cased (and in NFC, without soft hyphens or zero-width characters). */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A word: letters (with combining marks, as in a decomposed «å») and digits, with inner hyphens or
 * apostrophes («PMTO-behandling») and the invisible soft hyphens and zero-width characters that rich-text
 * editors leave inside words: `[\p{L}\p{M}\p{N}]+(?:(?:['’-]|[\u00ad\u200b-\u200d]+)[\p{L}\p{M}\p{N}]+)*` as a
 * Unicode regex, scanned by hand instead, because that regex was the costliest step of reading a long field.
 */
const isJoiner = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2d;
const isInvisible = (code: number) => code === 0xad || (code >= 0x200b && code <= 0x200d);
const INVISIBLE = /[\u00ad\u200b-\u200d]/gu;
const HAS_INVISIBLE = /[\u00ad\u200b-\u200d]/u;
/** Anonymised names and template gaps: «[navn]», «[Anonymisert navn]», «<navn>», «XX». */
const PLACEHOLDER = /\[[^\]\n]{1,40}\]|<[^>\n]{1,40}>|\{[^}\n]{1,40}\}/gu;

/**
 * The end of the word that starts at `i` (a word character): its runs of letters, marks and digits joined
 * by inner hyphens and the like. Reads the class table directly: one call per word, not per character.
 */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  for (;;) {
    let code = 0;
    while (j < n) {
      code = text.charCodeAt(j);
      const bits = CHAR_CLASS[code] || learnClass(code);
      if ((bits & WORD) !== 0) j++;
      else if ((bits & SURROGATE) !== 0 && pairWordWidth(text, j) === 2) j += 2;
      else break;
    }
    if (j >= n) return j;
    let next = j;
    if (isJoiner(code)) next++;
    else while (isInvisible(text.charCodeAt(next))) next++;
    if (next === j || wordCharWidth(text, next) === 0) return j;
    j = next;
  }
}

/** A word of a text, its written form cut out of the text only when asked for (seldom). */
class TextToken implements Token {
  constructor(private readonly source: string, readonly lower: string, readonly start: number, readonly end: number) {}

  get text(): string {
    return this.source.slice(this.start, this.end);
  }
}

/** Characters whose lower case depends on what follows (Σ) or is longer (İ): those texts are lowered word by word. */
const CONTEXTUAL_CASE = /[\u0130\u03a3]/u;

/**
 * The text in lower case, when each word's lower case is the same stretch of it; otherwise undefined.
 * One call for the whole text instead of one per word.
 */
function lowerCaseAligned(text: string): string | undefined {
  if (CONTEXTUAL_CASE.test(text)) return undefined;
  const lowered = text.toLowerCase();
  return lowered.length === text.length ? lowered : undefined;
}

/**
 * The words of a text in a few flat arrays instead of an object per word: word `i` runs from `starts[i]`
 * to `ends[i]` and is, in lower case, `lowers[ids[i]]`. Each distinct lower-case word is kept once (its
 * number is the order of its first occurrence), so a long field's analysis holds a handful of objects
 * and the distinct words, not several objects per word that every young-generation collection would copy.
 */
export interface Words {
  readonly text: string;
  /** How many words. */
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The word number of each word: its lower case is `lowers[ids[i]]`. */
  readonly ids: Int32Array;
  /** The distinct words in lower case (NFC, without soft hyphens or zero-width characters), by number. */
  readonly lowers: readonly string[];
}

/** Scratch space for scanning, reused by every scan and copied out at the exact size (grows with the longest text). */
let scratchStarts = new Int32Array(1024);
let scratchEnds = new Int32Array(1024);
let scratchIds = new Int32Array(1024);

/** A copy of `a` twice as long. */
function doubled(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(a.length * 2);
  grown.set(a);
  return grown;
}

function growScratch(): void {
  scratchStarts = doubled(scratchStarts);
  scratchEnds = doubled(scratchEnds);
  scratchIds = doubled(scratchIds);
}

/**
 * Every lower-case word met, numbered once, so that the words of a text that was read before in another
 * version (a field a keystroke changed) are the strings already kept, not new copies that survive into the
 * old generation with each analysis. Bounded: emptied when full, between scans.
 *
 * Looked up by a hash of the word's code units in an open-addressing table (slot: number + 1, 0 when
 * empty), so a word already known is found from the text itself, without cutting a string out of it.
 */
const KNOWN_WORDS_LIMIT = 50_000;
const SLOTS = 1 << 12;
let slots = new Int32Array(SLOTS);
let slotMask = SLOTS - 1;
const knownWords: string[] = [];
/** Per known word: its hash, the scan that last met it, and its number in that scan's text. */
let knownHashes = new Int32Array(1024);
let metInScan = new Int32Array(1024);
let numberInScan = new Int32Array(1024);
let scans = 0;

/** A copy of a word that does not keep alive the text it was cut from (a cut of 13 or more characters refers to it). */
const detached = (word: string): string => (word.length < 13 ? word : (' ' + word).slice(1));

/** The hash of code units `start` to `end` of `s` (FNV-1a, mixed at the end). */
function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

function growKnown(): void {
  knownHashes = doubled(knownHashes);
  metInScan = doubled(metInScan);
  numberInScan = doubled(numberInScan);
}

/** Twice the slots when more than half are taken (a scan of very many distinct words). */
function growSlots(): void {
  slots = new Int32Array(slots.length * 2);
  slotMask = slots.length - 1;
  for (let known = 0; known < knownWords.length; known++) {
    let slot = knownHashes[known]! & slotMask;
    while (slots[slot] !== 0) slot = (slot + 1) & slotMask;
    slots[slot] = known + 1;
  }
}

/** The number of the word that is code units `start` to `end` of `s` (in lower case), numbering it if new. */
function knownId(s: string, start: number, end: number): number {
  const hash = hashOf(s, start, end);
  const length = end - start;
  let slot = hash & slotMask;
  for (let entry = slots[slot]!; entry !== 0; entry = slots[slot]!) {
    const known = entry - 1;
    if (knownHashes[known] === hash) {
      const word = knownWords[known]!;
      if (word.length === length) {
        let k = 0;
        while (k < length && word.charCodeAt(k) === s.charCodeAt(start + k)) k++;
        if (k === length) return known;
      }
    }
    slot = (slot + 1) & slotMask;
  }
  const known = knownWords.length;
  knownWords.push(detached(start === 0 && end === s.length ? s : s.slice(start, end)));
  if (known >= metInScan.length) growKnown();
  knownHashes[known] = hash;
  metInScan[known] = 0;
  slots[slot] = known + 1;
  if (2 * knownWords.length > slots.length) growSlots();
  return known;
}

/** The words of a text (any text). A field's are kept: `analysed(text).get(WORDS)`. */
export function scanWords(text: string): Words {
  if (knownWords.length > KNOWN_WORDS_LIMIT) {
    knownWords.length = 0;
    if (slots.length !== SLOTS) {
      slots = new Int32Array(SLOTS);
      slotMask = SLOTS - 1;
    } else {
      slots.fill(0);
    }
  }
  // Numbers of known words are reused after emptying, so each scan has its own mark (never 0, a new word's).
  scans = scans >= 0x7fffffff ? 1 : scans + 1;
  if (scans === 1) metInScan.fill(0);
  const scan = scans;
  const lowers: string[] = [];
  let count = 0;
  // A text in NFC without invisible characters needs neither step per word (its words are NFC too).
  const plain = !HAS_INVISIBLE.test(text) && text === text.normalize('NFC');
  const lowered = plain ? lowerCaseAligned(text) : undefined;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    const bits = CHAR_CLASS[code] || learnClass(code);
    // Not a word's start: one code unit on is enough (the second half of a pair is no word character).
    if ((bits & WORD) === 0 && ((bits & SURROGATE) === 0 || pairWordWidth(text, i) === 0)) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    let known: number;
    if (lowered !== undefined) {
      known = knownId(lowered, i, end);
    } else {
      const lower = plain ? text.slice(i, end).toLowerCase() : text.slice(i, end).replace(INVISIBLE, '').normalize('NFC').toLowerCase();
      known = knownId(lower, 0, lower.length);
    }
    let id: number;
    if (metInScan[known] === scan) {
      id = numberInScan[known]!;
    } else {
      id = lowers.length;
      metInScan[known] = scan;
      numberInScan[known] = id;
      lowers.push(knownWords[known]!);
    }
    if (count === scratchStarts.length) growScratch();
    scratchStarts[count] = i;
    scratchEnds[count] = end;
    scratchIds[count] = id;
    count++;
    i = end;
  }
  // One buffer for the three arrays: each buffer is an object that every collection has to track.
  const buffer = new Int32Array(3 * count);
  for (let k = 0; k < count; k++) {
    buffer[k] = scratchStarts[k]!;
    buffer[count + k] = scratchEnds[k]!;
    buffer[2 * count + k] = scratchIds[k]!;
  }
  const starts = buffer.subarray(0, count);
  const ends = buffer.subarray(count, 2 * count);
  const wordIds = buffer.subarray(2 * count);
  return { text, count, starts, ends, ids: wordIds, lowers };
}

/** Word `i` in lower case. */
export const lowerOf = (words: Words, i: number): string => words.lowers[words.ids[i]!]!;

/** Word `i` as written (cut out of the text on each call). */
export const writtenOf = (words: Words, i: number): string => words.text.slice(words.starts[i]!, words.ends[i]!);

/** The words of a text as objects, for short texts (a term, a quote); a field's are read through `WORDS`. */
export function tokenize(text: string): Token[] {
  const words = scanWords(text);
  const tokens: Token[] = [];
  for (let i = 0; i < words.count; i++) tokens.push(new TextToken(text, lowerOf(words, i), words.starts[i]!, words.ends[i]!));
  return tokens;
}

export const WORDS: Derivation<Words> = (a) => scanWords(a.text);

/** Ranges of bracketed placeholders in the text («[navn]»). */
export function placeholderRanges(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const PLACEHOLDERS: Derivation<ReadonlyArray<{ start: number; end: number }>> = (a) => placeholderRanges(a.text);

/**
 * Function words (bokmål and nynorsk) that carry no content of their own. Used to judge whether a text
 * is substantive, and to keep stemming from conflating a content word with one of them («mener» → «men»).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'og', 'i', 'jeg', 'eg', 'det', 'at', 'en', 'ein', 'et', 'eit', 'ei', 'den', 'til', 'er', 'som', 'på', 'de', 'dei',
  'med', 'han', 'av', 'ikke', 'ikkje', 'der', 'så', 'var', 'meg', 'seg', 'men', 'ett', 'har', 'om', 'vi', 'me',
  'min', 'mitt', 'ha', 'hadde', 'hun', 'ho', 'nå', 'no', 'over', 'da', 'då', 'ved', 'fra', 'frå', 'du', 'ut', 'sin',
  'dem', 'oss', 'opp', 'man', 'kan', 'hans', 'hennes', 'hennar', 'hvor', 'kor', 'eller', 'hva', 'kva', 'skal',
  'selv', 'sjølv', 'sjøl', 'alle', 'vil', 'bli', 'ble', 'vart', 'blitt', 'blir', 'blei', 'også', 'og', 'òg',
  'deg', 'her', 'dette', 'denne', 'disse', 'desse', 'dei', 'noe', 'noko', 'noen', 'nokon', 'mot', 'mye', 'mykje',
  'etter', 'før', 'under', 'uten', 'utan', 'hvis', 'viss', 'dersom', 'for', 'fordi', 'når', 'seg', 'sitt', 'sine',
  'sin', 'si', 'mine', 'mi', 'din', 'ditt', 'dine', 'vår', 'vårt', 'våre', 'deres', 'dykkar', 'hvordan', 'korleis',
  'hvilke', 'kva', 'kvifor', 'hvorfor', 'enn', 'litt', 'ja', 'nei', 'være', 'vere', 'vært', 'vore', 'kunne',
  'skulle', 'ville', 'må', 'måtte', 'bare', 'berre', 'slik', 'sånn', 'samt', 'både', 'hos', 'mellom', 'inn',
  'the', 'of', 'and',
]);

/** Template filler that says nothing: «-», «x», «ikke utfylt», «fylles ut», «se over». */
const FILLER_WORDS: ReadonlySet<string> = new Set([
  'x', 'xx', 'xxx', 'tbd', 'na', 'n', 'a', 'utfylt', 'utfylles', 'fylles', 'fyll', 'skriv', 'se',
  'ovenfor', 'nedenfor', 'vedlegg', 'vedlagt', 'ok',
]);

interface Range {
  start: number;
  end: number;
}

/**
 * Walks sorted, non-overlapping ranges alongside words in text order: whether a word that starts at
 * `start` starts inside one (placeholders: a word that starts inside one is part of it).
 */
function rangeCursor(ranges: readonly Range[]): (start: number) => boolean {
  let r = 0;
  return (start) => {
    while (r < ranges.length && ranges[r]!.end <= start) r++;
    return r < ranges.length && start >= ranges[r]!.start;
  };
}

const isWritten = (words: Words, i: number) => !FILLER_WORDS.has(lowerOf(words, i));
const isContentWord = (words: Words, i: number) => {
  const lower = lowerOf(words, i);
  return !FILLER_WORDS.has(lower) && !STOP_WORDS.has(lower) && !isAllNumbers(words.text, words.starts[i]!, words.ends[i]!);
};

function countTokens(a: AnalysedText, keep: (words: Words, i: number) => boolean, cut: readonly Range[] = []): number {
  const inPlaceholder = rangeCursor(a.get(PLACEHOLDERS));
  const inCut = rangeCursor(cut);
  const words = a.get(WORDS);
  let count = 0;
  for (let i = 0; i < words.count; i++) {
    const start = words.starts[i]!;
    if (!inPlaceholder(start) && !inCut(start) && keep(words, i)) count++;
  }
  return count;
}

const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
const CONTENT_WORDS: Derivation<number> = piecewise((a) => countTokens(a, isContentWord), sum);
const WRITTEN_WORDS: Derivation<number> = piecewise((a) => countTokens(a, isWritten), sum);

/** Counts the words that carry content: not stop words, not filler, not placeholders, not pure numbers. */
export function substantiveWordCount(text: string): number {
  return analysed(text).get(CONTENT_WORDS);
}

/**
 * The content words outside the given ranges (sorted, not overlapping, on word boundaries): what
 * `substantiveWordCount` would count in the text with those passages cut out.
 */
export function substantiveWordCountOutside(text: string, cut: readonly Range[]): number {
  return cut.length === 0 ? substantiveWordCount(text) : countTokens(analysed(text), isContentWord, cut);
}

/** Whether anything was written besides placeholders and filler: a date, «Nei» or a number counts. */
export function hasWrittenContent(text: string): boolean {
  return analysed(text).get(WRITTEN_WORDS) > 0;
}
