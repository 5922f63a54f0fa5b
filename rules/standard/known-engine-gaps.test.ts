import { describe, expect, it } from 'vitest';
import { countChildStatements } from '../text/child-voice';

/**
 * Phrasings real caseworkers use, read by the child-voice detector the standard pack's voice rules rely on.
 * HANDLED: they must keep working. GAPS: not yet read as the child speaking; skipped so the suite stays
 * green, reported to the engine owner — remove `.skip` when the engine handles them.
 */
const HANDLED = [
  'Saksbehandler snakket med [navn] alene. Hun sier: «Pappa sover når jeg går.»',
  'Vi snakket med [navn] alene. Hun sier at pappa sover om morgenen.',
  'Saksbehandlar snakka med [namn] åleine på skulen. Ho seier at ho saknar mor.',
  'Saksbehandlar snakka med [namn] åleine 28.04. Han seier at klatringa er det beste med veka.',
  'På spørsmål om skolen svarte hun at det går bra.',
  'I samtale med barnet kom det fram at han gruer seg til helgene.',
  'Guten kunne fortelje at far slår.',
];

const GAPS: string[] = [
  // Unknown first name (no «Barnets navn», not inferred from the document), before a verb of saying.
  'Sara tegnet og fortalte om familien sin.',
];

describe('barnets stemme i vanlige formuleringer', () => {
  it.each(HANDLED)('leser «%s» som barnets eget utsagn', (text) => {
    expect(countChildStatements(text, { ignoreAgreementOnly: true })).toBeGreaterThan(0);
  });
  it.skip.each(GAPS)('KJENT SVAKHET: leser «%s» som barnets eget utsagn', (text) => {
    expect(countChildStatements(text, { ignoreAgreementOnly: true })).toBeGreaterThan(0);
  });
});
