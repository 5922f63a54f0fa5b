import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import './fagsystem.css';

/**
 * Two Quill 2 editors (snow theme, toolbar) in a tiltaksplan. Exposed on `window.vlEditors` by container id;
 * `window.vlReady` resolves when they are up.
 */
declare global {
  interface Window {
    vlEditors: Record<string, Quill>;
    vlReady: Promise<void>;
  }
}

const initial: Record<string, string> = {
  'q-situasjon': 'Emil bor med far og går i fjerde klasse.',
  'q-stemme': 'Far forteller at Emil liker fotball.',
};

window.vlEditors = {};
for (const [id, text] of Object.entries(initial)) {
  const quill = new Quill(`#${id}`, {
    theme: 'snow',
    modules: { toolbar: [['bold', 'italic'], [{ list: 'bullet' }]] },
    placeholder: 'Skriv her …',
  });
  if (text) quill.setText(text, 'api');
  quill.history.clear();
  window.vlEditors[id] = quill;
}
window.vlReady = Promise.resolve();
document.documentElement.dataset.editorsReady = 'true';
