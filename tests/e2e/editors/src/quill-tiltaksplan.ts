import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import './fagsystem.css';

/**
 * Two Quill 2 editors (snow theme, toolbar) in a tiltaksplan. Exposed on `window.vlEditors` by container id;
 * `window.vlReady` resolves when they are up.
 */
/** What the tests read in the page's main world. */
const page = window as unknown as { vlEditors: Record<string, Quill>; vlReady: Promise<void> };

const initial: Record<string, string> = {
  'q-situasjon': 'Emil bor med far og går i fjerde klasse.',
  'q-stemme': 'Far forteller at Emil liker fotball.',
};

page.vlEditors = {};
for (const [id, text] of Object.entries(initial)) {
  const quill = new Quill(`#${id}`, {
    theme: 'snow',
    modules: { toolbar: [['bold', 'italic'], [{ list: 'bullet' }]] },
    placeholder: 'Skriv her …',
  });
  if (text) quill.setText(text, 'api');
  quill.history.clear();
  page.vlEditors[id] = quill;
}
page.vlReady = Promise.resolve();
document.documentElement.dataset.editorsReady = 'true';
