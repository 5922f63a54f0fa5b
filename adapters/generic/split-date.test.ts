// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readDocument, readField } from '../read';
import { pageFromHtml } from '../test/load-page';

function read(body: string, title = 'Vedtak om hjelpetiltak') {
  const doc = pageFromHtml(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}
    <label for="v">Vurdering</label><textarea id="v">Tjenesten vurderer.</textarea></body></html>`);
  return { doc, result: readDocument(doc)! };
}

describe('a date split over «Dag», «Måned», «År» inputs', () => {
  it.each([
    ['a fieldset with wrapping labels', `<fieldset><legend>Vedtaksdato</legend><label>Dag <input value="03"></label><label>Måned <input value="02"></label><label>År <input value="2025"></label></fieldset>`, '03.02.2025'],
    ['a wrapper with DD / MM / ÅÅÅÅ placeholders under a div label', `<div class="lbl">Vedtaksdato</div><div class="dato"><input placeholder="DD" value="3"> . <input placeholder="MM" value="2"> . <input placeholder="ÅÅÅÅ" value="2025"></div>`, '3.2.2025'],
    ['label-for parts and a month select', `<div role="group" aria-labelledby="g"><span id="g">Dato for vedtak</span><label for="d">Dag</label><input id="d" type="number" value="3"><label for="m">Måned</label><select id="m"><option value="">Velg</option><option value="jan">januar</option><option value="feb" selected>februar</option></select><label for="y">År</label><input id="y" value="2025"></div>`, '3. februar 2025'],
    ['parts named in code, year first', `<fieldset><legend>Vedtaksdato</legend><input name="vedtaksdato.year" value="2025"><input name="vedtaksdato.month" value="02"><input name="vedtaksdato.day" value="03"></fieldset>`, '03.02.2025'],
    ['a part still empty', `<fieldset><legend>Vedtaksdato</legend><label>Dag <input value=""></label><label>Måned <input value="02"></label><label>År <input value="2025"></label></fieldset>`, ''],
  ])('reads %s as one date', (_, body, expected) => {
    const { result } = read(body);
    expect(result.model.fields.vedtaksdato?.text).toBe(expected);
    expect(result.model.fields.vurdering?.text).toBe('Tjenesten vurderer.');
    expect(readField(result.elements.get('vedtaksdato')!)).toBe(expected);
  });

  it('reads the month and year of a «Planperiode fra» and follows typing', () => {
    const { doc, result } = read(`<h1>Tiltaksplan</h1><fieldset><legend>Planperiode fra</legend><label>Måned <input id="m" value="03"></label><label>År <input value="2025"></label></fieldset>`, 'Tiltaksplan');
    expect(result.model.fields.planperiodeFra?.text).toBe('mars 2025');
    (doc.getElementById('m') as HTMLInputElement).value = '04';
    expect(readField(result.elements.get('planperiodeFra')!)).toBe('april 2025');
  });

  it('leaves groups that are not a date alone', () => {
    const { result } = read(`<fieldset><legend>Vedtaksdato</legend><label>Dato <input value="03.02.2025"></label><label>Klokkeslett <input value="12:00"></label></fieldset>`);
    expect(result.model.fields.vedtaksdato?.text).toBe('03.02.2025');
  });
});
