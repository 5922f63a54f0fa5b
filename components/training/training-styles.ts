import { OVERLAY_CSS } from '../overlay/styles';

/**
 * CSS inside the training page's shadow panels: the overlay's own CSS (so FindingItem looks exactly as
 * in the overlay), then the panels' layout. `.tr-presentation` is the projector mode: large type, high
 * contrast, nothing but the essentials.
 */
export const TRAINING_PANEL_CSS = `${OVERLAY_CSS}
:host { display: block; }
.tr-root {
  --tr-text: #14202e; --tr-muted: #3d4a5a; --tr-border: #c3c9d0; --tr-accent: #1b4a7a; --tr-accent-text: #fff;
  --tr-soft: #eef2f6; --tr-ok: #1f6b38; --tr-focus: #f0a830;
  font: 400 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--tr-text); pointer-events: auto; text-align: left;
}
.tr-root h1, .tr-root h2, .tr-root h3 { margin: 0; line-height: 1.25; }
.tr-root h1 { font-size: 20px; }
.tr-root h2 { font-size: 16px; margin-bottom: 6px; }
.tr-root h3 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--tr-muted); margin: 14px 0 6px; }
.tr-root p { margin: 0 0 8px; }
.tr-root button:focus-visible { outline: 3px solid var(--tr-focus); outline-offset: 2px; }
.tr-btn {
  display: inline-flex; align-items: center; gap: 6px; padding: 6px 12px; border-radius: 6px;
  border: 1px solid var(--tr-border); background: #fff; font-weight: 600; color: var(--tr-text);
}
.tr-btn:hover { background: var(--tr-soft); }
.tr-btn:disabled { opacity: 0.5; cursor: default; }
.tr-btn--primary { background: var(--tr-accent); border-color: var(--tr-accent); color: var(--tr-accent-text); }
.tr-btn--primary:hover { background: #12355b; }
.tr-btn[aria-pressed="true"] { background: var(--tr-accent); border-color: var(--tr-accent); color: var(--tr-accent-text); }
.tr-row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.tr-card { background: #fff; border: 1px solid var(--tr-border); border-radius: 8px; padding: 14px 16px; margin-bottom: 12px; }
.tr-badge { display: inline-block; padding: 1px 8px; border-radius: 10px; background: var(--tr-soft); font-size: 12px; font-weight: 600; color: var(--tr-muted); }
.tr-badge--nn { background: #fff4d6; color: #6b4a00; }
.tr-muted { color: var(--tr-muted); }
.tr-code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; background: var(--tr-soft); padding: 1px 5px; border-radius: 4px; }
.tr-targets { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }

/* Library */
.tr-library { padding: 14px; }
.tr-library__intro { font-size: 13px; color: var(--tr-muted); margin: 6px 0 10px; }
.tr-scenarios { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.tr-scenario {
  width: 100%; text-align: left; padding: 8px 10px; border-radius: 6px; border: 1px solid transparent; background: none;
  display: flex; flex-direction: column; gap: 2px;
}
.tr-scenario:hover { background: var(--tr-soft); }
.tr-scenario[aria-current="true"] { background: #e3ecf5; border-color: var(--tr-accent); }
.tr-scenario__title { font-weight: 600; }
.tr-scenario .tr-badge { align-self: flex-start; }
.tr-tools { margin-top: 16px; display: flex; flex-direction: column; gap: 6px; align-items: flex-start; }
.tr-errors { margin: 8px 0 0; padding: 8px 10px 8px 26px; border: 1px solid #d92d20; border-radius: 6px; background: #fef3f2; font-size: 13px; }
.tr-errors li { list-style: disc; margin: 2px 0; }
.tr-notice { margin-top: 8px; font-size: 13px; color: var(--tr-ok); }

/* Guide */
.tr-guide { padding: 14px 0 0; }
.tr-guide__head { display: flex; flex-wrap: wrap; align-items: flex-start; justify-content: space-between; gap: 10px; }
.tr-goal { font-size: 15px; }
.tr-versions { margin: 10px 0 0; }
.tr-count { font-size: 15px; font-weight: 600; }
.tr-count--zero { color: var(--tr-ok); }
.tr-step { border: 1px solid var(--tr-border); border-radius: 8px; margin: 8px 0; overflow: hidden; }
.tr-step__target { background: #e3ecf5; padding: 4px 14px; font-size: 12px; font-weight: 700; color: var(--tr-accent); }
.tr-step__explanation { padding: 8px 14px 10px; border-top: 1px solid var(--tr-border); background: #fbfcfd; }
.tr-step__explanation strong { display: block; font-size: 12px; color: var(--tr-muted); }
.tr-progress { height: 12px; border-radius: 6px; background: var(--tr-soft); overflow: hidden; border: 1px solid var(--tr-border); margin: 6px 0; }
.tr-progress__bar { height: 100%; background: var(--tr-ok); transition: width 0.3s; }
.tr-done { color: var(--tr-ok); font-weight: 700; }

/* Presentation mode: projector-sized type, high contrast. */
.tr-presentation { --tr-text: #000; --tr-muted: #1a1a1a; --tr-border: #000; --tr-accent: #002b5c; font-size: 22px; }
.tr-presentation h1 { font-size: 32px; }
.tr-presentation h2 { font-size: 26px; }
.tr-presentation h3 { font-size: 18px; }
.tr-presentation .tr-goal, .tr-presentation .tr-count { font-size: 24px; }
.tr-presentation .tr-btn { font-size: 20px; padding: 10px 18px; border-width: 2px; }
.tr-presentation .tr-card, .tr-presentation .tr-step { border-width: 2px; }
.tr-presentation .vl-finding__msg { font-size: 24px; color: #000; }
.tr-presentation .vl-basis, .tr-presentation .vl-finding__field, .tr-presentation .vl-finding__area, .tr-presentation .vl-sev { font-size: 18px; color: #000; }
.tr-presentation .vl-btn, .tr-presentation .vl-link-btn { font-size: 18px; }
.tr-presentation .tr-code { font-size: 16px; }
.tr-presentation .tr-hide-in-presentation { display: none; }
`;
