// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readDocument } from '../read';

/** CKEditor 5's real markup: a voice label followed by its toolbar, and the field named only by a heading. */
const page = `
  <h1>Vedtak om hjelpetiltak</h1>
  <form>
    <label for="b">Barnets synspunkter</label><textarea id="b">Hun sier at hun vil bo hjemme.</textarea>
    <h2>Barnevernstjenestens vurdering</h2>
    <div class="felt">
      <textarea id="v" style="display:none"></textarea>
      <div class="ck ck-editor" role="application" aria-labelledby="voice">
        <label class="ck ck-voice-label" id="voice">Rich Text Editor</label>
        <div class="ck ck-editor__top"><div role="toolbar" aria-label="Editor toolbar"><button type="button">Bold</button><button type="button">Italic</button></div></div>
        <div class="ck ck-editor__main">
          <div class="ck-editor__editable" contenteditable="true" role="textbox" aria-label="Rich Text Editor. Editing area: main"><p>Tjenesten vurderer at familien trenger veiledning.</p></div>
        </div>
      </div>
    </div>
  </form>`;

describe('editor chrome', () => {
  it('a toolbar after an editor voice label is not a label–value pair, so the heading names the editor', () => {
    document.body.innerHTML = page;
    const result = readDocument(document)!;
    expect(result.model.fields.vurdering?.text).toBe('Tjenesten vurderer at familien trenger veiledning.');
    expect(Object.values(result.model.fields).map((f) => f.text)).not.toContain('BoldItalic');
  });
});
