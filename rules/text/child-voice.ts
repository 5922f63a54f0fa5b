import { analysed, type AnalysedText, type Derivation } from './analysed-text';
import {
  addMention, endsSpokenByOther, followsCoordination, isAgreementOnly, quotedStatements, roleOf, saysNothing, subjectOf, verbAt, wordsOf,
  type Mention, type Role, type Word,
} from './child-voice-clauses';
import {
  ATTRIBUTION_PREPOSITIONS, FUTURE_AFTER_VIL, PASSIVE_AUXILIARIES, PREPOSITIONS, QUESTION_WORDS, REFLEXIVE_POSSESSIVES, VIEW_CONTENT, VIEW_NOUNS,
  SILENCE_AFTER, THAT_OR_IF, WRITER_POSSESSIVES,
  type Verb,
} from './child-voice-lexicon';
import { USED_PIECES, type Piece } from './pieces';
import { isSpaceCode } from './char-class';
import { childNamesFrom, FIRST_PERSON, PRONOUNS } from './person-words';
import { endWordOf, firstWordOf, SENTENCE_WORDS, sentenceAt } from './sentence-words';

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
 * compatible mention in the latest sentence that has one ('-' when none has), as `resolvePronoun` (child-voice-clauses.ts) reads them.
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
    if (endsSpokenByOther(words)) {
      proxyReports.push({ start: sentence.start, end: sentence.end });
      for (const word of words) addMention(mentions, word, index);
      continue;
    }
    const inSentence: ChildStatement[] = quotedStatements(sentence.text, sentence.start, words, mentions, index);
    const line = transcriptLine(sentence.text, words);
    if (line >= 0) inSentence.push({ start: sentence.start + line, end: sentence.end, agreementOnly: false });
    // «Sa Emil noe om skolen?»: the writer's question, not the child's answer (a quoted question counts).
    const question = endsWithQuestionMark(sentence.text);
    let mentioned = 0;
    let clauseSubject: Role | null = null;
    for (let i = 0; !question && i < words.length; i++) {
      const word = words[i]!;
      const prev = words[i - 1];
      if (!word.quoted && word.person && prev && attributes(words, i)) {
        if (word.person.role === 'proxy') {
          proxyReports.push({ start: sentence.start, end: sentence.end });
          break;
        }
        inSentence.push({ start: sentence.start + prev.start, end: sentence.start + word.end, agreementOnly: false });
      }
      const view = word.quoted ? null : viewAt(words, i);
      if (view?.role === 'proxy') {
        proxyReports.push({ start: sentence.start, end: sentence.end });
        break;
      }
      if (view && statesView(sentence.text, words, view.last)) {
        inSentence.push({ start: sentence.start + word.start, end: sentence.start + words[view.last]!.end, agreementOnly: false });
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
        if (verb.kind === 'ask' && (subject?.role === 'proxy' || PASSIVE_AUXILIARIES.has(words[i - 1]?.lower ?? ''))) {
          i += verb.words.length - 1;
          // The question asked («spurte Emil om han trives», «Emil ble spurt om …») is no answer: read on
          // from the clause's end.
          if (words.slice(i + 1, i + 4).some((w) => QUESTION_WORDS.has(w.lower))) {
            while (i < words.length - 1 && !words[i]!.clauseEnd) i++;
          }
          continue;
        }
        // Everything after a report by someone else is that person's account, not the child's; so is
        // what is seen or assessed, and what «det er sagt» / «det fremkommer» without a speaker.
        if (subject?.role === 'proxy' || (!subject && unattributed(words, i, verb))) {
          proxyReports.push({ start: sentence.start, end: sentence.end });
          break;
        }
        const after = i + verb.words.length;
        // «sa ikke noe», «har ikke ønsket å snakke»
        const silent = (subject?.negated && (verb.kind === 'say' || (words[after]?.lower === 'å' && SILENCE_AFTER.has(words[after + 1]?.lower ?? '')))) ||
          saysNothing(words, after);
        if (subject?.role === 'child' && !silent && !subject.unsure && verb.kind !== 'observe') {
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

function endsWithQuestionMark(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--;
  return text.charCodeAt(k) === 0x3f;
}

/**
 * A line of a conversation written out without quotes: «Emil: Jeg vil hjem.», «Barnet (10 år): – Eg vil bu
 * her.» Where the child's words start, or -1.
 */
function transcriptLine(text: string, words: readonly Word[]): number {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > 40) return -1;
  let child = false;
  let firstPerson = false;
  let prev: Word | undefined;
  for (const word of words) {
    if (word.start < colon) {
      if (word.person?.role === 'proxy') return -1;
      // «Samtale med Emil: Jeg spurte …» is a heading, the writer speaking.
      child ||= word.person?.role === 'child' && !PREPOSITIONS.has(prev?.lower ?? '');
    } else if (!word.quoted && FIRST_PERSON.has(word.lower)) firstPerson = true;
    prev = word;
  }
  return child && firstPerson ? colon + 1 : -1;
}

/** «ifølge Emil», and «i følge Emil» written apart. */
function attributes(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1]!.lower;
  return ATTRIBUTION_PREPOSITIONS.has(prev) || (prev === 'følge' && words[i - 2]?.lower === 'i');
}

/** A view named with whose it is, starting at word `i` (see `VIEW_NOUNS`); `last` is its last word. */
function viewAt(words: readonly Word[], i: number): { role: Role; last: number } | null {
  const word = words[i]!;
  const next = words[i + 1]?.lower ?? '';
  if (word.person) {
    if (/s$/u.test(word.lower) && VIEW_NOUNS.test(next)) return { role: word.person.role, last: i + 1 };
    if (REFLEXIVE_POSSESSIVES.has(next) && VIEW_NOUNS.test(words[i + 2]?.lower ?? '')) return { role: word.person.role, last: i + 2 };
    return null;
  }
  if (WRITER_POSSESSIVES.has(word.lower)) return VIEW_NOUNS.test(next) ? { role: 'proxy', last: i + 1 } : null;
  // The noun first: «vurderinga vår», «meininga til barnet» (the cheap test before the pattern).
  const holder = next === 'til' ? words[i + 2]?.person : null;
  if (!holder && !WRITER_POSSESSIVES.has(next)) return null;
  if (!VIEW_NOUNS.test(word.lower)) return null;
  return holder ? { role: holder.role, last: i + 2 } : { role: 'proxy', last: i + 1 };
}

/**
 * «Barnets ønske er å bo hos mor», «Barnets syn: …», «Barnets ønske om å flytte»: the view is given, not
 * only said to be heard or weighed («Barnets mening er tillagt vekt»). `last` is the view's last word.
 */
function statesView(text: string, words: readonly Word[], last: number): boolean {
  const next = words[last + 1];
  if (text.slice(words[last]!.end, words[last]!.end + 3).trimStart().startsWith(':')) return true;
  if (!next) return false;
  const after = words[last + 2]?.lower ?? '';
  if (next.lower === 'om') return VIEW_CONTENT.has(after);
  return (next.lower === 'er' || next.lower === 'var') && VIEW_CONTENT.has(after);
}

/**
 * «Det er sagt at …», «Det fremkommer at …», «Det virker som om …»: an account without a speaker, a
 * report by someone else. Only with «at» after it: «Som det fremkommer over, sier Emil …» is read on.
 */
function unattributed(words: readonly Word[], v: number, verb: Verb): boolean {
  let after = v + verb.words.length;
  if (words[after]?.lower === 'det') after++;
  if (!THAT_OR_IF.has(words[after - 1]!.lower) && words[after]?.lower !== 'at') return false;
  if (verb.kind === 'observe') return true;
  for (let k = Math.max(0, v - 2); k < after; k++) if (words[k]!.lower === 'det') return true;
  return false;
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
