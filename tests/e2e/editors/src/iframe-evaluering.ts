import './fagsystem.css';

/**
 * What TinyMCE does on init, without TinyMCE: write an editable document into a same-origin about:blank
 * iframe. `window.vlEditors` maps the iframe ids to their editable bodies.
 */
/** What the tests read in the page's main world. */
const page = window as unknown as { vlEditors: Record<string, HTMLElement>; vlReady: Promise<void> };

function init(id: string, html: string): HTMLElement {
  const frame = document.getElementById(id) as HTMLIFrameElement;
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(
    '<!DOCTYPE html><html lang="nb"><head><style>body{font:14px Arial,sans-serif;margin:6px 8px}p{margin:0 0 6px}</style></head>' +
      `<body id="tinymce" class="mce-content-body" contenteditable="true" spellcheck="false">${html}</body></html>`,
  );
  doc.close();
  return doc.body;
}

page.vlEditors = {
  'e-barnet_ifr': init('e-barnet_ifr', '<p>Mor sier at Emil trives bedre på skolen nå.</p>'),
  'e-samlet_ifr': init(
    'e-samlet_ifr',
    '<p>Fraværet er halvert siden forrige evaluering. Støttekontakten fortsetter to morgener i uken, og samarbeidsmøtene med skolen fortsetter hver måned fordi de har gitt bedre oppfølging.</p>',
  ),
};
page.vlReady = Promise.resolve();
document.documentElement.dataset.editorsReady = 'true';
