// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { inertDocumentFromHtml, packText } from './safe-text';
import { documentFromPaste } from './preview-document';

describe('pack text is sanitised and shown as text', () => {
  it('keeps plain text as it is', () => {
    expect(packText('Skriv hva barnet sier – «med egne ord».')).toBe('Skriv hva barnet sier – «med egne ord».');
  });

  it('drops scripts, handlers and tags, keeping the words', () => {
    expect(packText('<b>Merk:</b> skriv <img src=x onerror="alert(1)">barnets <script>alert(2)</script>ord')).toBe('Merk: skriv barnets ord');
    expect(packText('Vold & overgrep')).toBe('Vold & overgrep');
  });
});

describe('pasted HTML for the live preview', () => {
  it('is parsed into an inert document without scripts or event handlers', () => {
    const doc = inertDocumentFromHtml('<h1>Tiltaksplan</h1><script>window.x=1</script><textarea onfocus="alert(1)">hei</textarea>');
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('textarea')?.getAttribute('onfocus')).toBeNull();
    expect(doc.defaultView).toBeNull();
  });

  it('reads a form page with the generic adapter', () => {
    const html = `<h1>Tiltaksplan</h1>
      <label for="a">Barnets synspunkter</label><textarea id="a">Jonas sier at han liker skolen.</textarea>
      <label for="b">Hovedmål</label><textarea id="b">Jonas skal ha en trygg hverdag.</textarea>`;
    const result = documentFromPaste(html);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.document.documentType).toBe('tiltaksplan');
      expect(result.document.fields.barnetsSynspunkter?.text).toContain('liker skolen');
    }
  });

  it('accepts a document model as JSON and explains what is wrong with a bad one', () => {
    const ok = documentFromPaste(JSON.stringify({ documentType: 'vedtak', fields: { hjemmel: { text: 'bvl. § 3-1', ref: 'hjemmel' } }, rows: {} }));
    expect(ok.ok).toBe(true);
    const bad = documentFromPaste('{"documentType": "brev"}');
    expect(bad.ok).toBe(false);
    expect(documentFromPaste('{nope').ok).toBe(false);
    expect(documentFromPaste('   ').ok).toBe(false);
  });
});
