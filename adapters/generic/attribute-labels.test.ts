// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../rules/model/fields';
import { readDocument } from '../read';
import { pageFromHtml } from '../test/load-page';
import { attributeWords } from './labels';
import { EXTRA_SYNONYMS } from './synonyms';
import { buildVocabulary, matchAttribute, words } from './vocabulary';

function read(body: string, title = 'Vedtak om hjelpetiltak') {
  return readDocument(pageFromHtml(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`));
}
const texts = (body: string, title?: string) =>
  Object.fromEntries(Object.entries(read(body, title)?.model.fields ?? {}).map(([name, f]) => [name, f.text]));

describe('a field named only by its name or id', () => {
  it.each([
    ['barnetsSynspunkter', 'Barnets synspunkter'],
    ['txtBarnetsMening', 'Barnets mening'],
    ['vedtak[hjemmel]', 'Hjemmel'],
    ['fld_barnets_beste', 'Barnets beste'],
    ['klage-adgang-felt', 'Klage adgang'],
    ['ctl00$MainContent$txtVurdering', 'Vurdering'],
    ['delmal[0].tekst', 'Delmal'],
    ['plan.tiltak[2].ansvarlig', 'Ansvarlig'],
    ['tiltak_beskrivelse', 'Tiltak'],
    ['vurderingInput', 'Vurdering'],
    ['mat-input-3', 'Mat'],
    [':r1:', 'R'],
    ['editor1', ''],
  ])('%j reads as %j', (value, expected) => expect(attributeWords(value)).toBe(expected));

  it('reads name, id, formcontrolname and data-field when no label names the field, also without æøå', () => {
    expect(texts(`
      <textarea name="barnetsSynspunkter">Hun vil bo hjemme.</textarea>
      <textarea id="txtVurdering">Familien trenger veiledning.</textarea>
      <input name="vedtak[hjemmel]" value="Barnevernsloven § 3-1">
      <textarea id="fld_barnets_beste">Best hjemme med hjelp.</textarea>
      <textarea data-field="klageadgang">Klage innen tre uker.</textarea>
      <input name="ctl00$Main$txtFodselsdato" value="01.02.2014">
      <textarea formcontrolname="foreldrenesSyn">Mor er enig.</textarea>
      <textarea name="vedtak[begrunnelse]">Ikke et kjent felt i et vedtak.</textarea>`)).toEqual({
      barnetsSynspunkter: 'Hun vil bo hjemme.',
      vurdering: 'Familien trenger veiledning.',
      hjemmel: 'Barnevernsloven § 3-1',
      barnetsBeste: 'Best hjemme med hjelp.',
      klageadgang: 'Klage innen tre uker.',
      fodselsdato: '01.02.2014',
      foreldrenesSynspunkter: 'Mor er enig.',
    });
  });

  it('reads a tiltaksplan whose rows are named by data-field and indexed names', () => {
    const model = read(`<h1>Tiltaksplan</h1><textarea formcontrolname="hovedmaal">Trygg hverdag.</textarea>
      <div class="rad"><textarea name="delmal[0].tekst">Møter på skolen.</textarea><textarea data-field="tiltak_beskrivelse">Følge til skolen</textarea><input data-field="tiltak_ansvar" value="Mor"></div>
      <div class="rad"><textarea name="delmal[1].tekst">Har en venn.</textarea><textarea data-field="tiltak_beskrivelse">Fritidsklubb</textarea><input data-field="tiltak_ansvar" value="Far"></div>`, 'Tiltaksplan')!.model;
    expect(model.fields.hovedmal?.text).toBe('Trygg hverdag.');
    const rows = model.rows.delmal!.map((r) => [r.fields.delmal?.text, r.rows?.tiltak?.map((t) => [t.fields.tiltak?.text, t.fields.ansvarlig?.text])]);
    expect(rows).toEqual([['Møter på skolen.', [['Følge til skolen', 'Mor']]], ['Har en venn.', [['Fritidsklubb', 'Far']]]]);
  });

  it('takes the name of the textarea an editor replaced', () => {
    expect(texts(`<textarea name="vurdering" style="display:none"></textarea><div class="ck ck-editor"><div class="ck-editor__main">
      <div class="ck-editor__editable" contenteditable="true" role="textbox" aria-label="Rich Text Editor. Editing area: main"><p>Tjenesten vurderer.</p></div></div></div>`))
      .toEqual({ vurdering: 'Tjenesten vurderer.' });
  });

  it('takes the id of an editor\'s wrapper that holds only it', () => {
    expect(texts(`<div id="editor-vurdering" class="ql-container"><div class="ql-editor" contenteditable="true"><p>Tjenesten vurderer.</p></div></div>
      <div data-field="barnets_beste"><div class="ProseMirror" contenteditable="true"><p>Best hjemme.</p></div></div>`))
      .toEqual({ vurdering: 'Tjenesten vurderer.', barnetsBeste: 'Best hjemme.' });
  });

  it('never lets a name override a visible label, and ignores generated ids and the chrome\'s names', () => {
    expect(texts(`<label for="x">Intern merknad</label><textarea id="x" name="vurdering">Notat</textarea>
      <textarea name="barnetsSynspunkter" placeholder="Skriv her">Hun vil bo hjemme.</textarea>
      <textarea id="mat-input-3">a</textarea><textarea id=":r1:">b</textarea><input name="q" value="c"><textarea id="cke_editor1">d</textarea>`))
      .toEqual({ barnetsSynspunkter: 'Hun vil bo hjemme.' });
  });

  it('names a field from any synonym written as a code name: camelCase, snake, kebab, a path, a type prefix, without æøå (property)', () => {
    const types = ['vedtak', 'tiltaksplan', 'evaluering'] as const;
    const vocabs = Object.fromEntries(types.map((t) => [t, buildVocabulary(FIELDS[t], EXTRA_SYNONYMS)]));
    const synonyms = types.flatMap((type) => FIELDS[type].flatMap((f) => [...f.labels, ...(EXTRA_SYNONYMS[f.name] ?? [])].map((label) => ({ type, name: f.name, label }))));
    const ascii = (w: string) => w.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'aa');
    fc.assert(
      fc.property(
        fc.constantFrom(...synonyms),
        fc.constantFrom('camel', 'snake', 'kebab', 'pascal'),
        fc.constantFrom('', 'txt', 'fld', 'ctl00$Main$txt', 'vedtak[', 'form.'),
        fc.boolean(),
        ({ type, name, label }, style, prefix, fold) => {
          const list = words(label).split(' ').map((w) => (fold ? ascii(w) : w));
          const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
          const joined = style === 'snake' ? list.join('_') : style === 'kebab' ? list.join('-')
            : style === 'pascal' ? list.map(cap).join('') : list[0] + list.slice(1).map(cap).join('');
          const code = prefix.endsWith('[') ? `${prefix}${joined}]` : prefix && /[a-z]$/.test(prefix) && style !== 'pascal' && style !== 'camel'
            ? `${prefix}_${joined}` : prefix ? `${prefix}${cap(joined)}` : joined;
          expect(matchAttribute(attributeWords(code), vocabs[type]!).map((m) => m.name)).toContain(name);
        },
      ),
      { numRuns: 600 },
    );
  });
});
