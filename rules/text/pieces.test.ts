import { describe, expect, it } from 'vitest';
import { analysed, type AnalysedText } from './analysed-text';
import { countChildStatements, findChildStatements, findProxyReports } from './child-voice';
import { detected } from './detectors';
import { expectEdits, PIECES, USED_PIECES, withoutPieces } from './pieces';
import { inferChildName } from './proper-names';
import { sentenceBounds } from './sentences';
import { countDistinctTerms, findTerms, mentionsAny } from './terms';
import { hasWrittenContent, substantiveWordCount } from './words';
import { seededRandom } from '../engine/test-support/seeded-random';

/** Fragments that test where a text may be cut: quotes, brackets, abbreviations, lists, phrases over a line break. */
const FRAGMENTS = [
  'Lisa forteller at hun vil bo hjemme.', 'Mor opplever at hun er lei seg.', 'Han sier: «Jeg vil hjem. Det er kjedelig der.»',
  '«Jeg vil ikke», sier gutten.', 'Hun er enig i målene.', 'Ifølge barnet er det fint.', 'Barnets beste er vurdert',
  'barnets\nbeste', 'Far mener f.eks. at', 'jf. bvl. § 4-4.', 'Det skjedde 13. juni.', '[navn. Etternavn] sier at hun trives.',
  '[navn] sier', '- punkt en\n- punkt to', '01811550031', 'tlf. 99 88 77 66.', 'ola@example.no.', '\n', '\n\n', ' ', '?',
  '!', '...', 'Skolen melder at han er urolig.', 'Han', 'hun', 'Hun ønsker støttekontakt.', '"Jeg gruer meg." Hun smiler.',
  'ho seier at', 'familieveilederen', 'alternativene', 'Per', 'Per sier at han liker fotball.', '(se vedlegg.)', 'x',
  'Hun sa: "Nei." Han', '<navn>', '{mal}', 'Mor og far er enige. Han ønsker', '–', '-', '\u00a0', 'tiltaket?!', 'Emils ønske',
];
const TERMS = [
  ['barnets beste', 'alternativ*', '*veileder', 'støttekontakt', 'mor', 'bo hjemme', 'punkt to', 'beste', 'beste'],
  ['enig', 'ønske*', 'vil', 'fotball'],
];

/** Everything the pieces are joined for, as plain data. */
function answers(text: string) {
  const voice = (childName?: string) => ({
    statements: findChildStatements(text, { childName }),
    count: countChildStatements(text, { childName, ignoreAgreementOnly: true }),
    proxy: findProxyReports(text, { childName }),
  });
  return {
    terms: TERMS.map((terms) => ({ found: findTerms(text, terms), distinct: countDistinctTerms(text, terms), any: mentionsAny(text, terms) })),
    voice: [voice(), voice('Per Hansen'), voice('Lisa')],
    words: [substantiveWordCount(text), hasWrittenContent(text)],
    detected: (['fodselsnummer', 'telefonnummer', 'epost'] as const).map((name) => detected(name, text)),
    childName: [inferChildName([text]), inferChildName([text, 'Ola og Per.'])],
  };
}

/** The sentences of every piece, down to the last, put back together: what the whole text's are. */
function joinedSentences(a: AnalysedText, offset = 0): number[] {
  const pieces = a.get(PIECES);
  if (!pieces) return [...sentenceBounds(a.text)].map((b) => b + offset);
  return pieces.flatMap((p) => joinedSentences(p.analysis, offset + p.start));
}

describe('pieces', () => {
  it('give every analysis the answers of the whole text, through random edits', () => {
    const rand = seededRandom(17);
    const fragment = () => FRAGMENTS[rand(FRAGMENTS.length)]!;
    let cut = 0;
    for (let doc = 0; doc < 40; doc++) {
      let text = Array.from({ length: 5 + rand(40) }, fragment).join(rand(2) ? ' ' : '');
      for (let edit = 0; edit < 15; edit++) {
        const before = text;
        const at = rand(text.length + 1);
        text = rand(3) ? text.slice(0, at) + fragment() + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + rand(30));
        const whole = withoutPieces(() => answers(text));
        // As when typing: the text before the edit was analysed, so the edited text's other pieces are found again.
        expectEdits(before);
        answers(before);
        expectEdits(text);
        expect(answers(text), JSON.stringify(text)).toEqual(whole);
        expect(joinedSentences(analysed(text))).toEqual([...sentenceBounds(text)]);
        if (analysed(text).get(USED_PIECES)) cut++;
      }
    }
    // Most texts were worked out by their pieces (so the comparison above compared something).
    expect(cut).toBeGreaterThan(400);
  });

  it('are made only of texts being typed into, and used once most of them were seen before', () => {
    const text = 'Hun trives på skolen.\nHan sier lite.\nMor er enig i planen.\nFar mener det går bra.';
    withoutPieces(() => undefined);
    // Read once (a form's first check): analysed whole, never cut.
    expect(analysed(text).get(PIECES)).toBeNull();
    const typed = `${text} `;
    expectEdits(typed);
    expect(analysed(typed).get(PIECES)).toHaveLength(4);
    expect(analysed(typed).get(USED_PIECES)).toBeNull();
    const edited = typed.replace('lite.', 'litt mer.');
    expectEdits(edited);
    expect(analysed(edited).get(USED_PIECES)?.map((p) => p.analysis.text)).toEqual(['Hun trives på skolen.\n', 'Han sier litt mer.\n', 'Mor er enig i planen.\n', 'Far mener det går bra. ']);
    const rewritten = 'Alt er nytt.\nHver linje.\nOgså denne.\nFar mener det går bra. ';
    expectEdits(rewritten);
    expect(analysed(rewritten).get(USED_PIECES)).toBeNull();
  });

  it('cut after a line that ends in a mark, else after a sentence outside quotes and brackets', () => {
    const texts = (text: string) => {
      expectEdits(text);
      return analysed(text).get(PIECES)?.map((p) => p.analysis.text) ?? null;
    };
    expect(texts('Hun trives.\nHan sier lite.')).toEqual(['Hun trives.\n', 'Han sier lite.']);
    expect(texts('Barnets\nbeste er vurdert.')).toBeNull();
    expect(texts('- punkt en\n- punkt to')).toBeNull();
    expect(texts('Hun trives. Han sier lite. Hun nevner f.eks. Ola.')).toEqual(['Hun trives.', ' Han sier lite.', ' Hun nevner f.eks. Ola.']);
    expect(texts('Hun sier: «Jeg vil hjem. Det er kjedelig.» Han sier lite.')).toBeNull();
    expect(texts('[navn. Etternavn] trives. Han sier lite.')).toBeNull();
  });
});
