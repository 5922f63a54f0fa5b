// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { caseDocument, loadCases } from '../../demo/cases';
import { App } from '../../demo/src/App';
import { DOCUMENT_TYPES } from '../../rules/model/document';
import { readDocument } from '../read';
import { BUILT_IN_ADAPTERS } from './index';
import { texts, withoutEmptyExtras } from '../test/model-texts';

const URL = 'http://localhost:5173/';

/** Renders the Fagsystem-demo app at a route, as the caseworker would see it. */
function showDemo(hash: string): Element {
  document.body.innerHTML = '<div id="app"></div>';
  location.hash = hash;
  const root = document.getElementById('app')!;
  act(() => render(<App />, root));
  return root;
}


afterEach(() => {
  render(null, document.getElementById('app')!);
});

describe('the Fagsystem-demo', () => {
  const cases = loadCases();
  for (const c of cases) {
    for (const type of DOCUMENT_TYPES) {
      it(`${c.id} / ${type}: the site adapter and the generic adapter both read exactly the case's document`, () => {
        showDemo(`#/sak/${c.id}/${type}`);
        const expected = caseDocument(c, type);
        const before = document.documentElement.outerHTML;

        const site = readDocument(document, { url: URL, adapters: BUILT_IN_ADAPTERS });
        expect(site?.adapterId).toBe('fagsystem-demo');
        expect(withoutEmptyExtras(site?.model, expected)).toEqual(texts(expected));
        expect(site?.model.title).toContain(expected.title!.split(' – ')[0]);

        const generic = readDocument(document, { url: URL });
        expect(generic?.adapterId).toBe('generic');
        expect(withoutEmptyExtras(generic?.model, expected)).toEqual(texts(expected));

        expect(document.documentElement.outerHTML).toBe(before);
      });
    }
  }

  it('labels the site adapter\'s fields with the page\'s own wording', () => {
    const c = cases[0]!;
    showDemo(`#/sak/${c.id}/tiltaksplan`);
    const model = readDocument(document, { url: URL, adapters: BUILT_IN_ADAPTERS })!.model;
    expect(model.fields.hovedmal?.label).toBe('Hovedmål');
    expect(model.rows.delmal?.[0]?.rows?.tiltak?.[0]?.fields.ansvarlig?.label).toBe('Ansvarlig');
  });

  it('reads nothing on the case overview (not a document)', () => {
    showDemo('#/');
    expect(readDocument(document, { url: URL, adapters: BUILT_IN_ADAPTERS })).toBeNull();
    expect(readDocument(document, { url: URL })).toBeNull();
  });
});
