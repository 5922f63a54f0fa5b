import { describe, expect, it } from 'vitest';
import { DocumentModelSchema, DOCUMENT_TYPES, type DocumentType } from '../../rules/model/document';
import { FIELDS, ROWS } from '../../rules/model/fields';
import { CASE_FILES, caseDocument, childName, loadCases } from './index';
import { CaseSchema, type Case } from './schema';
import { parseNorskDato } from '../src/dates';

const TODAY = new Date(2026, 10, 23);
const cases = loadCases();

function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getFullYear(), date.getMonth() + months, date.getDate());
  // Clamp to the month's last day (31.01 + 1 month → 28/29.02), as evaluation deadlines are counted.
  if (result.getDate() !== date.getDate()) result.setDate(0);
  return result;
}

function date(text: string | undefined): Date {
  const parsed = parseNorskDato(text ?? '');
  if (!parsed) throw new Error(`Ikke en gyldig dato: «${text}»`);
  return parsed;
}

function ageOn(c: Case, day: Date): number {
  const born = date(c.barn.fodselsdato);
  const hadBirthday =
    day.getMonth() > born.getMonth() || (day.getMonth() === born.getMonth() && day.getDate() >= born.getDate());
  return day.getFullYear() - born.getFullYear() - (hadBirthday ? 0 : 1);
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Norwegian fødselsnummer check digits (mod 11). */
function isValidFodselsnummer(digits: string): boolean {
  const weights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const weights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const check = (weights: number[]) => {
    const sum = weights.reduce((s, w, i) => s + w * Number(digits[i]), 0);
    const k = 11 - (sum % 11);
    return k === 11 ? 0 : k;
  };
  return check(weights1) === Number(digits[9]) && check(weights2) === Number(digits[10]);
}

function fodselsnumre(document: unknown): string[] {
  return strings(document)
    .flatMap((s) => s.match(/(?<!\d)\d{6}\s?\d{5}(?!\d)/g) ?? [])
    .map((m) => m.replace(/\s/g, ''))
    .filter(isValidFodselsnummer);
}

const docs = cases.flatMap((c) => DOCUMENT_TYPES.map((type) => ({ c, type, doc: c.dokumenter[type] })));

describe('demo cases', () => {
  it('every case file validates against the schema', () => {
    for (const [file, raw] of Object.entries(CASE_FILES)) {
      const result = CaseSchema.safeParse(raw);
      expect(result.success, `${file}: ${result.success ? '' : result.error.message}`).toBe(true);
    }
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  it('has unique ids and case numbers', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.saksnummer)).size).toBe(cases.length);
  });

  it('gives each file the name of its case id', () => {
    const files = Object.keys(CASE_FILES).map((f) => f.replace(/\.json$/, ''));
    expect(files).toEqual(cases.map((c) => c.id));
  });

  it('gives no two children the same name or first name', () => {
    expect(new Set(cases.map(childName)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.barn.fornavn)).size).toBe(cases.length);
  });

  it('spreads the children over the ages 3, 6, 9, 12, 14 and 16 (on 23.11.2026)', () => {
    const ages = cases.map((c) => ageOn(c, TODAY));
    for (const age of [3, 6, 9, 12, 14, 16]) expect(ages).toContain(age);
  });

  it('gives each case all three documents', () => {
    for (const c of cases) expect(Object.keys(c.dokumenter).sort()).toEqual([...DOCUMENT_TYPES].sort());
  });

  it('lists no flaws for good documents and at least one for flawed ones', () => {
    for (const { c, type, doc } of docs) {
      if (doc.quality === 'god') expect(doc.flaws, `${c.id}/${type}`).toBeUndefined();
      else expect(doc.flaws?.length ?? 0, `${c.id}/${type}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('has at least three well-written cases and three with varied planted flaws', () => {
    const good = cases.filter((c) => DOCUMENT_TYPES.every((t) => c.dokumenter[t].quality === 'god'));
    const flawed = cases.filter((c) => DOCUMENT_TYPES.some((t) => c.dokumenter[t].quality === 'mangelfull'));
    expect(good.length).toBeGreaterThanOrEqual(3);
    expect(flawed.length).toBeGreaterThanOrEqual(3);
    const areas = new Set(docs.flatMap(({ doc }) => doc.flaws ?? []).map((f) => f.area));
    expect([...areas].sort()).toEqual(['barnets-beste', 'dokumentasjon', 'frister', 'mal-tiltak', 'medvirkning']);
  });

  it('keys document fields by the canonical names of rules/model/fields.ts', () => {
    for (const { c, type, doc } of docs) {
      const canonical = new Set(FIELDS[type].map((f) => f.name));
      for (const key of Object.keys(doc.fields)) expect(canonical.has(key), `${c.id}/${type}: ${key}`).toBe(true);
    }
  });

  it('converts every document into a valid DocumentModel with canonical row fields', () => {
    for (const { c, type } of docs) {
      const model = caseDocument(c, type);
      expect(DocumentModelSchema.safeParse(model).success, `${c.id}/${type}`).toBe(true);
      expect(model.fields.barnetsNavn?.text).toBe(childName(c));
      for (const spec of ROWS[type]) {
        const rowFields = new Set(spec.fields.map((f) => f.name));
        for (const row of model.rows[spec.name] ?? []) {
          for (const key of Object.keys(row.fields)) expect(rowFields.has(key), `${c.id}/${type} ${row.ref}.${key}`).toBe(true);
        }
      }
    }
  });

  it('writes every date as a real calendar date', () => {
    for (const { c, type, doc } of docs) {
      for (const [key, value] of Object.entries(doc.fields)) {
        const isDate = FIELDS[type as DocumentType].find((f) => f.name === key)?.kind === 'date';
        if (isDate && value) expect(parseNorskDato(String(value)), `${c.id}/${type}.${key}`).toBeDefined();
      }
    }
  });

  it('plants a valid-looking fødselsnummer only in a document that lists a dokumentasjon flaw', () => {
    let found = 0;
    for (const { c, type, doc } of docs) {
      const numbers = fodselsnumre(doc);
      found += numbers.length;
      if (numbers.length > 0) {
        expect(doc.flaws?.some((f) => f.area === 'dokumentasjon'), `${c.id}/${type}`).toBe(true);
      }
    }
    expect(found).toBeGreaterThanOrEqual(1);
  });
});

describe('the well-written documents meet the practice they demonstrate', () => {
  const good = docs.filter(({ doc }) => doc.quality === 'god');

  it('vedtak: the undersøkelse took at most three months and the child is quoted', () => {
    for (const { c, doc } of good.filter((d) => d.type === 'vedtak')) {
      const v = c.dokumenter.vedtak.fields;
      expect(date(v.undersokelseAvsluttet) <= addMonths(date(v.meldingMottatt), 3), c.id).toBe(true);
      expect(v.barnetsSynspunkter, c.id).toMatch(/«[^»]{3,}»/);
      expect(v.barnetsBeste.length, c.id).toBeGreaterThan(300);
      expect(doc.quality).toBe('god');
    }
  });

  it('tiltaksplan: current, at most a year, next evaluation within three months, one responsible and an omfang per tiltak', () => {
    for (const { c } of good.filter((d) => d.type === 'tiltaksplan')) {
      const plan = c.dokumenter.tiltaksplan;
      const from = date(plan.fields.planperiodeFra);
      const to = date(plan.fields.planperiodeTil);
      expect(to <= addMonths(from, 12), c.id).toBe(true);
      expect(from <= TODAY && TODAY <= to, c.id).toBe(true);
      const anchor = plan.fields.forrigeEvaluering ? date(plan.fields.forrigeEvaluering) : from;
      const next = date(plan.fields.nesteEvaluering);
      expect(next <= addMonths(anchor, 3) && next >= TODAY, c.id).toBe(true);
      expect(plan.fields.situasjonsbeskrivelse.length, c.id).toBeGreaterThan(400);
      for (const d of plan.delmal) {
        expect(d.indikatorer, `${c.id}: ${d.delmal}`).not.toBe('');
        expect(d.tiltak.length, `${c.id}: ${d.delmal}`).toBeGreaterThan(0);
        for (const t of d.tiltak) {
          expect(t.ansvarlig, t.tiltak).not.toMatch(/,\s*(mor|far|skolen)|\bog\b.*\bog\b/i);
          expect(t.ansvarlig.trim(), t.tiltak).not.toBe('');
          expect(t.omfang.trim(), t.tiltak).not.toBe('');
        }
      }
    }
  });

  it('evaluering: every delmål evaluated, a decision with reasons per tiltak, next evaluation within three months', () => {
    for (const { c } of good.filter((d) => d.type === 'evaluering')) {
      const e = c.dokumenter.evaluering;
      expect(e.delmal.length, c.id).toBe(c.dokumenter.tiltaksplan.delmal.length);
      for (const d of e.delmal) expect(d.evaluering.trim(), c.id).not.toBe('');
      for (const t of e.tiltak) {
        expect(t.beslutning, `${c.id}: ${t.tiltak}`).not.toBe('');
        expect(t.begrunnelse.length, `${c.id}: ${t.tiltak}`).toBeGreaterThan(30);
      }
      expect(date(e.fields.nesteEvaluering) <= addMonths(date(e.fields.evalueringsdato), 3), c.id).toBe(true);
    }
  });
});
