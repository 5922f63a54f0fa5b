// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockText, labelText } from './text';

const el = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
};

describe('blockText (innerText without layout)', () => {
  it('turns paragraphs, list items and <br> into line breaks and collapses source whitespace', () => {
    expect(blockText(el('<p>En</p>\n   <p>To <b>fet</b>\n  tekst</p><ul><li>a</li><li>b</li></ul>Slutt<br>linje'))).toBe(
      'En\nTo fet tekst\na\nb\nSlutt\nlinje',
    );
  });

  it('reads NBSP as a space (Quill) and drops empty paragraphs', () => {
    expect(blockText(el('<p>Mor&nbsp;ønsker&nbsp;hjelp.</p><p><br></p><p>Ja.</p>'))).toBe('Mor ønsker hjelp.\nJa.');
  });

  it('skips scripts, styles, buttons and aria-hidden decorations', () => {
    expect(blockText(el('<p>Tekst<script>x()</script><style>p{}</style><span aria-hidden="true">✎</span></p><button>Slett</button>'))).toBe('Tekst');
  });

  it('keeps typed line breaks in a plaintext-only editor', () => {
    const box = el('<div contenteditable="plaintext-only">Linje en\nLinje  to</div>').firstElementChild!;
    expect(blockText(box)).toBe('Linje en\nLinje to');
  });

  it('drops editors\' invisible fillers (CKEditor 5 U+2060, Slate U+FEFF)', () => {
    expect(blockText(el('<p>Hei\u2060\u2060\u2060\u2060\u2060\u2060\u2060 du</p><p><span data-slate-zero-width="n">\ufeff</span></p>'))).toBe('Hei du');
  });

  it('is empty for an empty editor', () => {
    expect(blockText(el('<p><br></p>'))).toBe('');
  });
});

describe('labelText', () => {
  it('leaves out the control a wrapping label holds', () => {
    expect(labelText(el('<label>Barnets navn <input value="Ola"> <textarea>tekst</textarea><select><option>A</option></select></label>'))).toBe('Barnets navn');
  });
});
