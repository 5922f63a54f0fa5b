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

  it.each([
    ['Trix (label for its hidden input)', `<label for="x">Vurdering</label><input type="hidden" id="x" name="innhold" value="<div>Tjenesten vurderer.</div>"><trix-toolbar id="tb"></trix-toolbar><trix-editor input="x" toolbar="tb" contenteditable="" role="textbox"><div>Tjenesten vurderer.</div></trix-editor>`],
    ['Draft.js (placeholder overlay between heading and editor)', `<div class="f"><h4>Vurdering</h4><div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner" id="ph-1">Skriv hva barnet sier her</div></div><div class="DraftEditor-editorContainer"><div aria-describedby="ph-1" class="public-DraftEditor-content" contenteditable="true" role="textbox"><div data-contents="true"><div data-block="true"><span data-text="true">Tjenesten vurderer.</span></div></div></div></div></div></div>`],
    ['Summernote', `<label for="sn">Vurdering</label><textarea id="sn" class="summernote" style="display: none;"></textarea><div class="note-editor note-frame card"><div class="note-toolbar card-header" role="toolbar"><button>B</button></div><div class="note-editing-area"><div class="note-placeholder" style="display: none;"></div><div class="note-editable card-block" contenteditable="true" role="textbox" aria-multiline="true"><p>Tjenesten vurderer.</p></div></div><div class="note-statusbar" role="status"><div class="note-resizebar" aria-label="Resize"></div></div></div>`],
    ['Froala', `<label for="fr">Vurdering</label><textarea id="fr" style="display:none"></textarea><div class="fr-box fr-basic"><div class="fr-toolbar"><button>B</button></div><div class="fr-wrapper"><div class="fr-element fr-view" contenteditable="true"><p>Tjenesten vurderer.</p></div></div></div>`],
    ['CKEditor 4 divarea', `<label for="e1">Vurdering</label><textarea id="e1" style="visibility: hidden; display: none;"></textarea><div id="cke_e1" class="cke_1 cke cke_reset cke_chrome" role="application" aria-labelledby="cke_e1_arialbl"><span id="cke_e1_arialbl" class="cke_voice_label">Rikteksteditor, e1</span><div class="cke_inner"><span class="cke_top" role="presentation"><span class="cke_toolbox" role="group"><a class="cke_button" role="button">Fet</a></span></span><div class="cke_contents" role="presentation"><div class="cke_wysiwyg_div cke_editable" contenteditable="true" role="textbox" aria-label="Rikteksteditor, e1" title="Rikteksteditor, e1"><p>Tjenesten vurderer.</p></div></div></div></div>`],
    ['a source textarea hidden by a utility class (stylesheet not loaded)', `<label for="h">Vurdering</label><textarea id="h" class="form-control d-none"></textarea><div class="editor" contenteditable="true"><p>Tjenesten vurderer.</p></div>`],
  ])('reads the editor of %s under its label', (_, body) => {
    document.title = 'Vedtak om hjelpetiltak';
    document.body.innerHTML = body;
    const result = readDocument(document)!;
    expect(result.model.fields.vurdering?.text).toBe('Tjenesten vurderer.');
    expect(result.model.fields.vurdering?.label).toBe('Vurdering');
    expect(result.model.fields.barnetsSynspunkter).toBeUndefined();
  });
});
