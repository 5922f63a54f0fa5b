// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readDocument } from '../read';
import { pageFromHtml } from '../test/load-page';

function fields(body: string) {
  const read = readDocument(pageFromHtml(`<!DOCTYPE html><html><head><title>Vedtak om hjelpetiltak</title></head><body>${body}</body></html>`));
  return Object.fromEntries(Object.entries(read?.model.fields ?? {}).map(([name, f]) => [name, [f.text, f.label]]));
}

describe('help text between a label and its field', () => {
  it.each([
    ['a «hint» div under a div label', `<div><div class="title">Hjemmel</div><div class="hint">Hvilken vurdering ligger til grunn?</div><textarea>§ 3-1</textarea></div>`],
    ['<small> after a span label', `<div><span class="lbl">Hjemmel</span><small>Skriv hvilken vurdering som ligger til grunn.</small><textarea>§ 3-1</textarea></div>`],
    ['a paragraph the field points at with aria-describedby', `<div><p><b>Hjemmel</b></p><p id="h1">Hvilken vurdering ligger til grunn?</p><textarea aria-describedby="h1">§ 3-1</textarea></div>`],
    ['Bootstrap form-text under a label without for', `<div class="mb-3"><label class="form-label">Hjemmel</label><div class="form-text">Husk barnets beste.</div><textarea class="form-control">§ 3-1</textarea></div>`],
    ['Designsystemet field description', `<div class="ds-field"><label class="ds-label">Hjemmel</label><div class="ds-field-description">Hvilken vurdering ligger til grunn for vedtaket</div><textarea>§ 3-1</textarea></div>`],
    ['Aksel (NAV) form field description', `<div class="navds-form-field"><label class="navds-label">Hjemmel</label><div class="navds-body-short navds-form-field__description">Barnets beste skal være et grunnleggende hensyn</div><textarea>§ 3-1</textarea></div>`],
    ['nynorsk hjelpetekst', `<div><span class="ledetekst">Heimel</span><span class="hjelpetekst">Kva vurdering ligg til grunn?</span><input value="§ 3-1"></div>`],
  ])('names the field by its label, not by %s', (_, body) => {
    const read = fields(body);
    expect(read.hjemmel?.[0]).toBe('§ 3-1');
    expect(read.vurdering).toBeUndefined();
    expect(read.barnetsBeste).toBeUndefined();
  });
});

describe('the fagsystem\'s own inputs', () => {
  it('leaves search boxes out, however they are labelled', () => {
    expect(fields(`<header><input type="search" aria-label="Søk etter vurdering" value="x">
      <div role="search"><label for="q">Hjemmel</label><input id="q" value="y"></div>
      <search><input placeholder="Søk i vurderinger" value="z"></search></header>
      <main><label for="a">Barnets synspunkter</label><textarea id="a">Hun vil bo hjemme.</textarea></main>`))
      .toEqual({ barnetsSynspunkter: ['Hun vil bo hjemme.', 'Barnets synspunkter'] });
  });

  it('leaves the notes and chat of side panels and menus out, but reads the case facts shown there', () => {
    const read = readDocument(pageFromHtml(`<!DOCTYPE html><html><head><title>Evaluering av tiltaksplan</title></head><body>
      <nav><label for="n">Barnets navn</label><input id="n" value="Søk: Emil"></nav>
      <aside class="saksinfo"><dl><dt>Barnets navn</dt><dd>Emil Hansen</dd><dt>Født</dt><dd>05.09.2016</dd></dl></aside>
      <main><h1>Evaluering av tiltaksplan</h1>
        <label for="a">Delmål</label><textarea id="a">Møte på skolen</textarea>
        <label for="b">Måloppnåelse</label><textarea id="b">Fraværet er halvert.</textarea>
        <label for="s">Samlet vurdering</label><textarea id="s">Tiltakene virker.</textarea></main>
      <div role="complementary"><h2>Kommentarer</h2><label for="c">Kommentar</label><textarea id="c">Husk signatur</textarea></div>
      <aside><label for="v">Vurdering</label><textarea id="v">Intern merknad</textarea></aside></body></html>`))!.model;
    expect(Object.fromEntries(Object.entries(read.fields).map(([k, f]) => [k, f.text]))).toEqual({
      barnetsNavn: 'Emil Hansen', fodselsdato: '05.09.2016', samletVurdering: 'Tiltakene virker.',
    });
    expect(read.rows.delmal!.map((r) => Object.fromEntries(Object.entries(r.fields).map(([k, f]) => [k, f.text]))))
      .toEqual([{ delmal: 'Møte på skolen', evaluering: 'Fraværet er halvert.' }]);
  });
});
