import { Bold, ClassicEditor, Essentials, Italic, List, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import './fagsystem.css';

/**
 * Three CKEditor 5 ClassicEditor instances, created on the page's own textareas as real fagsystems do.
 * The editors are exposed on `window.vlEditors` (keyed by textarea id) for the tests to read `getData()`;
 * `window.vlReady` resolves when all are up. `licenseKey: 'GPL'` keeps CKEditor ≥ 44 fully offline.
 */
const initial: Record<string, string> = {
  'v-barnet': '',
  'v-vurdering':
    '<p>Barnevernstjenesten vurderer at Mia har behov for hjelpetiltak fordi hun sover lite og har høyt fravær. Mor trenger støtte til å etablere faste rutiner.</p>',
  'v-beste': '<p>Tiltaket anses å være til barnets beste.</p>',
};

/** What the tests read in the page's main world. */
const page = window as unknown as { vlEditors: Record<string, ClassicEditor>; vlReady: Promise<void> };

page.vlEditors = {};
page.vlReady = Promise.all(
  Object.entries(initial).map(async ([id, data]) => {
    const source = document.getElementById(id) as HTMLTextAreaElement;
    source.value = data;
    const editor = await ClassicEditor.create(source, {
      licenseKey: 'GPL',
      plugins: [Essentials, Paragraph, Bold, Italic, List],
      toolbar: ['bold', 'italic', '|', 'bulletedList', 'numberedList', '|', 'undo', 'redo'],
      language: 'en',
    });
    page.vlEditors[id] = editor;
  }),
).then(() => {
  document.documentElement.dataset.editorsReady = 'true';
});
