import type { Finding } from '../../rules/engine/finding';

export type { Finding };

/** A rectangle in viewport (client) coordinates, as from `getBoundingClientRect()`. */
export interface ViewportRect {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** A form field the content script has located on the page. */
export interface OverlayField {
  /** The field ref used in `Finding.field`. */
  ref: string;
  /** The human label shown to the caseworker («Barnets synspunkter»). */
  label: string;
  rect: ViewportRect;
  /** False when the field is scrolled out of view or hidden; its marker is then not drawn. */
  visible: boolean;
}

export interface OverlayState {
  findings: Finding[];
  fields: OverlayField[];
  /** Keys made with `dismissKey(ruleId, fieldRef)`: `${ruleId}|${fieldRef ?? ''}`. */
  dismissed: Set<string>;
}

export interface PanelState {
  /** Top-left corner of the summary panel in viewport px; absent = default place (bottom right). */
  position?: { x: number; y: number };
  collapsed: boolean;
}

export interface MountOptions {
  document: Document;
  /** The user asked to go to a field («Gå til feltet»): scroll to it and focus it. */
  onJumpToField(ref: string): void;
  /** The user marked a finding «Vurdert — ikke relevant her». */
  onDismiss(ruleId: string, fieldRef: string | undefined): void;
  onDiscreetChange?(on: boolean): void;
  /** `panelPosition` with a negative x or y (e.g. the stored default `{x:-1,y:-1}`) means the default place. */
  initialState?: { discreet?: boolean; panelPosition?: { x: number; y: number }; panelCollapsed?: boolean };
  /** The panel was moved (drag end, arrow key) or collapsed/expanded; store it to restore with `initialState`. */
  onPanelStateChange?(s: PanelStateReport): void;
}

/** `position` as in PanelState; `x`/`y` repeat it flat, -1 when the panel is in its default place. */
export interface PanelStateReport extends PanelState {
  x: number;
  y: number;
}

export interface OverlayHandle {
  /** Cheap and idempotent: the same state gives no DOM changes. Does no layout reads. */
  update(state: OverlayState): void;
  setDiscreet(on: boolean): void;
  /**
   * For a keyboard shortcut (user-initiated only): opens the field's card and moves focus into it.
   * Returns false when the field has no active findings or no visible marker.
   */
  openField(ref: string): boolean;
  /** For a keyboard shortcut: moves focus to the summary panel (expanding it). */
  focusPanel(): void;
  /** Removes the host element and all listeners. */
  destroy(): void;
  /** The `<vedtakslos-overlay>` element. */
  host: HTMLElement;
}

/** A one-shot request from the handle to the UI; `seq` makes repeated requests distinct. */
export type OverlayCommand = { seq: number; kind: 'open'; ref: string } | { seq: number; kind: 'panel' };
