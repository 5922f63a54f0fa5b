import { describe, expect, it } from 'vitest';
import { detect, isFodselsnummer } from './detectors';

/** Builds a valid synthetic number from nine digits (the control digits are computed, not hard-coded). */
function withControlDigits(nine: string): string {
  const d = [...nine].map(Number);
  const k = (weights: number[], digits: number[]) => {
    const r = 11 - (weights.reduce((a, w, i) => a + w * digits[i]!, 0) % 11);
    return r === 11 ? 0 : r;
  };
  const k1 = k([3, 7, 6, 1, 8, 9, 4, 5, 2], d);
  const k2 = k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...d, k1]);
  return k1 === 10 || k2 === 10 ? '' : `${nine}${k1}${k2}`;
}

describe('fødselsnummer detector', () => {
  const valid = ['010190123', '150612345', '311299876', '410190123']
    .map(withControlDigits)
    .filter((n) => n !== '');

  it('finds numbers with valid control digits, also written «ddmmåå nnnnn»', () => {
    expect(valid.length).toBeGreaterThan(1);
    for (const n of valid) {
      expect(isFodselsnummer(n)).toBe(true);
      const text = `Barnet (${n.slice(0, 6)} ${n.slice(6)}) bor hos mor.`;
      expect(detect('fodselsnummer', text)).toHaveLength(1);
    }
  });

  it('ignores 11 digits with a wrong control digit, and longer numbers', () => {
    const n = valid[0]!;
    const wrong = `${n.slice(0, 10)}${(Number(n[10]) + 1) % 10}`;
    expect(detect('fodselsnummer', `nr ${wrong}`)).toEqual([]);
    expect(detect('fodselsnummer', `konto ${n}9`)).toEqual([]);
  });
});

describe('phone and e-mail detectors', () => {
  it('finds Norwegian phone numbers in common groupings', () => {
    expect(detect('telefonnummer', 'Ring 912 34 567 eller +47 22 33 44 55.')).toHaveLength(2);
    expect(detect('telefonnummer', 'Mobil 91234567')).toHaveLength(1);
  });

  it('does not take dates or years for phone numbers', () => {
    expect(detect('telefonnummer', 'Møte 13.06.2023 kl. 14.30, sak 2023')).toEqual([]);
  });

  it('finds e-mail addresses', () => {
    expect(detect('epost', 'Skriv til kari.nordmann@example.no')).toHaveLength(1);
  });
});
