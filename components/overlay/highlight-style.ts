/**
 * CSS for the text underlines the content script draws with the CSS Custom Highlight API
 * (`CSS.highlights.set('vedtakslos-feil', new Highlight(...ranges))`). Severity is shown by the line's
 * style as well as its colour: feil = wavy, advarsel = dashed, råd = dotted.
 * This CSS must be added to the PAGE's document (highlights belong to the page's text), e.g. as one
 * adopted stylesheet; it only styles our own highlight names and nothing else.
 */
export const HIGHLIGHT_NAMES = {
  feil: 'vedtakslos-feil',
  advarsel: 'vedtakslos-advarsel',
  råd: 'vedtakslos-rad',
} as const;

export const HIGHLIGHT_CSS = `
::highlight(vedtakslos-feil) {
  text-decoration: underline wavy #d92d20;
  text-decoration-thickness: 1.5px;
  text-underline-offset: 3px;
  background-color: rgba(217, 45, 32, 0.07);
}
::highlight(vedtakslos-advarsel) {
  text-decoration: underline dashed #b54708;
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
::highlight(vedtakslos-rad) {
  text-decoration: underline dotted #1570ef;
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
`;
