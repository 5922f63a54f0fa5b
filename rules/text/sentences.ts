/**
 * Splits text into sentences with their offsets. A full stop ends a sentence only when a capital letter,
 * quote or line break follows and the word before it is not an abbreviation («f.eks.», «jf.», «kl.»);
 * quoted speech («…», “…”, "…") is kept whole, and every line break ends a sentence (form fields are often
 * written as lists).
 */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'f', 'eks', 'bl', 'a', 'ca', 'kl', 'nr', 'jf', 'jfr', 'evt', 'ev', 'osv', 'mv', 'm', 'dvs', 'pga', 'ifm', 'iht',
  'mht', 'tlf', 'o', 'l', 'stk', 'v', 'ref', 'pkt', 'bvl', 'fvl', 'nov', 'des', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'okt', 'st', 'dr', 'ang', 'vedr', 'inkl', 'ekskl', 'utg', 't', 'mnd',
  'h', 's', 'k', 'j', 'n', 'u', 'e',
]);

const OPEN_QUOTES = new Set(['«', '“']);
/** The only characters that can open or close a quote or end a sentence. */
const SPECIAL = /[«“»”"\n.!?]/gu;
const CLOSE_QUOTES = new Set(['»', '”']);

/** The letters and digits just before `index` (at most 20 characters back), lower-cased. */
function wordBefore(text: string, index: number): string {
  const from = Math.max(0, index - 20);
  let k = index;
  // ASCII and Latin-1 letters read directly (this runs at every full stop); anything else through the regex.
  for (; k > from; k--) {
    const c = text.charCodeAt(k - 1);
    if (c >= 0x80 && !(c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7)) return wordBeforeByRegex(text, from, index);
    if (c < 0x80 && !((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a))) break;
  }
  return text.slice(k, index).toLowerCase();
}

function wordBeforeByRegex(text: string, from: number, index: number): string {
  const m = /[\p{L}\p{N}]+$/u.exec(text.slice(from, index));
  return m ? m[0].toLowerCase() : '';
}

export function splitSentences(text: string): Sentence[] {
  const bounds = sentenceBounds(text);
  const sentences: Sentence[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    sentences.push({ text: text.slice(bounds[i]!, bounds[i + 1]!), start: bounds[i]!, end: bounds[i + 1]! });
  }
  return sentences;
}

/**
 * Where the sentences of `splitSentences` start and end, without an object per sentence: sentence `i`
 * runs from `[2i]` to `[2i + 1]`.
 */
export function sentenceBounds(text: string): Int32Array {
  const bounds: number[] = [];
  let start = 0;
  let quoteDepth = 0;
  let straightQuoteOpen = false;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) bounds.push(start + lead, start + lead + trimmed.length);
    start = end;
  };
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(text); m; m = SPECIAL.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const wasQuoted = quoteDepth > 0 || straightQuoteOpen;
    if (OPEN_QUOTES.has(ch)) quoteDepth++;
    else if (CLOSE_QUOTES.has(ch)) quoteDepth = Math.max(0, quoteDepth - 1);
    else if (ch === '"') straightQuoteOpen = !straightQuoteOpen;
    // A quote that ends a sentence: «… med.» Hun ønsker …
    if (wasQuoted && quoteDepth === 0 && !straightQuoteOpen && '.!?'.includes(text[i - 1] ?? '')) {
      const after = /^[ \t\u00a0]+(\S)/u.exec(text.slice(i + 1, i + 6));
      if (after && /[\p{Lu}«“"]/u.test(after[1]!)) {
        push(i + 1);
        continue;
      }
    }
    if (ch === '\n') {
      push(i + 1);
      quoteDepth = 0;
      straightQuoteOpen = false;
      continue;
    }
    if (quoteDepth > 0 || straightQuoteOpen || !'.!?'.includes(ch)) continue;
    const j = sentenceEndAfter(text, i);
    if (j < 0) continue;
    push(j);
    SPECIAL.lastIndex = j;
  }
  push(text.length);
  return Int32Array.from(bounds);
}

/**
 * Where a sentence ends when the «.», «!» or «?» at `i` (outside quotes) ends one: after it and the marks
 * that close it («.»», «?)»); -1 when it does not end one (an abbreviation, a number, no capital after).
 */
export function sentenceEndAfter(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && '.!?»”")'.includes(text[j]!)) j++;
  if (j < text.length && !/\s/u.test(text[j]!)) return -1;
  let k = j;
  while (k < text.length && /[ \t\u00a0]/u.test(text[k]!)) k++;
  const next = text[k];
  const endsText = k >= text.length || next === '\n';
  if (!endsText && !/[\p{Lu}\p{N}«“"[(-]/u.test(next!)) return -1;
  if (text[i] === '.' && !endsText) {
    const before = wordBefore(text, i);
    if (ABBREVIATIONS.has(before) || (/^\p{N}+$/u.test(before) && /\p{N}/u.test(next!))) return -1;
  }
  return j;
}
