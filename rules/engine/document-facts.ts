import type { DocumentModel, FieldValue } from '../model/document';
import { ageOn, datesIn, type CalendarDate } from '../text/dates';
import { childNamesFrom } from '../text/person-words';
import { inferChildName } from '../text/proper-names';
import { mentionsAny } from '../text/terms';
import type { Scope } from './scope';

/**
 * Facts about the document that conditions use: the child's age on the document's date, and whether the
 * document ends a measure.
 */

/** The date the document speaks for: vedtaksdato, evalueringsdato or the plan's start, else today. */
const DOCUMENT_DATE_FIELDS = ['vedtaksdato', 'evalueringsdato', 'planperiodeFra', 'planperiode'];

export function firstDate(field: FieldValue | undefined): CalendarDate | undefined {
  return field ? datesIn(field.text)[0]?.date : undefined;
}

export function documentDate(document: DocumentModel, today: CalendarDate): CalendarDate {
  for (const name of DOCUMENT_DATE_FIELDS) {
    const date = firstDate(document.fields[name]);
    if (date) return date;
  }
  return today;
}

/** Whole years, or undefined when the birth date is missing or unreadable. */
export function childAge(document: DocumentModel, today: CalendarDate): number | undefined {
  const birth = firstDate(document.fields['fodselsdato']);
  return birth ? ageOn(birth, documentDate(document, today)) : undefined;
}

const ENDING_TERMS = ['avslutt*', 'avslutning*', 'avvikl*', 'opphør*', 'opphøyr*', 'stanse*', 'stans', 'slutt*', 'avsluttast'];
const YES = /^\s*(ja|yes|true)\s*$/iu;

function isTicked(field: FieldValue | undefined): boolean {
  if (!field) return false;
  return field.checked ?? YES.test(field.text);
}

function decidesEnding(field: FieldValue | undefined): boolean {
  return !!field && mentionsAny(field.text, ENDING_TERMS);
}

/**
 * In a row with a decision (an evaluation's tiltak row): that row decides to end its measure. Elsewhere:
 * the vedtak's «avslutter tiltak» is ticked, or any tiltak row of an evaluation decides to end.
 */
export function endsMeasure(scope: Scope): boolean {
  if (scope.ref !== undefined && scope.fields['beslutning']) return decidesEnding(scope.fields['beslutning']);
  if (isTicked(scope.document.fields['avslutterTiltak'])) return true;
  return (scope.document.rows['tiltak'] ?? []).some((row) => decidesEnding(row.fields['beslutning']));
}

function allTexts(document: DocumentModel): string[] {
  const texts = Object.values(document.fields).map((f) => f.text);
  const visit = (rows: DocumentModel['rows']) => {
    for (const list of Object.values(rows)) {
      for (const row of list) {
        texts.push(...Object.values(row.fields).map((f) => f.text));
        if (row.rows) visit(row.rows);
      }
    }
  };
  visit(document.rows);
  return texts;
}

/**
 * The last inference, keyed by the texts it read rather than by the model object: every caller reads the
 * texts again, so a caller that records what it reads (the content script's re-check, which shares one
 * view of the model between rules) sees that the name depends on every field.
 */
let inferred: { texts: string[]; name: string | undefined } = { texts: [], name: undefined };

/** The child's name: «Barnets navn» when it holds a name, else the name the document uses most. */
export function childNameOf(document: DocumentModel): string | undefined {
  const written = document.fields['barnetsNavn']?.text;
  if (written && childNamesFrom(written).size > 0) return written;
  const texts = allTexts(document);
  if (texts.length !== inferred.texts.length || texts.some((t, i) => t !== inferred.texts[i])) {
    inferred = { texts, name: inferChildName(texts) };
  }
  return inferred.name;
}
