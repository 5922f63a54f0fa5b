import { CARD_WIDTH, MARKER_HEIGHT, PANEL_WIDTH } from './position';

/**
 * All of the overlay's CSS; it lives only inside our shadow root. Sizes are in px (rem would follow the
 * host page's <html> font size). Colours meet WCAG AA on white; severity always has a shape and a word too.
 */
export const OVERLAY_CSS = `
:host { all: initial; }
.vl-container, .vl-root {
  --vl-text: #1d2939;
  --vl-muted: #475467;
  --vl-border: #d0d5dd;
  --vl-soft: #f2f4f7;
  --vl-surface: #ffffff;
  --vl-focus: #1849a9;
  --vl-feil: #c4320a;
  --vl-feil-icon: #d92d20;
  --vl-feil-bg: #fef3f2;
  --vl-advarsel: #93370d;
  --vl-advarsel-icon: #f79009;
  --vl-advarsel-bg: #fffaeb;
  --vl-rad: #175cd3;
  --vl-rad-icon: #1570ef;
  --vl-rad-bg: #eff8ff;
  --vl-brand: #25507a;
  --vl-shadow: 0 1px 2px rgba(16, 24, 40, 0.06), 0 8px 24px rgba(16, 24, 40, 0.14);
  font: 400 13.5px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  color: var(--vl-text);
  text-align: left;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  font-style: normal;
  pointer-events: none;
  -webkit-font-smoothing: antialiased;
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
h2, p, ul, li { margin: 0; padding: 0; }
ul { list-style: none; }
button {
  font: inherit; color: inherit; margin: 0; letter-spacing: inherit;
  background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit;
}
button:focus-visible, a:focus-visible, [tabindex="-1"]:focus-visible {
  outline: 2px solid var(--vl-focus); outline-offset: 2px;
}
.vl-card:focus { outline: none; }
.vl-card:focus-visible { outline: 2px solid var(--vl-focus); outline-offset: 1px; }
.vl-sr-only {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}

/* Severity icons: shape + glyph; colour is a third, redundant signal. */
.vl-icon { display: inline-block; flex: none; vertical-align: -2px; overflow: visible; }
.vl-icon__glyph { fill: #fff; }
.vl-icon--feil .vl-icon__shape { fill: var(--vl-feil-icon); }
.vl-icon--advarsel .vl-icon__shape { fill: var(--vl-advarsel-icon); stroke: var(--vl-advarsel-icon); stroke-width: 1; }
.vl-icon--advarsel .vl-icon__glyph { fill: #1d2939; }
.vl-icon--rad .vl-icon__shape { fill: var(--vl-rad-icon); }
.vl-icon--neutral circle { fill: #667085; }

/* ---------- Field marker ---------- */
/* display: contents — no box and no stacking context of its own, so cards (z 3) sit above every marker (z 2). */
.vl-anchor { display: contents; }
.vl-marker {
  position: fixed; top: 0; left: 0; z-index: 2;
  pointer-events: auto;
  display: inline-flex; align-items: center; gap: 4px;
  height: ${MARKER_HEIGHT}px; min-width: ${MARKER_HEIGHT + 12}px; padding: 0 7px 0 5px;
  border-radius: ${MARKER_HEIGHT / 2}px;
  background: var(--vl-surface);
  border: 1px solid var(--vl-border);
  box-shadow: 0 1px 3px rgba(16, 24, 40, 0.18);
  font-size: 12px; font-weight: 650; line-height: 1; color: var(--vl-text);
  font-variant-numeric: tabular-nums;
  will-change: transform;
  transition: box-shadow 120ms ease, border-color 120ms ease;
}
.vl-marker:hover { box-shadow: 0 2px 6px rgba(16, 24, 40, 0.25); }
.vl-marker[aria-expanded="true"] { box-shadow: 0 0 0 2px rgba(24, 73, 169, 0.25), 0 2px 6px rgba(16, 24, 40, 0.2); }
.vl-marker--feil { border-color: var(--vl-feil-icon); }
.vl-marker--advarsel { border-color: #dc6803; }
.vl-marker--rad { border-color: var(--vl-rad-icon); }
.vl-marker--neutral { border-color: #98a2b3; color: var(--vl-muted); }
.vl-marker__count { min-width: 8px; text-align: center; }

/* ---------- Finding card ---------- */
.vl-card {
  position: fixed; top: 0; left: 0; z-index: 3;
  pointer-events: auto;
  width: ${CARD_WIDTH}px;
  overflow: auto; overscroll-behavior: contain;
  background: var(--vl-surface);
  border: 1px solid var(--vl-border);
  border-radius: 10px;
  box-shadow: var(--vl-shadow);
  animation: vl-fade 110ms ease-out;
}
.vl-card__header {
  position: sticky; top: 0; z-index: 1;
  display: flex; align-items: flex-start; gap: 8px;
  padding: 10px 8px 8px 14px;
  background: var(--vl-surface);
  border-bottom: 1px solid var(--vl-soft);
}
.vl-card__titles { flex: 1; min-width: 0; }
.vl-card__title { font-size: 14px; font-weight: 650; line-height: 1.3; overflow-wrap: anywhere; }
.vl-card__sub { font-size: 12.5px; color: var(--vl-muted); margin-top: 1px; }
.vl-card__list { padding: 4px 0; }
.vl-card__list > .vl-finding + .vl-finding { border-top: 1px solid var(--vl-soft); }
.vl-discreet-note {
  margin: 10px 14px 12px; padding: 8px 10px; border-radius: 6px;
  background: var(--vl-soft); color: var(--vl-muted); font-size: 13px;
}

/* ---------- One finding ---------- */
.vl-finding { padding: 10px 14px 12px; border-left: 3px solid transparent; }
.vl-finding--feil { border-left-color: var(--vl-feil-icon); }
.vl-finding--advarsel { border-left-color: var(--vl-advarsel-icon); }
.vl-finding--rad { border-left-color: var(--vl-rad-icon); }
.vl-finding__meta { display: flex; align-items: center; flex-wrap: wrap; gap: 4px 10px; margin-bottom: 4px; }
.vl-sev {
  display: inline-flex; align-items: center; gap: 5px;
  font-size: 12px; font-weight: 650; text-transform: uppercase; letter-spacing: 0.03em;
}
.vl-sev--feil { color: var(--vl-feil); }
.vl-sev--advarsel { color: var(--vl-advarsel); }
.vl-sev--rad { color: var(--vl-rad); }
.vl-finding__area {
  font-size: 12px; color: var(--vl-muted);
  padding: 1px 7px; border-radius: 999px; background: var(--vl-soft);
}
.vl-finding__msg { font-size: 13.5px; line-height: 1.45; overflow-wrap: anywhere; white-space: pre-line; }
.vl-finding__field { font-size: 12.5px; color: var(--vl-muted); margin-top: 2px; overflow-wrap: anywhere; }
.vl-basis { font-size: 12.5px; color: var(--vl-muted); margin-top: 6px; overflow-wrap: anywhere; }
.vl-basis__kind { font-weight: 600; color: var(--vl-text); }
.vl-basis__link { color: var(--vl-rad); text-decoration: underline; text-underline-offset: 2px; }
.vl-basis__link:hover { text-decoration-thickness: 2px; }
.vl-finding__more { display: flex; flex-direction: column; gap: 2px; margin-top: 6px; }
.vl-link-btn {
  display: inline-flex; align-items: center; gap: 4px;
  font-size: 12.5px; font-weight: 600; color: var(--vl-rad); padding: 2px 0; border-radius: 3px;
}
.vl-link-btn:hover { text-decoration: underline; text-underline-offset: 2px; }
.vl-disclosure__body {
  margin: 4px 0 6px; padding: 8px 10px; border-radius: 6px;
  background: #f9fafb; border: 1px solid var(--vl-soft);
  font-size: 13px; white-space: pre-line; overflow-wrap: anywhere;
}
.vl-example { font-style: italic; }
.vl-finding__actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.vl-btn {
  display: inline-flex; align-items: center;
  min-height: 28px; padding: 3px 10px; border-radius: 6px;
  border: 1px solid var(--vl-border); background: var(--vl-surface);
  font-size: 12.5px; font-weight: 600; color: var(--vl-text);
}
.vl-btn:hover { background: var(--vl-soft); }
.vl-btn--quiet { color: var(--vl-muted); font-weight: 500; border-color: #e4e7ec; }
.vl-btn--quiet:hover { color: var(--vl-text); border-color: var(--vl-border); }
.vl-finding--compact { padding: 8px 12px 10px 12px; }
.vl-finding--compact .vl-finding__actions { margin-top: 6px; }

/* ---------- Summary panel ---------- */
.vl-panel {
  position: fixed; z-index: 1;
  pointer-events: auto;
  width: ${PANEL_WIDTH}px;
  max-height: calc(100vh - 32px);
  display: flex; flex-direction: column;
  background: var(--vl-surface);
  border: 1px solid var(--vl-border);
  border-radius: 10px;
  box-shadow: var(--vl-shadow);
  overflow: hidden;
}
.vl-panel--placed { max-height: calc(100vh - 16px); }
.vl-panel__header {
  flex: none;
  display: flex; align-items: center; gap: 8px;
  height: 44px; padding: 0 4px 0 12px;
  cursor: grab; user-select: none; -webkit-user-select: none; touch-action: none;
  border-bottom: 1px solid var(--vl-soft);
}
.vl-panel--collapsed .vl-panel__header { border-bottom: 0; }
.vl-panel__header:active { cursor: grabbing; }
.vl-panel__brand {
  width: 10px; height: 10px; border-radius: 3px; background: var(--vl-brand); flex: none;
}
.vl-panel__title { font-size: 13.5px; font-weight: 700; white-space: nowrap; }
.vl-panel__total {
  font-size: 12px; font-weight: 650; padding: 2px 8px; border-radius: 999px;
  background: var(--vl-text); color: #fff; font-variant-numeric: tabular-nums; white-space: nowrap;
}
.vl-panel__total--zero { background: var(--vl-soft); color: var(--vl-muted); }
.vl-panel__tools { margin-left: auto; display: flex; align-items: center; gap: 0; flex: none; }
.vl-icon-btn {
  display: inline-flex; align-items: center; justify-content: center; gap: 5px;
  min-width: 28px; height: 28px; padding: 0 6px; border-radius: 6px; color: var(--vl-muted);
}
.vl-move { min-width: 24px; padding: 0 4px; }
.vl-icon-btn:hover { background: var(--vl-soft); color: var(--vl-text); }
.vl-move { cursor: grab; }
.vl-discreet-btn__label { font-size: 12px; font-weight: 600; }
.vl-discreet-btn--on { background: #eaecf0; color: var(--vl-text); box-shadow: inset 0 0 0 1px #98a2b3; }
.vl-chevron { transition: transform 120ms ease; transform: rotate(-90deg); flex: none; }
.vl-chevron--open { transform: rotate(0deg); }
.vl-icon-btn .vl-chevron { transform: rotate(180deg); }
.vl-icon-btn .vl-chevron--open { transform: rotate(0deg); }
.vl-panel__body { overflow: auto; overscroll-behavior: contain; padding: 6px 0 8px; }
.vl-panel__body > .vl-discreet-note { margin: 4px 12px 6px; }
.vl-area__toggle, .vl-area__static {
  display: flex; align-items: center; gap: 8px; width: 100%;
  min-height: 32px; padding: 4px 12px; font-size: 13.5px;
}
.vl-area__toggle { font-weight: 600; }
.vl-area__toggle:hover { background: #f9fafb; }
.vl-area__static--zero { color: var(--vl-muted); }
.vl-chevron-space { width: 12px; flex: none; }
.vl-area__name { flex: 1; }
.vl-count {
  min-width: 22px; padding: 1px 7px; border-radius: 999px; text-align: center;
  font-size: 12px; font-weight: 650; background: #e4e7ec; color: var(--vl-text); font-variant-numeric: tabular-nums;
}
.vl-count--zero { background: transparent; color: var(--vl-muted); font-weight: 500; }
.vl-area__list { margin: 2px 8px 6px 12px; border-left: 1px solid var(--vl-border); }
.vl-area__list > .vl-finding { border-left-width: 3px; margin-left: -1px; }
.vl-area__list > .vl-finding + .vl-finding { margin-top: 2px; }

@keyframes vl-fade { from { opacity: 0; } to { opacity: 1; } }
@media (prefers-reduced-motion: reduce) {
  .vl-card { animation: none; }
  .vl-marker, .vl-chevron { transition: none; }
}
@media (forced-colors: active) {
  .vl-marker, .vl-card, .vl-panel, .vl-btn { border: 1px solid CanvasText; }
  .vl-icon { forced-color-adjust: none; }
  .vl-finding { border-left-color: CanvasText; }
}
`;
