import { analysed, type AnalysedText, type Derivation } from './analysed-text';
import { USED_PIECES, type Piece } from './pieces';
import { childNamesFrom, FIRST_PERSON, personWord, PRONOUNS, type Gender, type PersonWord } from './person-words';
import { isSpaceCode } from './char-class';
import { endWordOf, firstWordOf, SENTENCE_WORDS, sentenceAt } from './sentence-words';
import { lowerOf, placeholderRanges, STOP_WORDS, tokenize, type Words } from './words';
import {
  AGREEMENT_WORD, ATTRIBUTION_PREPOSITIONS, COORDINATION, FUTURE_AFTER_VIL, NEGATIONS, PLAN_WORDS, PREPOSITIONS,
  QUESTION_WORDS, SILENCE_AFTER, SKIPPABLE, VERB_WORDS, VERBS_BY_FIRST_WORD, VIEW_NOUNS, type Verb,
} from './child-voice-lexicon';

/**
 * Finds statements in which the child is the *speaker*: «Lisa forteller at hun gruer seg», «I samtalen sier
 * [navn] at …», ««Jeg vil bo hjemme», sier gutten», «Ifølge barnet …». A statement made by someone else about
 * the child («Mor opplever at barnet er lei seg», «Skolen melder at han …») is the child as *object* and does
 * not count, nor does anything said inside such a report. A pronoun counts as the child when the nearest
 * earlier person it can refer to is the child (or nobody). Statements that only agree («hun er enig i
 * målene») are marked, so a rule can decide not to count them as the child's own views.
 */
export interface ChildStatement {
  start: number;
  end: number;
  /** Only agreement with the plan or goals, nothing of the child's own. */
  agreementOnly: boolean;
}
export interface ChildVoiceOptions {
  /** The child's full name as written in the form, if known; anonymised placeholders always count. */
  childName?: string;
}

/** A clause longer than this is not read further (keeps the analysis linear on run-on text). */
const MAX_CLAUSE_WORDS = 30;
const QUOTE = /«([^«»]*)»|“([^“”]*)”|"([^"\n]*)"/gu;

interface Word {
  lower: string;
  start: number;
  end: number;
  person: PersonWord | null;
  pronoun: Gender | null;
  quoted: boolean;
  /** Ends with a comma, semicolon or colon (a clause boundary follows). */
  clauseEnd: boolean;
}

/** A comma, semicolon or colon within the four characters from `i`, after nothing but white space (`/^\s*[,;:]/`). */
function clauseEndsAt(text: string, i: number): boolean {
  for (let k = i; k < i + 4 && k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x2c || code === 0x3b || code === 0x3a) return true;
    if (!isSpaceCode(code)) return false;
  }
  return false;
}

/** The words of a sentence, from the tokens of its text (offsets in the whole text, `offset` where the sentence starts). */
function wordsOf(text: string, offset: number, tokens: Words, from: number, to: number, childNames: ReadonlySet<string>): Word[] {
  const blanks = placeholderRanges(text);
  const quotes = [...text.matchAll(QUOTE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const words: Word[] = [];
  let b = 0;
  let q = 0;
  for (let t = from; t < to; t++) {
    const lower = lowerOf(tokens, t);
    const start = tokens.starts[t]! - offset;
    const end = tokens.ends[t]! - offset;
    while (b < blanks.length && blanks[b]!.end <= start) b++;
    while (q < quotes.length && quotes[q]!.end <= start) q++;
    const blank = blanks[b] && start >= blanks[b]!.start && end <= blanks[b]!.end ? blanks[b] : undefined;
    if (blank) {
      // An anonymised name («[navn]») is one word; it is the child unless it names a role («[mor]»).
      const last = words.at(-1);
      if (last && last.start === blank.start) continue;
      const inner = personWord(lower, childNames);
      words.push({
        lower: text.slice(blank.start, blank.end).toLowerCase(), start: blank.start, end: blank.end,
        person: inner?.role === 'proxy' ? inner : { role: 'child', gender: 'u' }, pronoun: null,
        quoted: false, clauseEnd: clauseEndsAt(text, blank.end),
      });
      continue;
    }
    words.push({
      lower, start, end, person: personWord(lower, childNames),
      pronoun: PRONOUNS.get(lower) ?? null,
      quoted: !!quotes[q] && start > quotes[q]!.start && end < quotes[q]!.end,
      clauseEnd: clauseEndsAt(text, end),
    });
  }
  return words;
}

/**
 * The verb starting at word `i`. The words of a phrase may have small words between them («gir selv uttrykk
 * for», «ga også beskjed om»): then the verb returned spans them (its `words` are the words as written there).
 */
function verbAt(words: Word[], i: number): Verb | null {
  for (const verb of VERBS_BY_FIRST_WORD.get(words[i]?.lower ?? '') ?? []) {
    let at = i;
    let gaps = 0;
    const matched = verb.words.every((w, k) => {
      if (k > 0) {
        at++;
        while (gaps < 2 && words[at] && !words[at]!.quoted && words[at]!.lower !== w && SKIPPABLE.has(words[at]!.lower)) {
          at++;
          gaps++;
        }
      }
      return words[at]?.lower === w && !words[at]!.quoted;
    });
    if (matched) return gaps === 0 ? verb : { kind: verb.kind, words: words.slice(i, at + 1).map((w) => w.lower) };
  }
  return null;
}

type Role = 'child' | 'proxy';
interface Mention {
  role: Role;
  gender: Gender;
  sentence: number;
}

/**
 * The person a pronoun refers to: the nearest earlier compatible mention in the same sentence, else the
 * first compatible mention (usually the subject) of the latest earlier sentence that has one. Institutions,
 * plurals and the writer's role are never «hun»/«han»; with no candidate the text is about the child.
 */
function resolvePronoun(gender: Gender, mentions: Mention[], current: number): Role {
  const compatible = mentions.filter((m) => m.gender !== 'n' && (m.gender === 'u' || m.gender === gender));
  const last = compatible.at(-1);
  if (!last) return 'child';
  if (last.sentence === current) return last.role;
  return compatible.find((m) => m.sentence === last.sentence)!.role;
}

interface Subject {
  role: Role;
  negated: boolean;
}

function roleOf(word: Word | undefined, mentions: Mention[], sentence: number): Role | null {
  if (!word) return null;
  if (word.person) return word.person.role;
  if (word.pronoun) return resolvePronoun(word.pronoun, mentions, sentence);
  return null;
}

/** The subject of the verb at `v`: just before it (past skippable words), or just after it (inverted order). */
function subjectOf(words: Word[], v: number, verbLength: number, mentions: Mention[], sentence: number): Subject | null {
  let negated = false;
  // A person before the verb in a prepositional phrase («om skolen», «med mor») is no subject: the subject
  // comes after the verb then, and the person before counts only when none does.
  let inPhrase: Subject | null = null;
  for (let k = v - 1, skipped = 0; k >= 0 && skipped <= 4; k--, skipped++) {
    const word = words[k]!;
    if (word.quoted || (word.clauseEnd && !/^\p{N}+$/u.test(word.lower))) break;
    const role = roleOf(word, mentions, sentence);
    if (role && k > 0 && PREPOSITIONS.has(words[k - 1]!.lower)) {
      inPhrase = { role, negated };
      const before = subjectBeforePhrase(words, k - 2, mentions, sentence);
      if (before) return { role: before, negated };
      break;
    }
    if (role) return { role, negated };
    if (NEGATIONS.has(word.lower)) negated = true;
    else if (!SKIPPABLE.has(word.lower) && !/^\p{N}+$/u.test(word.lower)) {
      // A phrase without a person between subject and verb: «Emil har [i samtale] opplyst».
      // (The phrase counts as one skipped word.)
      const preposition = phraseStart(words, k);
      if (preposition < 0) break;
      k = preposition;
    }
  }
  for (let k = v + verbLength, skipped = 0; k < words.length && skipped <= 2; k++, skipped++) {
    const word = words[k]!;
    if (word.quoted) break;
    const role = roleOf(word, mentions, sentence);
    if (role) return { role, negated };
    if (NEGATIONS.has(word.lower)) negated = true;
    else if (!SKIPPABLE.has(word.lower)) break;
    if (word.clauseEnd) break;
  }
  return inPhrase;
}

/** The preposition that starts a short phrase ending at word `k` («i samtale», «i den siste samtalen»), or -1. */
function phraseStart(words: Word[], k: number): number {
  for (let p = k - 1; p >= 0 && p >= k - 3; p--) {
    if (words[p]!.quoted || words[p]!.clauseEnd) return -1;
    if (PREPOSITIONS.has(words[p]!.lower)) return p;
  }
  return -1;
}

/**
 * The subject before a prepositional phrase: «Emil har [i samtaler med saksbehandler] fortalt …». Reads back
 * from `k` over the phrase's words, within the clause and without passing another verb.
 */
function subjectBeforePhrase(words: Word[], k: number, mentions: Mention[], sentence: number): Role | null {
  for (let steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const word = words[k]!;
    if (word.quoted || word.clauseEnd || (VERBS_BY_FIRST_WORD.has(word.lower) && !SKIPPABLE.has(word.lower))) return null;
    const role = roleOf(word, mentions, sentence);
    if (role && !(k > 0 && PREPOSITIONS.has(words[k - 1]!.lower))) return role;
  }
  return null;
}

/** «Emil tegnet familien sin og fortalte …»: a verb after «og»/«men» shares the clause's subject. */
function followsCoordination(words: Word[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 3; k--) {
    const word = words[k]!;
    if (COORDINATION.has(word.lower)) return true;
    if (!SKIPPABLE.has(word.lower) && !NEGATIONS.has(word.lower)) return false;
  }
  return false;
}

/** «sier ikke noe», «ville ikke snakke», «fortalte ingenting»: an utterance that says nothing. */
function saysNothing(words: Word[], after: number): boolean {
  const next = words.slice(after, after + 3).map((w) => w.lower);
  if (next.includes('ingenting') || next.includes('lite')) return true;
  const neg = next.findIndex((w) => NEGATIONS.has(w));
  return neg >= 0 && SILENCE_AFTER.has(next[neg + 1] ?? '');
}

/** Only agreement: an agreement word and at most two other content words in the clause. */
function isAgreementOnly(words: Word[], from: number, verb: Verb): boolean {
  let end = from;
  while (end < words.length - 1 && end - from < MAX_CLAUSE_WORDS && !words[end]!.clauseEnd) end++;
  const clause = words.slice(from, end + 1);
  const agrees = verb.kind === 'agree' || clause.some((w) => AGREEMENT_WORD.test(w.lower));
  if (!agrees || clause.some((w) => NEGATIONS.has(w.lower))) return false;
  const content = clause.filter(
    (w) => !w.person && !w.pronoun && !STOP_WORDS.has(w.lower) && !AGREEMENT_WORD.test(w.lower) &&
      !PLAN_WORDS.test(w.lower) && !VERB_WORDS.has(w.lower),
  );
  return content.length <= 2;
}

function quotedStatements(sentenceText: string, offset: number, words: Word[], mentions: Mention[], sentence: number): ChildStatement[] {
  const found: ChildStatement[] = [];
  for (const m of sentenceText.matchAll(QUOTE)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    const innerWords = tokenize(inner);
    if (innerWords.length < 2) continue;
    const firstPerson = innerWords.some((w) => FIRST_PERSON.has(w.lower));
    const outside = words.filter((w) => !w.quoted && (w.end <= m.index || w.start >= m.index + m[0].length));
    let speaker: Role | null = null;
    for (let i = 0; i < words.length && !speaker; i++) {
      if (words[i]!.quoted || !verbAt(words, i)) continue;
      speaker = subjectOf(words, i, verbAt(words, i)!.words.length, mentions, sentence)?.role ?? null;
    }
    if (!speaker) speaker = firstPerson && !outside.some((w) => w.person?.role === 'proxy') ? 'child' : null;
    if (speaker === 'child') found.push({ start: offset + m.index, end: offset + m.index + m[0].length, agreementOnly: false });
  }
  return found;
}

function addMention(mentions: Mention[], word: Word, sentence: number): void {
  if (word.person && !word.quoted) mentions.push({ role: word.person.role, gender: word.person.gender, sentence });
}

interface SentenceStatement extends ChildStatement {
  sentence: number;
}

interface Analysis {
  statements: SentenceStatement[];
  /** The number of sentences with a statement, and with one that is not agreement only. */
  counted: readonly [all: number, own: number];
  /** Sentences in which someone else speaks for the child. */
  proxyReports: Array<{ start: number; end: number }>;
  sentences: number;
  /** Who a pronoun after the text refers to (see `Carried`). */
  carried: Carried;
}

const PRONOUN_GENDERS = [...new Set(PRONOUNS.values())];

/**
 * What the mentions of a text tell a pronoun after it: per pronoun gender, the role of the first
 * compatible mention in the latest sentence that has one ('-' when none has), as `resolvePronoun` reads them.
 */
type Carried = string;
const NOBODY: Carried = PRONOUN_GENDERS.map(() => '-').join('');

/** Mentions that stand for what earlier text carried: one per pronoun gender, before every sentence. */
function carriedMentions(carried: Carried): Mention[] {
  const mentions: Mention[] = [];
  PRONOUN_GENDERS.forEach((gender, g) => {
    const role = carried[g];
    if (role !== '-') mentions.push({ role: role === 'c' ? 'child' : 'proxy', gender, sentence: -1 - g });
  });
  return mentions;
}

function carriedBy(mentions: Mention[]): Carried {
  return PRONOUN_GENDERS.map((gender) => {
    const compatible = mentions.filter((m) => m.gender === 'u' || m.gender === gender);
    const last = compatible.at(-1);
    if (!last) return '-';
    return compatible.find((m) => m.sentence === last.sentence)!.role === 'child' ? 'c' : 'p';
  }).join('');
}

function analyse(a: AnalysedText, childName: string | undefined, carried: Carried): Analysis {
  const childNames = childNamesFrom(childName);
  const statements: SentenceStatement[] = [];
  const proxyReports: Analysis['proxyReports'] = [];
  const mentions: Mention[] = carriedMentions(carried);
  const sentences = a.get(SENTENCE_WORDS);
  for (let index = 0; index < sentences.count; index++) {
    const sentence = sentenceAt(sentences, index);
    const words = wordsOf(sentence.text, sentence.start, sentences.words, firstWordOf(sentences, index), endWordOf(sentences, index), childNames);
    const inSentence: ChildStatement[] = quotedStatements(sentence.text, sentence.start, words, mentions, index);
    let mentioned = 0;
    let clauseSubject: Role | null = null;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const prev = words[i - 1];
      if (!word.quoted && word.person?.role === 'child' && prev && ATTRIBUTION_PREPOSITIONS.has(prev.lower)) {
        inSentence.push({ start: sentence.start + prev.start, end: sentence.start + word.end, agreementOnly: false });
      }
      if (!word.quoted && word.person?.role === 'child' && /s$/u.test(word.lower) && VIEW_NOUNS.test(words[i + 1]?.lower ?? '')) {
        inSentence.push({ start: sentence.start + word.start, end: sentence.start + words[i + 1]!.end, agreementOnly: false });
      }
      const verb = word.quoted ? null : verbAt(words, i);
      const future = (word.lower === 'vil' || word.lower === 'ville') && FUTURE_AFTER_VIL.has(words[i + 1]?.lower ?? '');
      if (verb && !future) {
        let subject = subjectOf(words, i, verb.words.length, mentions, index);
        if (!subject && followsCoordination(words, i)) {
          const shared: Role | null = clauseSubject ?? roleOf(words[0], mentions, index);
          if (shared) subject = { role: shared, negated: false };
        }
        if (subject) clauseSubject = subject.role;
        if (subject?.role === 'proxy' && verb.kind === 'ask') {
          i += verb.words.length - 1;
          // The question asked («spurte Emil om han trives») is no answer: read on from the clause's end.
          if (words.slice(i + 1, i + 4).some((w) => QUESTION_WORDS.has(w.lower))) {
            while (i < words.length - 1 && !words[i]!.clauseEnd) i++;
          }
          continue;
        }
        // Everything after a report by someone else is that person's account, not the child's.
        if (subject?.role === 'proxy') {
          proxyReports.push({ start: sentence.start, end: sentence.end });
          break;
        }
        const silent = (subject?.negated && verb.kind === 'say') || saysNothing(words, i + verb.words.length);
        if (subject?.role === 'child' && !silent) {
          inSentence.push({
            start: sentence.start + word.start,
            end: sentence.start + words[Math.min(words.length - 1, i + verb.words.length - 1)]!.end,
            agreementOnly: isAgreementOnly(words, Math.max(0, i - 1), verb),
          });
        }
        i += verb.words.length - 1;
      }
      for (; mentioned <= i; mentioned++) addMention(mentions, words[mentioned]!, index);
    }
    for (; mentioned < words.length; mentioned++) addMention(mentions, words[mentioned]!, index);
    statements.push(...inSentence.map((s) => ({ ...s, sentence: index })));
  }
  return {
    statements: statements.sort((x, y) => x.start - y.start), counted: countSentences(statements), proxyReports,
    sentences: sentences.count, carried: carriedBy(mentions),
  };
}

function countSentences(statements: readonly SentenceStatement[]): Analysis['counted'] {
  return [new Set(statements.map((s) => s.sentence)).size, new Set(statements.filter((s) => !s.agreementOnly).map((s) => s.sentence)).size];
}


/**
 * The pieces' analyses one after the other, each told what the pieces before carried (pieces.ts). A
 * sentence never spans two pieces, so the counts add up; the statements and reports, moved to the whole
 * text's offsets, are made only when asked for (a field with the child's voice needs only the counts,
 * and is joined again on every keystroke).
 */
function joined(pieces: readonly Piece[], childName: string | undefined, carried: Carried): Analysis {
  const parts: Array<{ start: number; sentence: number; part: Analysis }> = [];
  let sentences = 0;
  let all = 0;
  let own = 0;
  for (const { start, analysis } of pieces) {
    const part = analysisOf(analysis, childName, carried);
    parts.push({ start, sentence: sentences, part });
    sentences += part.sentences;
    all += part.counted[0];
    own += part.counted[1];
    carried = part.carried;
  }
  let statements: SentenceStatement[] | undefined;
  let proxyReports: Analysis['proxyReports'] | undefined;
  return {
    get statements() {
      return (statements ??= parts.flatMap(({ start, sentence, part }) =>
        part.statements.map((s) => ({ ...s, start: start + s.start, end: start + s.end, sentence: sentence + s.sentence }))));
    },
    get proxyReports() {
      return (proxyReports ??= parts.flatMap(({ start, part }) => part.proxyReports.map((r) => ({ start: start + r.start, end: start + r.end }))));
    },
    counted: [all, own],
    sentences,
    carried,
  };
}

/** The analyses of a text by child name and what came before it (one or two, in practice). */
const ANALYSES: Derivation<Map<string, Analysis>> = () => new Map();

function analysisOf(a: AnalysedText, childName: string | undefined, carried: Carried): Analysis {
  const byKey = a.get(ANALYSES);
  const key = `${carried}${childName ?? ''}`;
  let result = byKey.get(key);
  if (!result) {
    const pieces = a.get(USED_PIECES);
    result = pieces ? joined(pieces, childName, carried) : analyse(a, childName, carried);
    byKey.set(key, result);
  }
  return result;
}

const cachedAnalysis = (text: string, childName: string | undefined) => analysisOf(analysed(text), childName, NOBODY);

export function findChildStatements(text: string, options: ChildVoiceOptions = {}): ChildStatement[] {
  return cachedAnalysis(text, options.childName).statements.map(({ start, end, agreementOnly }) => ({ start, end, agreementOnly }));
}

/** The first statement that only agrees (see `ChildStatement.agreementOnly`). */
export function findAgreementOnly(text: string, options: ChildVoiceOptions = {}): ChildStatement | undefined {
  const found = cachedAnalysis(text, options.childName).statements.find((s) => s.agreementOnly);
  return found && { start: found.start, end: found.end, agreementOnly: true };
}

/** The number of sentences with a statement by the child; agreement-only statements can be left out. */
export function countChildStatements(text: string, options: ChildVoiceOptions & { ignoreAgreementOnly?: boolean } = {}): number {
  return cachedAnalysis(text, options.childName).counted[options.ignoreAgreementOnly ? 1 : 0];
}

/** Passages where someone else speaks for the child («Mor opplever at barnet …»), to show where to look. */
export function findProxyReports(text: string, options: ChildVoiceOptions = {}): Array<{ start: number; end: number }> {
  return cachedAnalysis(text, options.childName).proxyReports;
}
