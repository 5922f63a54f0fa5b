// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readDocument, readField } from './read';
import { parseSiteAdapter, SiteAdapterSchema, type SiteAdapter } from './schema';
import { detectDocumentType } from './generic/document-type';
import { matchesUrlPattern } from './sites/url-pattern';
import { loadPage, pageFromHtml, snapshot } from './test/load-page';

const page = (title: string, body: string) => pageFromHtml(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`);

describe('readDocument', () => {
  it('re-reads values cheaply while the structure stays, and re-plans when it changes', () => {
    const doc = loadPage('familia-vedtak.html');
    const first = readDocument(doc)!;
    const textarea = doc.getElementById('f-barnet') as HTMLTextAreaElement;
    textarea.value = 'Lise sier at hun vil bo hjemme.';
    const second = readDocument(doc)!;
    expect(second.model.fields.barnetsSynspunkter?.text).toBe('Lise sier at hun vil bo hjemme.');
    expect(second.elements.get('barnetsSynspunkter')).toBe(first.elements.get('barnetsSynspunkter'));

    // A new field appears (an SPA re-render): it is found on the next read.
    const wrap = doc.createElement('div');
    wrap.innerHTML = '<label for="ny">Undersøkelse avsluttet</label><input id="ny" value="01.12.2024">';
    doc.getElementById('vedtaksskjema')!.append(wrap);
    expect(readDocument(doc)!.model.fields.undersokelseAvsluttet?.text).toBe('01.12.2024');
  });

  it('follows typing in a contenteditable and in an iframe editor', () => {
    const doc = loadPage('iframe-editor-evaluering.html');
    readDocument(doc);
    const frame = doc.getElementById('e-samlet_ifr') as HTMLIFrameElement;
    frame.contentDocument!.body.innerHTML = '<p>Ny vurdering.</p><p>Andre avsnitt.</p>';
    expect(readDocument(doc)!.model.fields.samletVurdering?.text).toBe('Ny vurdering.\nAndre avsnitt.');
  });

  it('reads a shadow root or an element as the root', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<h1>Vedtak om hjelpetiltak</h1><label for="b">Barnets synspunkter</label><textarea id="b">Hei</textarea>';
    expect(readDocument(shadow)?.model.fields.barnetsSynspunkter?.text).toBe('Hei');
    expect(readDocument(shadow.firstElementChild!.parentNode as ShadowRoot)?.model.documentType).toBe('vedtak');
  });

  it('leaves out fields in containers hidden by markup (an inactive tab), but not under aria-hidden (an open modal)', () => {
    const doc = page('Vedtak om hjelpetiltak', `<h1>Vedtak om hjelpetiltak</h1>
      <div id="app" aria-hidden="true"><label for="a">Barnets synspunkter</label><textarea id="a">Synlig</textarea></div>
      <div role="tabpanel" hidden><label for="b">Sakens bakgrunn</label><textarea id="b">Skjult fane</textarea></div>
      <div style="display: none"><label for="c">Klageadgang</label><textarea id="c">Skjult</textarea></div>`);
    const fields = readDocument(doc)!.model.fields;
    expect(Object.keys(fields)).toEqual(['barnetsSynspunkter']);
  });

  it('reads «label / value» facts in a case header for dates and the name only, and prefers a form field', () => {
    const doc = page('Vedtak om hjelpetiltak', `<header class="sak"><div><span class="label">Barnets navn</span><span class="value">Ola Nordmann</span></div>
        <div><span class="label">Født</span><span class="value">12.03.2014</span></div>
        <div><span class="label">Vedtak</span><span class="value">Under arbeid</span></div>
        <div><span class="label">Melding mottatt</span><span class="value">01.09.2024</span></div></header>
      <h1>Vedtak om hjelpetiltak</h1>
      <label for="m">Melding mottatt</label><input id="m" value="02.09.2024">
      <label for="v">Vedtaket lyder slik</label><textarea id="v">Innvilget.</textarea>`);
    const fields = readDocument(doc)!.model.fields;
    expect(fields.barnetsNavn?.text).toBe('Ola Nordmann');
    expect(fields.fodselsdato?.text).toBe('12.03.2014');
    expect(fields.meldingMottatt?.text).toBe('02.09.2024');
    expect(fields.vedtak?.text).toBe('Innvilget.');
  });

  it('reads a custom select (div role=combobox) by its text, not the hidden native input behind it', () => {
    const doc = page('Vedtak om hjelpetiltak', `<h1>Vedtak om hjelpetiltak</h1>
      <div class="MuiFormControl-root"><label id="hj-label">Hjemmel</label>
        <div class="MuiInputBase-root"><div role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="hj-label" tabindex="0">Barnevernsloven § 3-1</div>
        <input aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" value="bvl-3-1"></div></div>`);
    const result = readDocument(doc)!;
    expect(result.model.fields.hjemmel?.text).toBe('Barnevernsloven § 3-1');
    expect(result.elements.get('hjemmel')?.getAttribute('role')).toBe('combobox');
  });

  it('returns null for a page that names a document but has none of its fields', () => {
    const doc = page('Tiltaksplan – Familia', '<h1>Tiltaksplan</h1><p>Planen er sendt til godkjenning.</p><label for="s">Søk</label><input id="s">');
    expect(readDocument(doc)).toBeNull();
  });

  it('honours a pack vocabulary', () => {
    const doc = page('Vedtak', '<h1>Vedtak om hjelpetiltak</h1><label for="x">Slik har jeg det</label><textarea id="x">Jeg vil hjem.</textarea>');
    expect(readDocument(doc)!.model.fields.barnetsSynspunkter).toBeUndefined();
    const vocabulary = { barnetsSynspunkter: ['Slik har jeg det'] };
    expect(readDocument(doc, { vocabulary })!.model.fields.barnetsSynspunkter?.text).toBe('Jeg vil hjem.');
  });
});

describe('readField', () => {
  it('reads every kind of field the adapters anchor on', () => {
    const doc = loadPage('quill-ckeditor-vedtak.html');
    const result = readDocument(doc)!;
    for (const [ref, el] of result.elements) {
      const value = ref.includes('[') ? undefined : result.model.fields[ref];
      if (value) expect(readField(el)).toBe(value.text);
    }
    const select = doc.createElement('select');
    select.innerHTML = '<option value="">– Velg –</option><option>Fortsette</option>';
    expect(readField(select)).toBe('');
    select.selectedIndex = 1;
    expect(readField(select)).toBe('Fortsette');
  });
});

describe('site adapters', () => {
  const adapter: SiteAdapter = parseSiteAdapter({
    id: 'test-system',
    name: 'Testsystemet',
    urlPatterns: ['https://*.fagsystem.kommune.no/*'],
    documentTypes: [
      {
        type: 'vedtak',
        detect: { selector: '#vedtak-app', titleMatches: ['^Sak \\d+'] },
        fields: {
          barnetsSynspunkter: { selector: '[data-felt="stemme"]' },
          barnetsBeste: { selector: '#finnes-ikke', label: ['Det beste for barnet'] },
        },
      },
    ],
  });
  const html = `<div id="vedtak-app"><h2>Barnets stemme (skjult overskrift)</h2>
      <div data-felt="stemme"><textarea>Barnet sier ja.</textarea></div>
      <label for="bb">Det beste for barnet</label><textarea id="bb">Bo hjemme.</textarea>
      <label for="bg">Sakens bakgrunn</label><textarea id="bg">Melding fra skolen.</textarea></div>`;

  it('wins on its URLs; fields it does not find fall back to the generic adapter (with its extra labels)', () => {
    const doc = page('Sak 2024/1 – Testsystemet', html);
    const before = snapshot(doc);
    const result = readDocument(doc, { url: 'https://oslo.fagsystem.kommune.no/sak/1', adapters: [adapter] })!;
    expect(result.adapterId).toBe('test-system');
    expect(result.model.documentType).toBe('vedtak');
    expect(result.model.fields.barnetsSynspunkter?.text).toBe('Barnet sier ja.');
    expect(result.elements.get('barnetsSynspunkter')?.tagName).toBe('TEXTAREA');
    expect(result.model.fields.barnetsBeste?.text).toBe('Bo hjemme.');
    expect(result.model.fields.bakgrunn?.text).toBe('Melding fra skolen.');
    expect(snapshot(doc)).toBe(before);
  });

  it('is ignored on other URLs (the generic adapter reads instead)', () => {
    const doc = page('Vedtak om hjelpetiltak', html);
    const result = readDocument(doc, { url: 'https://example.org/', adapters: [adapter] });
    expect(result?.adapterId).toBe('generic');
  });

  it('rejects malformed adapters', () => {
    expect(SiteAdapterSchema.safeParse({ id: 'x', name: 'X', urlPatterns: [], documentTypes: [] }).success).toBe(false);
    const badRegex = { id: 'x', name: 'X', urlPatterns: ['<all_urls>'], documentTypes: [{ type: 'vedtak', detect: { headingMatches: ['('] } }] };
    expect(SiteAdapterSchema.safeParse(badRegex).success).toBe(false);
    const badType = { id: 'x', name: 'X', urlPatterns: ['<all_urls>'], documentTypes: [{ type: 'notat', detect: {} }] };
    expect(SiteAdapterSchema.safeParse(badType).success).toBe(false);
  });
});

describe('match patterns', () => {
  it.each([
    ['http://localhost/*', 'http://localhost:5173/#/sak/1', true],
    ['http://localhost/*', 'https://localhost/', false],
    ['*://*.kommune.no/*', 'https://fagsystem.oslo.kommune.no/vedtak?id=3', true],
    ['*://*.kommune.no/*', 'https://kommune.no.evil.com/', false],
    ['https://fagsystem.no/sak/*', 'https://fagsystem.no/sak/12', true],
    ['https://fagsystem.no/sak/*', 'https://fagsystem.no/admin', false],
    ['<all_urls>', 'file:///tmp/side.html', true],
  ])('%s ~ %s → %s', (pattern, url, expected) => expect(matchesUrlPattern(pattern, url)).toBe(expected));
});

describe('document type detection', () => {
  it.each([
    ['Vedtak om hjelpetiltak', '', 'vedtak'],
    ['Familia', '<h1>Utkast til vedtak</h1>', 'vedtak'],
    ['Vedtak – Familia', '<h1>Ola Nordmann</h1>', 'vedtak'],
    ['Flyt | Evaluering', '', 'evaluering'],
    ['Flyt', '<h1>Ola Nordmann (12 år)</h1><h2>Vedtak</h2>', 'vedtak'],
    ['Familia', '<h1>Vedtak</h1><h2>Varighet og evaluering</h2>', 'vedtak'],
    ['Fagsystem', '<h1>Tiltaksplan nr. 3</h1><h2>Vedtak om hjelpetiltak (grunnlag)</h2>', 'tiltaksplan'],
    ['Fagsystem', '<div role="heading" aria-level="1">Evalueringsrapport</div>', 'evaluering'],
    ['Fagsystem', '<h1>Oppfølging og evaluering av tiltaksplan</h1>', 'evaluering'],
    ['Tiltaksplan – evaluering', '', 'evaluering'],
    ['Fagsystem', '<h1>Evaluering av tiltaka</h1>', 'evaluering'],
    ['Fagsystem', '<h1>Journalnotat</h1><h2>Tidligere vedtak</h2>', null],
    ['Fagsystem', '<h1>Bekymringsmelding</h1>', null],
    ['Fagsystem', '<h1>Notat</h1><div contenteditable="true"><h1>Vedtak om hjelpetiltak</h1></div>', null],
    // Pages named only by where you are: a breadcrumb's last item, the selected tab.
    ['Fagsystem', '<nav aria-label="Brødsmulesti"><a href="#">Saker</a> / <a href="#">Emil</a> / <span>Vedtak om hjelpetiltak</span></nav>', 'vedtak'],
    ['Fagsystem', '<ol class="breadcrumb"><li><a href="#">Saker</a></li><li aria-current="page">Vedtak</li></ol>', 'vedtak'],
    ['Fagsystem', '<div role="tablist"><button role="tab" aria-selected="false">Journal</button><button role="tab" aria-selected="true">Tiltaksplan</button></div>', 'tiltaksplan'],
    ['Fagsystem', '<div role="tablist"><button role="tab" aria-selected="true">Journal</button><button role="tab" aria-selected="false">Vedtak</button></div>', null],
    ['Fagsystem', '<nav><a href="#" aria-current="page">Evaluering av tiltaksplan</a></nav>', 'evaluering'],
    // A current menu item names the section, not the page: a bare «Vedtak» there is not enough.
    ['Fagsystem', '<nav><a href="#" aria-current="page">Vedtak</a></nav><h1>Journalnotat</h1>', null],
  ])('%s / %s → %s', (title, body, expected) => {
    expect(detectDocumentType(page(title, body))?.type ?? null).toBe(expected);
  });
});
