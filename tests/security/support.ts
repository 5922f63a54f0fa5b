import fc from 'fast-check';
import type { DocumentModel, FieldValue, RowValue } from '../../rules/model/document';
import type { PackError } from '../../rules/pack/validate';

/** `rules[3].check["odd key"].min` → ['rules', 3, 'check', 'odd key', 'min']; `(rot)` → []. */
export function parsePath(path: string): Array<string | number> {
  if (path === '(rot)') return [];
  const out: Array<string | number> = [];
  const token = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let m: RegExpExecArray | null;
  while (token.lastIndex < path.length && (m = token.exec(path))) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3]!) as string);
  }
  if (token.lastIndex !== path.length) throw new Error(`unreadable error path: ${path}`);
  return out;
}

const has = (value: unknown, key: string | number) =>
  value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key);

/**
 * An error path is precise when it names a place in the input: every step but the last exists, and the
 * last exists too or is a key missing from an object that does exist (a required key left out).
 */
export function pathIsInInput(input: unknown, path: string): boolean {
  const steps = parsePath(path);
  let value = input;
  for (const [i, key] of steps.entries()) {
    if (!has(value, key)) return i === steps.length - 1 && value !== null && typeof value === 'object';
    value = (value as Record<string | number, unknown>)[key];
  }
  return true;
}

/** English text from zod, V8 or our own fallbacks must not reach a Norwegian quality lead. */
const ENGLISH = /\b(Invalid|invalid input|Expected|expected|Required|received|Unrecognized|must be|should be|Too (small|big)|regular expression|Unterminated|Nothing to repeat|Unmatched|out of order)\b/u;

export function norwegianProblem(error: PackError): string | null {
  if (typeof error.message !== 'string' || error.message.trim() === '') return 'empty message';
  if (ENGLISH.test(error.message)) return `English in message: ${error.message}`;
  if (typeof error.path !== 'string' || error.path === '') return 'empty path';
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Documents: what an adapter could read off any page.

const WORDS = [
  'Lisa', 'Jonas', 'hun', 'han', 'mor', 'far', 'sier', 'forteller', 'at', 'barnet', 'ikke', 'enig', 'målene', 'ønsker',
  'støttekontakt', 'skolen', 'bvl. § 3-1', '§ 1-3', '12.03.2026', '1.1.2027', 'til 31.12.2026', '6 måneder', '«', '»', '"',
  '[navn]', 'og', 'eller', '/', '&', '+', ',', '.', ';', '\n', '\n\n', ' ', 'æøå', 'ÆØÅ', 'Ho', 'seier', '(9)', 'f.eks.',
  'שלום עולם', 'مرحبا', '\u202Eslettet\u202C', '🙂', '👨‍👩‍👧', '🏳️‍🌈', '\u200B', '\u00AD', 'e\u0301', '\uFEFF', '\u0000', '\uD800',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{{constructor}}', '__proto__', 'ca. 12345678901', 'a@b.no',
];
const wordy = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8, unit: 'grapheme' })), { maxLength: 40 }).map((p) => p.join(' '));
const huge = fc.tuple(fc.constantFrom('a', 'ø', 'Barnet sier at ', '🙂', ' ', '\n', '«', '1.', 'שלום '), fc.integer({ min: 10_000, max: 60_000 }))
  .map(([s, n]) => s.repeat(Math.ceil(n / s.length)));
export const anyText = fc.oneof(
  { weight: 60, arbitrary: wordy },
  { weight: 15, arbitrary: fc.string({ maxLength: 60, unit: 'binary' }) },
  { weight: 10, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: huge },
);

export const TOP_FIELDS = [
  'vedtak', 'hjemmel', 'bakgrunn', 'barnetsBeste', 'barnetsNavn', 'barnetsSynspunkter', 'foreldrenesSynspunkter', 'vurdering',
  'situasjonsbeskrivelse', 'hovedmal', 'planperiode', 'planperiodeFra', 'planperiodeTil', 'samletVurdering', 'nesteEvaluering',
  'vedtaksdato', 'evalueringsdato', 'fodselsdato', 'varighetEvaluering', 'klageadgang', 'avslutterTiltak', 'evaluering',
];
export const ROW_FIELDS = ['delmal', 'indikatorer', 'mal', 'tiltak', 'ansvarlig', 'omfang', 'evaluering'];

const fieldsOf = (names: readonly string[], prefix: string) =>
  fc.dictionary(fc.constantFrom(...names), fc.tuple(anyText, fc.option(fc.boolean(), { nil: undefined })), { maxKeys: 8 })
    .map((d) => Object.fromEntries(Object.entries(d).map(([k, [text, checked]]): [string, FieldValue] => {
      const value: FieldValue = { text, ref: `${prefix}${k}` };
      if (checked !== undefined) value.checked = checked;
      return [k, value];
    })));

const rowsOf = (name: string, prefix: string, nested: boolean): fc.Arbitrary<RowValue[]> =>
  fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => {
    const ref = `${prefix}${name}[${i}]`;
    return fc.tuple(fieldsOf(ROW_FIELDS, `${ref}.`), nested ? rowsOf('tiltak', `${ref}.`, false) : fc.constant<RowValue[]>([]))
      .map(([fields, tiltak]): RowValue => (nested ? { ref, fields, rows: { tiltak } } : { ref, fields }));
  })));

export const anyDocument: fc.Arbitrary<DocumentModel> = fc.record({
  documentType: fc.constantFrom('vedtak', 'tiltaksplan', 'evaluering'),
  title: fc.option(anyText, { nil: undefined }),
  fields: fieldsOf(TOP_FIELDS, ''),
  rows: fc.record({ delmal: rowsOf('delmal', '', true), tiltak: rowsOf('tiltak', '', false) }, { requiredKeys: [] }),
}).map((d) => {
  const doc: DocumentModel = { documentType: d.documentType, fields: d.fields, rows: d.rows as DocumentModel['rows'] };
  if (d.title !== undefined) doc.title = d.title;
  return doc;
});
