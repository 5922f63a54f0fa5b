import { analysed, type Derivation } from './analysed-text';
import { piecewise } from './pieces';

/**
 * Built-in detectors for personal data typed into free text (data minimisation): a fødselsnummer or
 * D-nummer (11 digits with valid control digits, optionally «ddmmåå nnnnn»), a Norwegian phone number
 * and an e-mail address. Each returns the ranges it found.
 */
export type DetectorName = 'fodselsnummer' | 'telefonnummer' | 'epost';
export interface DetectedRange {
  start: number;
  end: number;
}

const FNR = /(?<![\p{N}])(\d{6})[ \u00a0]?(\d{5})(?![\p{N}])/gu;
const PHONE = /(?<![\p{N}+])(?:(?:\+|00)47[ \u00a0]?)?(?:[2-9]\d(?:[ \u00a0]?\d\d){3}|[2-9]\d\d[ \u00a0]\d\d[ \u00a0]\d\d\d)(?![\p{N}]|[.,]\d)/gu;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

function controlDigitsValid(digits: number[]): boolean {
  const weights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const weights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const control = (weights: number[]) => {
    const sum = weights.reduce((acc, w, i) => acc + w * digits[i]!, 0);
    const k = 11 - (sum % 11);
    return k === 11 ? 0 : k;
  };
  const k1 = control(weights1);
  if (k1 === 10 || k1 !== digits[9]) return false;
  const k2 = control(weights2);
  return k2 !== 10 && k2 === digits[10];
}

/** A fødselsnummer, D-nummer (day + 40) or H-nummer/synthetic test number (month + 40 / + 80). */
export function isFodselsnummer(eleven: string): boolean {
  if (!/^\d{11}$/u.test(eleven)) return false;
  const digits = [...eleven].map(Number);
  const day = Number(eleven.slice(0, 2)) % 40;
  const month = Number(eleven.slice(2, 4)) % 40;
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  return controlDigitsValid(digits);
}

/** Cheap tests that rule a text out before the Unicode-aware scan (every field is scanned on each pause). */
const MAY_CONTAIN: Record<DetectorName, RegExp> = { fodselsnummer: /\d{6}/, telefonnummer: /\d\d/, epost: /@/ };

export function detect(name: DetectorName, text: string): DetectedRange[] {
  if (!MAY_CONTAIN[name].test(text)) return [];
  const ranges: DetectedRange[] = [];
  if (name === 'fodselsnummer') {
    for (const m of text.matchAll(FNR)) {
      if (isFodselsnummer(m[1]! + m[2]!)) ranges.push({ start: m.index, end: m.index + m[0].length });
    }
    return ranges;
  }
  const pattern = name === 'telefonnummer' ? PHONE : EMAIL;
  for (const m of text.matchAll(pattern)) ranges.push({ start: m.index, end: m.index + m[0].length });
  return ranges;
}

const detection = (name: DetectorName) =>
  piecewise<readonly DetectedRange[]>((a) => detect(name, a.text), (values, pieces) =>
    values.flatMap((ranges, p) => ranges.map((r) => ({ start: pieces[p]!.start + r.start, end: pieces[p]!.start + r.end }))));

const DETECTIONS: Record<DetectorName, Derivation<readonly DetectedRange[]>> = {
  fodselsnummer: detection('fodselsnummer'),
  telefonnummer: detection('telefonnummer'),
  epost: detection('epost'),
};

/** `detect`, kept with the text's analysis (a field that did not change is not scanned again). */
export function detected(name: DetectorName, text: string): readonly DetectedRange[] {
  return analysed(text).get(DETECTIONS[name]);
}
