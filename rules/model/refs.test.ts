import { describe, expect, it } from 'vitest';
import { findField, withFieldText } from './refs';
import type { DocumentModel } from './document';

const model: DocumentModel = {
  documentType: 'tiltaksplan',
  fields: { hovedmal: { text: 'Trygg hverdag', ref: 'hovedmal' } },
  rows: {
    delmal: [
      { ref: 'delmal[0]', fields: { delmal: { text: 'Møter på skolen', ref: 'delmal[0].delmal' } }, rows: { tiltak: [] } },
      {
        ref: 'delmal[1]',
        fields: { delmal: { text: 'Sover hjemme', ref: 'delmal[1].delmal' } },
        rows: { tiltak: [{ ref: 'delmal[1].tiltak[0]', fields: { ansvarlig: { text: 'Mor', ref: 'delmal[1].tiltak[0].ansvarlig' } } }] },
      },
    ],
  },
};

describe('field refs', () => {
  it('finds top-level, row and nested-row fields', () => {
    expect(findField(model, 'hovedmal')?.text).toBe('Trygg hverdag');
    expect(findField(model, 'delmal[1].delmal')?.text).toBe('Sover hjemme');
    expect(findField(model, 'delmal[1].tiltak[0].ansvarlig')?.text).toBe('Mor');
  });

  it('returns undefined for refs that point nowhere or are malformed', () => {
    for (const ref of ['finnesIkke', 'delmal[5].delmal', 'delmal[1].tiltak[3].ansvarlig', 'delmal.delmal', '', 'a[1]']) {
      expect(findField(model, ref)).toBeUndefined();
    }
  });

  it('replaces one nested field and shares everything else', () => {
    const next = withFieldText(model, 'delmal[1].tiltak[0].ansvarlig', 'Familieveileder Hansen')!;
    expect(findField(next, 'delmal[1].tiltak[0].ansvarlig')?.text).toBe('Familieveileder Hansen');
    expect(findField(model, 'delmal[1].tiltak[0].ansvarlig')?.text).toBe('Mor');
    expect(next.fields).toBe(model.fields);
    expect(next.rows.delmal![0]).toBe(model.rows.delmal![0]);
  });

  it('returns the same model when the text is unchanged, and null for unknown refs', () => {
    expect(withFieldText(model, 'hovedmal', 'Trygg hverdag')).toBe(model);
    expect(withFieldText(model, 'ukjent', 'x')).toBeNull();
  });
});
