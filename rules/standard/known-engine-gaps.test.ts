import { describe, expect, it } from 'vitest';
import { countChildStatements } from '../text/child-voice';

/**
 * Phrasings real caseworkers use that the child-voice detector does not yet read as the child speaking.
 * Skipped so the suite stays green; remove `.skip` when the engine handles them (reported to the engine
 * owner). Cause: a pronoun is resolved to the first person-like subject of the previous sentence, so
 * «Saksbehandler/Vi snakket med [navn] alene. Hun sier …» attributes «hun» to the caseworker or to «vi»
 * (a plural that can never be «hun»/«han»). And in «På spørsmål om skolen svarte hun …» the noun of a fronted
 * phrase is taken as the subject.
 */
const GAPS = [
  'Saksbehandler snakket med [navn] alene. Hun sier: «Pappa sover når jeg går.»',
  'Vi snakket med [navn] alene. Hun sier at pappa sover om morgenen.',
  'Saksbehandlar snakka med [namn] åleine på skulen. Ho seier at ho saknar mor.',
  'Saksbehandlar snakka med [namn] åleine 28.04. Han seier at klatringa er det beste med veka.',
  // Inverted order after a fronted phrase: «skolen» in «På spørsmål om skolen» is taken as the speaker.
  'På spørsmål om skolen svarte hun at det går bra.',
];

describe('kjente svakheter i gjenkjenning av barnets stemme', () => {
  it.skip.each(GAPS)('leser «%s» som barnets eget utsagn', (text) => {
    expect(countChildStatements(text, { ignoreAgreementOnly: true })).toBeGreaterThan(0);
  });
});
