import type { ChildStatement } from './child-voice';
import {
  AGREEMENT_WORD, COORDINATION, NEGATIONS, PLAN_WORDS, PREPOSITIONS, SILENCE_AFTER, SKIPPABLE, THAT_OR_IF, UNSURE_BEFORE_SUBJECT, VERB_WORDS,
  VERBS_BY_FIRST_WORD, type Verb,
} from './child-voice-lexicon';
import { isSpaceCode } from './char-class';
import { FIRST_PERSON, personWord, PRONOUNS, type Gender, type PersonWord } from './person-words';
import { lowerOf, placeholderRanges, STOP_WORDS, tokenize, type Words } from './words';

/**
 * Reading one sentence for the child-voice analysis (child-voice.ts): its words with who they name, the
 * verbs of saying, wanting and agreeing, the subject of each verb, quoted speech, and the people a later
 * pronoun can refer to.
 */

/** A clause longer than this is not read further (keeps the analysis linear on run-on text). */
const MAX_CLAUSE_WORDS = 30;
const QUOTE = /«([^«»]*)»|[“„]([^“”„]*)[”“]|"([^"\n]*)"|‘([^‘’\n]*)’/gu;

export interface Word {
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

/**
 * A name not known as the child's but written with an age, «Sara (9) forteller», «Ali (14 år)»: the child
 * (the documents give the child's age this way; the parents are «mor», «far»).
 */
function namedWithAge(text: string, start: number, end: number): PersonWord | null {
  let k = end;
  if (text.charCodeAt(k) === 0x20) k++;
  if (text.charCodeAt(k) !== 0x28) return null;
  const digit = text.charCodeAt(k + 1);
  if (digit < 0x30 || digit > 0x39) return null;
  return /^\p{Lu}\p{Ll}/u.test(text.slice(start, start + 2)) ? { role: 'child', gender: 'u' } : null;
}

/** The words of a sentence, from the tokens of its text (offsets in the whole text, `offset` where the sentence starts). */
export function wordsOf(text: string, offset: number, tokens: Words, from: number, to: number, childNames: ReadonlySet<string>): Word[] {
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
      lower, start, end, person: personWord(lower, childNames) ?? namedWithAge(text, start, end),
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
export function verbAt(words: Word[], i: number): Verb | null {
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

export type Role = 'child' | 'proxy';
export interface Mention {
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
  /** In a clause of doubt or condition: «Det er uklart om Emil ønsker …», «Hvis gutten vil, …». */
  unsure?: boolean;
}

export function roleOf(word: Word | undefined, mentions: Mention[], sentence: number): Role | null {
  if (!word) return null;
  if (word.person) return word.person.role;
  if (word.pronoun) return resolvePronoun(word.pronoun, mentions, sentence);
  return null;
}

/** The subject of the verb at `v`: just before it (past skippable words), or just after it (inverted order). */
export function subjectOf(words: Word[], v: number, verbLength: number, mentions: Mention[], sentence: number): Subject | null {
  let negated = false;
  // A person before the verb in a prepositional phrase («om skolen», «med mor») is no subject: the subject
  // comes after the verb then, and the person before counts only when none does.
  let inPhrase: Subject | null = null;
  for (let k = v - 1, skipped = 0; k >= 0 && skipped <= 4; k--, skipped++) {
    const word = words[k]!;
    if (word.quoted || (word.clauseEnd && !/^\p{N}+$/u.test(word.lower))) break;
    const role = roleOf(word, mentions, sentence);
    const opening = role ? phraseOpening(words, k) : -1;
    if (opening >= 0) {
      inPhrase = { role: role!, negated, unsure: words[k - 1]!.lower === 'om' };
      const before = subjectBeforePhrase(words, opening - 1, mentions, sentence);
      if (before) return { role: before, negated };
      break;
    }
    if (role) return { role, negated, unsure: k > 0 && UNSURE_BEFORE_SUBJECT.has(words[k - 1]!.lower) };
    if (NEGATIONS.has(word.lower)) negated = true;
    else if (!SKIPPABLE.has(word.lower) && !/^\p{N}+$/u.test(word.lower)) {
      // A phrase without a person between subject and verb: «Emil har [i samtale] opplyst».
      // (The phrase counts as one skipped word.)
      const preposition = phraseStart(words, k);
      if (preposition < 0) break;
      k = preposition;
    }
  }
  // A phrase ending in «at»/«om» («kunne fortelle at», «virker som om») has its subject before it.
  const conjunction = THAT_OR_IF.has(words[v + verbLength - 1]!.lower);
  for (let k = v + verbLength, skipped = 0; !conjunction && k < words.length && skipped <= 2; k++, skipped++) {
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
    if (role && phraseOpening(words, k) < 0) return role;
  }
  return null;
}

/** The preposition before the person at `k`: «med mor», «med mor og saksbehandler»; or -1. */
function phraseOpening(words: Word[], k: number): number {
  if (k > 0 && PREPOSITIONS.has(words[k - 1]!.lower)) return k - 1;
  if (k > 2 && COORDINATION.has(words[k - 1]!.lower) && words[k - 2]!.person && PREPOSITIONS.has(words[k - 3]!.lower)) return k - 3;
  return -1;
}

/** «Hun vil bo hjemme, sier mor.»: the sentence ends by naming someone else as the speaker. */
export function endsSpokenByOther(words: Word[]): boolean {
  for (let k = words.length - 2; k >= 1 && k >= words.length - 4; k--) {
    if (!words[k - 1]!.clauseEnd || words[k]!.quoted) continue;
    const verb = verbAt(words, k);
    if (verb?.kind === 'say' && words[k + verb.words.length]?.person?.role === 'proxy') return true;
  }
  return false;
}

/** «Emil tegnet familien sin og fortalte …»: a verb after «og»/«men» shares the clause's subject. */
export function followsCoordination(words: Word[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 3; k--) {
    const word = words[k]!;
    if (COORDINATION.has(word.lower)) return true;
    if (!SKIPPABLE.has(word.lower) && !NEGATIONS.has(word.lower)) return false;
  }
  return false;
}

/** «sier ikke noe», «ville ikke snakke», «fortalte ingenting»: an utterance that says nothing. */
export function saysNothing(words: Word[], after: number): boolean {
  const next = words.slice(after, after + 3).map((w) => w.lower);
  if (next.includes('ingenting') || next.includes('lite')) return true;
  const neg = next.findIndex((w) => NEGATIONS.has(w));
  if (neg < 0) return false;
  // «ville ikke snakke», «ønsket ikke å snakke»
  const verb = next[neg + 1] === 'å' ? words[after + neg + 2]?.lower : next[neg + 1];
  return SILENCE_AFTER.has(verb ?? '');
}

/** Only agreement: an agreement word and at most two other content words in the clause. */
export function isAgreementOnly(words: Word[], from: number, verb: Verb): boolean {
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

export function quotedStatements(sentenceText: string, offset: number, words: Word[], mentions: Mention[], sentence: number): ChildStatement[] {
  const found: ChildStatement[] = [];
  for (const m of sentenceText.matchAll(QUOTE)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const innerWords = tokenize(inner);
    if (innerWords.length < 2) continue;
    const firstPerson = innerWords.some((w) => FIRST_PERSON.has(w.lower));
    const outside = words.filter((w) => !w.quoted && (w.end <= m.index || w.start >= m.index + m[0].length));
    let speaker: Role | null = null;
    for (let i = 0; i < words.length && !speaker; i++) {
      const verb = words[i]!.quoted ? null : verbAt(words, i);
      if (verb) speaker = subjectOf(words, i, verb.words.length, mentions, sentence)?.role ?? null;
    }
    // No verb: the person named first outside the quote speaks («Emil om skolen: «…»»), else the child.
    if (!speaker && firstPerson) speaker = outside.find((w) => w.person)?.person!.role ?? 'child';
    if (speaker === 'child') found.push({ start: offset + m.index, end: offset + m.index + m[0].length, agreementOnly: false });
  }
  return found;
}

export function addMention(mentions: Mention[], word: Word, sentence: number): void {
  if (word.person && !word.quoted) mentions.push({ role: word.person.role, gender: word.person.gender, sentence });
}
