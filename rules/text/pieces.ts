import { analysed, forgetAnalyses, isAnalysed, type AnalysedText, type Derivation } from './analysed-text';
import { CHAR_CLASS, isSpaceCode, learnClass, SURROGATE, WORD } from './char-class';
import { sentenceEndAfter } from './sentences';

/**
 * A long field cut into pieces that every text analysis here gives the same answers for as the whole
 * text does, so that after a keystroke only the piece it changed is analysed again (the others are found
 * in the cache by their text) and the answers for the whole text are put together from the pieces'.
 *
 * A text is cut after a line break, else (for a piece without one) after a sentence; a piece is cut
 * again the same way, so an edit re-analyses a paragraph's sentences only down to the one it changed.
 * A cut is made only where nothing reaches across it:
 * - words, sentences and «[navn]» placeholders end there (a line break ends a sentence; a sentence is
 *   cut only where no quote or bracket was opened before it on its line);
 * - no phrase term can span it: a mark other than a space or hyphen stands between the words on either
 *   side (after a line break: the line ends in one, as in «… på skolen.\n»);
 * - the detectors' look-arounds see a line break or white space at the cut in the whole text, and the
 *   text's start or end in the piece, which they treat alike.
 * The child-voice analysis carries who a pronoun can refer to from piece to piece (child-voice.ts).
 */
export interface Piece {
  /** Where the piece starts in the text. */
  start: number;
  analysis: AnalysedText;
}

const LINE_BREAK = 0x0a;
const HYPHEN = 0x2d;
const EN_DASH = 0x2013;

/** After the line break at `i`: the line ends in a mark that is neither a word, a space nor a hyphen. */
function lineEndsInMark(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0) {
    const code = text.charCodeAt(k);
    if (!isSpaceCode(code) && code !== HYPHEN && code !== EN_DASH) break;
    k--;
  }
  if (k < 0) return true;
  const code = text.charCodeAt(k);
  return ((CHAR_CLASS[code] || learnClass(code)) & (WORD | SURROGATE)) === 0;
}

function lineCuts(text: string): number[] {
  const cuts: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0 && i < text.length - 1; i = text.indexOf('\n', i + 1)) {
    if (lineEndsInMark(text, i)) cuts.push(i + 1);
  }
  return cuts;
}

/** Quotes change where sentences end; a bracket may open a placeholder that runs on past a full stop. */
const OPENS_SPAN = '«“»”"[<{';
const CLOSES_SENTENCE = '.!?»”")';
const MARKS = /[\n.!?«“»”"[<{]/gu;

function sentenceCuts(text: string): number[] {
  const cuts: number[] = [];
  /** A quote or bracket since the line began. */
  let opened = false;
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '\n') opened = false;
    else if (OPENS_SPAN.includes(ch)) opened = true;
    // Only the first mark of a run («?!», «...») is where sentences.ts decides.
    if (opened || ch === '\n' || (i > 0 && CLOSES_SENTENCE.includes(text[i - 1]!))) continue;
    const end = sentenceEndAfter(text, i);
    if (end < 0) continue;
    let next = end;
    while (next < text.length && (text[next] === ' ' || text[next] === '\t' || text[next] === '\u00a0')) next++;
    if (next < text.length && text[next] !== '\n') cuts.push(end);
  }
  return cuts;
}

let cutting = true;

interface Cut {
  pieces: readonly Piece[];
  /** How many of the pieces had been analysed before this text was cut. */
  seen: number;
}

const CUT: Derivation<Cut | null> = ({ text, edited }) => {
  if (!cutting || !edited) return null;
  let cuts = lineCuts(text);
  if (cuts.length === 0) cuts = sentenceCuts(text);
  if (cuts.length === 0) return null;
  const pieces: Piece[] = [];
  let seen = 0;
  let start = 0;
  for (const end of [...cuts, text.length]) {
    const piece = text.slice(start, end);
    if (isAnalysed(piece)) seen++;
    const analysis = analysed(piece);
    analysis.edited = true;
    pieces.push({ start, analysis });
    start = end;
  }
  return { pieces, seen };
};

/**
 * Marks a text as one being typed into, so that it is cut into pieces and the next edit of it re-analyses
 * only the piece it changes. Cutting costs more than it saves on a text read once (a form's first check,
 * pasted text), so only texts the re-checker sees change are cut (entrypoints/content/recheck.ts).
 */
export function expectEdits(text: string): void {
  analysed(text).edited = true;
}

/** The text's pieces, or null when it is one piece or not being edited. */
export const PIECES: Derivation<readonly Piece[] | null> = (a) => a.get(CUT)?.pieces ?? null;

/**
 * The pieces to work a text out by, or null to work it out whole. Cutting pays only when most pieces are
 * found again, as when the text is an edit of one analysed before: then only the changed piece is new.
 * A text whose pieces are mostly new (a form read for the first time, pasted text) is faster analysed
 * whole; its pieces are kept, not yet analysed, so that the next edit of it finds them.
 */
export const USED_PIECES: Derivation<readonly Piece[] | null> = (a) => {
  const cut = a.get(CUT);
  return cut && cut.seen * 2 >= cut.pieces.length ? cut.pieces : null;
};

/**
 * A derivation worked out on each piece and joined (`join` gets the pieces' values in text order), or
 * worked out by `direct` on a text that is one piece or is not worth cutting (USED_PIECES).
 */
export function piecewise<T>(direct: Derivation<T>, join: (values: T[], pieces: readonly Piece[]) => T): Derivation<T> {
  const derivation: Derivation<T> = (a) => {
    const pieces = a.get(USED_PIECES);
    return pieces ? join(pieces.map((p) => p.analysis.get(derivation)), pieces) : direct(a);
  };
  return derivation;
}

/** Runs `work` with every text analysed whole, on analyses made afresh (for tests that compare the two). */
export function withoutPieces<T>(work: () => T): T {
  forgetAnalyses();
  cutting = false;
  try {
    return work();
  } finally {
    cutting = true;
    forgetAnalyses();
  }
}
