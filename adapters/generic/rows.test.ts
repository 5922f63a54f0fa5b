// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { RowValue } from '../../rules/model/document';
import { readDocument } from '../read';
import { pageFromHtml } from '../test/load-page';

function read(body: string, title = 'Tiltaksplan') {
  const doc = pageFromHtml(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`);
  return readDocument(doc)!.model;
}

/** Rows as plain text: { fieldName: text } plus nested groups, for compact assertions. */
function plain(rows: RowValue[] | undefined): unknown[] {
  return (rows ?? []).map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r.fields)) out[k] = v.text;
    for (const [k, v] of Object.entries(r.rows ?? {})) out[k] = plain(v);
    return out;
  });
}

const tiltakRow = (d: string, i: string, t: string, a: string, o: string) =>
  `<tr><td><textarea>${d}</textarea></td><td><textarea>${i}</textarea></td><td><textarea>${t}</textarea></td><td><input value="${a}"></td><td><input value="${o}"></td></tr>`;
const HEAD = '<thead><tr><th>Delmål</th><th>Indikatorer</th><th>Tiltak</th><th>Ansvarlig</th><th>Omfang</th></tr></thead>';

describe('repeated groups', () => {
  it('keeps a first table row without delmål as a delmål with empty text; later empty delmål cells continue the previous delmål', () => {
    const model = read(`<h1>Tiltaksplan</h1><table>${HEAD}<tbody>
      ${tiltakRow('', '', 'Foreldreveiledning', 'Barnevernet', 'Ukentlig')}
      ${tiltakRow('Trygg skolevei', 'Møter hver dag', 'Følge til skolen', 'Mor', 'Daglig')}
      ${tiltakRow('', '', 'Skoleskyss', 'Skolen', '')}
    </tbody></table>`);
    expect(plain(model.rows.delmal)).toEqual([
      { delmal: '', indikatorer: '', tiltak: [{ tiltak: 'Foreldreveiledning', ansvarlig: 'Barnevernet', omfang: 'Ukentlig' }] },
      {
        delmal: 'Trygg skolevei',
        indikatorer: 'Møter hver dag',
        tiltak: [
          { tiltak: 'Følge til skolen', ansvarlig: 'Mor', omfang: 'Daglig' },
          { tiltak: 'Skoleskyss', ansvarlig: 'Skolen', omfang: '' },
        ],
      },
    ]);
    expect(model.rows.delmal![1]!.rows!.tiltak![1]!.fields.ansvarlig!.ref).toBe('delmal[1].tiltak[1].ansvarlig');
  });

  it('reads an ARIA grid (role=table/row/columnheader/cell) like a table', () => {
    const model = read(`<h1>Tiltaksplan</h1><div role="table">
      <div role="row"><span role="columnheader">Delmål</span><span role="columnheader">Tiltak</span><span role="columnheader">Ansvarlig</span></div>
      <div role="row"><span role="cell"><textarea>Sove bedre</textarea></span><span role="cell"><textarea>Søvnkurs</textarea></span><span role="cell">Helsestasjonen</span></div>
    </div>`);
    expect(plain(model.rows.delmal)).toEqual([{ delmal: 'Sove bedre', tiltak: [{ tiltak: 'Søvnkurs', ansvarlig: 'Helsestasjonen' }] }]);
  });

  it('splits a flat layout at «Mål 1», «Mål 2» headings and leaves the fields after the next section heading top-level', () => {
    const model = read(`<h1>Tiltaksplan</h1>
      <h3>Mål 1</h3>
      <label for="a">Delmål</label><textarea id="a">Lese hver dag</textarea>
      <label for="b">Tiltak</label><textarea id="b">Leksehjelp</textarea>
      <label for="c">Ansvarlig</label><input id="c" value="Skolen">
      <h3>Mål 2</h3>
      <label for="d">Delmål</label><textarea id="d">Venner</textarea>
      <h2>Oppfølging</h2>
      <label for="e">Ansvarlig saksbehandler</label><input id="e" value="K. Hansen">
      <label for="f">Neste evaluering</label><input id="f" value="01.06.2025">`);
    expect(plain(model.rows.delmal)).toEqual([
      { delmal: 'Lese hver dag', tiltak: [{ tiltak: 'Leksehjelp', ansvarlig: 'Skolen' }] },
      { delmal: 'Venner', tiltak: [] },
    ]);
    expect(model.fields.nesteEvaluering?.text).toBe('01.06.2025');
  });

  it('takes the delmål text from a «Delmål nr. 2: …» heading when the section has no delmål field', () => {
    const model = read(`<h1>Tiltaksplan</h1>
      <section><h3>Delmål nr. 1: Sove hele natten</h3><label>Tiltak <input value="Søvnveiledning"></label></section>
      <section><h3>Delmål nr. 2 – Møte på skolen</h3><label>Tiltak <input value="Skoleskyss"></label></section>`);
    expect(plain(model.rows.delmal)).toEqual([
      { delmal: 'Sove hele natten', tiltak: [{ tiltak: 'Søvnveiledning' }] },
      { delmal: 'Møte på skolen', tiltak: [{ tiltak: 'Skoleskyss' }] },
    ]);
  });

  it('without tables or titles, starts a new row where a row label repeats', () => {
    const field = (label: string, value: string) => `<div class="f"><div class="lbl">${label}</div><textarea>${value}</textarea></div>`;
    const model = read(`<h1>Tiltaksplan</h1>
      ${field('Situasjonsbeskrivelse', 'Bor med mor.')}
      ${field('Delmål', 'A')}${field('Indikatorer', 'iA')}${field('Tiltak', 't1')}${field('Ansvarlig', 'x')}${field('Tiltak', 't2')}
      ${field('Delmål', 'B')}${field('Tiltak', 't3')}`);
    expect(model.fields.situasjonsbeskrivelse?.text).toBe('Bor med mor.');
    expect(plain(model.rows.delmal)).toEqual([
      { delmal: 'A', indikatorer: 'iA', tiltak: [{ tiltak: 't1', ansvarlig: 'x' }, { tiltak: 't2' }] },
      { delmal: 'B', tiltak: [{ tiltak: 't3' }] },
    ]);
  });

  it('in an evaluering, keeps «Samlet vurdering» after the last «Delmål n» section top-level', () => {
    const model = read(`<h1>Evaluering av tiltaksplan</h1>
      <h3>Delmål 1</h3><label for="a">Delmål</label><textarea id="a">Sove</textarea>
      <label for="b">Vurdering</label><textarea id="b">Bedre</textarea>
      <label for="c">Samlet vurdering</label><textarea id="c">Planen virker.</textarea>`, 'Evaluering');
    expect(plain(model.rows.delmal)).toEqual([{ delmal: 'Sove', evaluering: 'Bedre' }]);
    expect(model.fields.samletVurdering?.text).toBe('Planen virker.');
  });

  it.each(['Beskrivelse', 'Tekst', 'Beskriv målet', 'Formulering'])('takes the first field «%s» of a «Delmål n» card as the delmål text', (label) => {
    const card = (n: number, d: string, t: string, a: string) => `<div class="card"><div class="card-header"><h4>Delmål ${n}</h4></div><div class="card-body">
      <div class="lbl">${label}</div><textarea>${d}</textarea><div class="lbl">Tiltak</div><textarea>${t}</textarea>
      <div class="lbl">Ansvarlig</div><input value="${a}"></div></div>`;
    const model = read(`<h1>Tiltaksplan</h1>${card(1, 'Møte på skolen', 'Følge til skolen', 'Mor')}${card(2, 'Ha en venn', 'Fritidsklubb', 'Far')}`);
    expect(plain(model.rows.delmal)).toEqual([
      { delmal: 'Møte på skolen', tiltak: [{ tiltak: 'Følge til skolen', ansvarlig: 'Mor' }] },
      { delmal: 'Ha en venn', tiltak: [{ tiltak: 'Fritidsklubb', ansvarlig: 'Far' }] },
    ]);
  });

  it('does not take a «Delmål n» section\'s first field as its text when a label names it as something else', () => {
    const model = read(`<h1>Tiltaksplan</h1>
      <section><h3>Delmål 1</h3><label>Tiltak <textarea>Leksehjelp</textarea></label><label>Merknad <textarea>x</textarea></label></section>
      <section><h3>Delmål 2</h3><label>Ansvarlig <input value="Mor"></label><label>Merknad <textarea>y</textarea></label></section>`);
    expect(plain(model.rows.delmal)).toEqual([{ tiltak: [{ tiltak: 'Leksehjelp' }] }, { tiltak: [] }]);
  });

  it('reads a legacy table whose header row is plain bold cells', () => {
    const model = read(`<h1>Tiltaksplan</h1><table class="grid">
      <tr><td class="hdr"><b>Delmål</b></td><td class="hdr"><b>Tiltak</b></td><td class="hdr"><b>Ansvarlig</b></td></tr>
      <tr><td><textarea>Møte på skolen</textarea></td><td><textarea>Følge til skolen</textarea></td><td><input value="Mor"></td></tr>
      <tr><td><textarea>Ha en venn</textarea></td><td><textarea>Fritidsklubb</textarea></td><td><input value="Far"></td></tr></table>`);
    expect(plain(model.rows.delmal)).toEqual([
      { delmal: 'Møte på skolen', tiltak: [{ tiltak: 'Følge til skolen', ansvarlig: 'Mor' }] },
      { delmal: 'Ha en venn', tiltak: [{ tiltak: 'Fritidsklubb', ansvarlig: 'Far' }] },
    ]);
  });

  it('keeps reading a layout table of «label | field» rows under a plain title row by its row labels', () => {
    const model = read(`<h1>Tiltaksplan</h1><table>
      <tr><td><b>Plan for Emil</b></td><td><b>Side 1</b></td></tr>
      <tr><td>Hovedmål</td><td><textarea>Trygg hverdag</textarea></td></tr>
      <tr><td>Barnets synspunkter</td><td><textarea>Vil spille fotball</textarea></td></tr></table>`);
    expect(model.fields.hovedmal?.text).toBe('Trygg hverdag');
    expect(model.fields.barnetsSynspunkter?.text).toBe('Vil spille fotball');
  });
});
