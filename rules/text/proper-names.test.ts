import { describe, expect, it } from 'vitest';
import { inferChildName } from './proper-names';

describe('inferChildName', () => {
  it('takes the proper noun used most inside sentences, genitives included', () => {
    const texts = [
      'I samtale alene forteller Emil at han gruer seg. Mor opplever at Emil sover dårlig.',
      'Tiltaket skal gi Emils hverdag mer struktur. Kontakten med BUP og PPT fortsetter i Oslo.',
    ];
    expect(inferChildName(texts)).toBe('Emil');
  });

  it('ignores sentence-initial words, roles, acronyms, months and names seen only once', () => {
    expect(inferChildName(['Samtalen ble holdt i juni. Skolen melder fravær. Vi møtte Mor og PPT.'])).toBeUndefined();
    expect(inferChildName(['Han snakket med Kari en gang.'])).toBeUndefined();
  });
});
