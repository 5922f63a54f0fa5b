import type { DocumentModel, DocumentType, FieldValue, RowValue } from '../../rules/model/document';
import {
  BESLUTNING_COLUMNS,
  BESLUTNING_LABELS,
  DELMAL_COLUMNS,
  DOCUMENT_HEADINGS,
  EVALUERING_DELMAL_LABELS,
  EVALUERING_FIELDS,
  RICH_TEXT_FIELDS,
  TILTAKSPLAN_FIELDS,
  VEDTAK_FIELDS,
  type FormField,
} from './form-fields';
import type { Case, CaseDocuments } from './schema';

/*
 * Case → DocumentModel, with no case data of its own: the training page converts its own fictional
 * scenarios with it and so never loads the demo's case files.
 */

export function childName(c: Case): string {
  return `${c.barn.fornavn} ${c.barn.etternavn}`;
}

/** The text a page adapter reads from a rich-text editor: paragraphs separated by single line breaks. */
function flattenParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n');
}

function value(ref: string, text: string, label: string): FieldValue {
  return { text, ref, label };
}

function topFields(
  type: DocumentType,
  specs: Record<string, FormField>,
  values: Record<string, string | boolean | undefined>,
): Record<string, FieldValue> {
  const rich: readonly string[] = RICH_TEXT_FIELDS[type];
  const fields: Record<string, FieldValue> = {};
  for (const [name, spec] of Object.entries(specs)) {
    // The form shows every field, so an optional field missing from the case file reads as empty.
    const raw = values[name] ?? '';
    if (typeof raw === 'boolean') {
      fields[name] = { text: raw ? spec.label : '', ref: name, label: spec.label, checked: raw };
    } else {
      fields[name] = value(name, rich.includes(name) ? flattenParagraphs(raw) : raw, spec.label);
    }
  }
  return fields;
}

/**
 * A case's document as the DocumentModel a page adapter should read off the demo form
 * (canonical field names, refs like `delmal[1].tiltak[0].ansvarlig`). Pass `documents` to
 * convert edited (unsaved or session-saved) documents instead of the case file's own.
 */
export function caseDocument(c: Case, type: DocumentType, documents: CaseDocuments = c.dokumenter): DocumentModel {
  const child = { barnetsNavn: childName(c), fodselsdato: c.barn.fodselsdato };
  const title = `${DOCUMENT_HEADINGS[type]} – ${childName(c)}`;

  if (type === 'vedtak') {
    return {
      documentType: type,
      title,
      fields: topFields(type, VEDTAK_FIELDS, { ...child, ...documents.vedtak.fields }),
      rows: {},
    };
  }

  if (type === 'tiltaksplan') {
    const plan = documents.tiltaksplan;
    const delmal: RowValue[] = plan.delmal.map((d, i) => ({
      ref: `delmal[${i}]`,
      fields: {
        delmal: value(`delmal[${i}].delmal`, d.delmal, DELMAL_COLUMNS.delmal),
        indikatorer: value(`delmal[${i}].indikatorer`, d.indikatorer, DELMAL_COLUMNS.indikatorer),
      },
      rows: {
        tiltak: d.tiltak.map((t, j) => {
          const ref = `delmal[${i}].tiltak[${j}]`;
          return {
            ref,
            fields: {
              tiltak: value(`${ref}.tiltak`, t.tiltak, DELMAL_COLUMNS.tiltak),
              ansvarlig: value(`${ref}.ansvarlig`, t.ansvarlig, DELMAL_COLUMNS.ansvarlig),
              omfang: value(`${ref}.omfang`, t.omfang, DELMAL_COLUMNS.omfang),
            },
          };
        }),
      },
    }));
    return {
      documentType: type,
      title,
      fields: topFields(type, TILTAKSPLAN_FIELDS, { ...child, ...plan.fields }),
      rows: { delmal },
    };
  }

  const evaluering = documents.evaluering;
  const planPeriod = {
    planperiodeFra: documents.tiltaksplan.fields.planperiodeFra,
    planperiodeTil: documents.tiltaksplan.fields.planperiodeTil,
  };
  return {
    documentType: type,
    title,
    fields: topFields(type, EVALUERING_FIELDS, { ...child, ...planPeriod, ...evaluering.fields }),
    rows: {
      delmal: evaluering.delmal.map((d, i) => ({
        ref: `delmal[${i}]`,
        fields: {
          delmal: value(`delmal[${i}].delmal`, d.delmal, EVALUERING_DELMAL_LABELS.delmal),
          evaluering: value(`delmal[${i}].evaluering`, d.evaluering, EVALUERING_DELMAL_LABELS.evaluering),
        },
      })),
      tiltak: evaluering.tiltak.map((t, i) => ({
        ref: `tiltak[${i}]`,
        fields: {
          tiltak: value(`tiltak[${i}].tiltak`, t.tiltak, BESLUTNING_COLUMNS.tiltak),
          beslutning: value(
            `tiltak[${i}].beslutning`,
            t.beslutning ? BESLUTNING_LABELS[t.beslutning] : '',
            BESLUTNING_COLUMNS.beslutning,
          ),
          begrunnelse: value(`tiltak[${i}].begrunnelse`, t.begrunnelse, BESLUTNING_COLUMNS.begrunnelse),
        },
      })),
    },
  };
}
