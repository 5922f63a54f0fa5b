// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RowValue } from '../../rules/model/document';
import { readDocument, readField } from '../read';
import { loadPage, snapshot } from '../test/load-page';

const PAGES = [
  'familia-vedtak.html',
  'modulus-tiltaksplan.html',
  'nynorsk-delmal-fieldsets.html',
  'iframe-editor-evaluering.html',
  'quill-ckeditor-vedtak.html',
  'spa-cards-tiltaksplan.html',
  'legacy-nynorsk-vedtak.html',
];
const CONTROLS = 'textarea,input,select,[contenteditable],iframe';

function allValues(rows: Record<string, RowValue[]>): Array<{ ref: string; text: string }> {
  return Object.values(rows).flatMap((list) =>
    list.flatMap((r) => [...Object.values(r.fields), ...allValues(r.rows ?? {})]),
  );
}

describe('reading any page, with any of its fields removed (property)', () => {
  it.each(PAGES)('%s: never writes, refs are unique paths, every ref anchors a live element that reads back the model text', (page) => {
    fc.assert(
      fc.property(fc.array(fc.nat(60), { maxLength: 6 }), (removals) => {
        const doc = loadPage(page);
        const controls = Array.from(doc.querySelectorAll(CONTROLS));
        for (const i of removals) controls[i % controls.length]?.remove();
        const before = snapshot(doc);
        const result = readDocument(doc);
        expect(snapshot(doc)).toBe(before);
        if (!result) return;
        const values = [...Object.values(result.model.fields), ...allValues(result.model.rows)];
        const refs = values.map((v) => v.ref);
        expect(new Set(refs).size).toBe(refs.length);
        for (const v of values) {
          expect(v.ref).toMatch(/^[a-zA-Z]+(\[\d+\]\.[a-zA-Z]+)*(\[\d+\])?(\.[a-zA-Z]+)?$/);
          const el = result.elements.get(v.ref)!;
          expect(el.isConnected).toBe(true);
          // Section-title text (a heading's «Delmål 1: …») is structural, not a field value.
          if (!/^H[1-6]$/.test(el.tagName)) expect(readField(el)).toBe(v.text);
        }
        expect(result.elements.size).toBe(values.length);
      }),
      { numRuns: 10 },
    );
  }, 30_000); // each run loads a page into jsdom; generous for a loaded CI machine
});
