import type { ViewportRect } from './types';

/** Geometry constants shared with the CSS (styles.ts). */
export const MARKER_HEIGHT = 22;
/** How far the marker reaches down into the field (its border and padding only, never the text). */
export const MARKER_OVERLAP = 4;
export const MARKER_INSET_RIGHT = 6;
export const CARD_WIDTH = 360;
export const PANEL_WIDTH = 328;
export const PANEL_HEADER_HEIGHT = 44;
const GAP = 8;
const EDGE = 8;
/** Below this much room a card is not placed on that side. */
const MIN_CARD_ROOM = 220;

export interface Viewport {
  width: number;
  height: number;
}

export interface MarkerPlacement {
  x: number;
  y: number;
  /** 'right': x is the marker's right edge (translateX(-100%)); 'left': x is its left edge. */
  anchor: 'right' | 'left';
}

/**
 * The marker sits on the field's top border at the right end, reaching only MARKER_OVERLAP px into the
 * field (border + padding), so it never covers text. When the field's top is scrolled above the viewport,
 * it moves beside the field's right edge if there is room, else pins to the top of the viewport.
 * Returns null when too little of the field is on screen.
 */
export function placeMarker(rect: ViewportRect, vp: Viewport): MarkerPlacement | null {
  const bottom = rect.top + rect.height;
  const right = rect.left + rect.width;
  if (bottom < MARKER_HEIGHT || rect.top > vp.height - 4 || right < 4 || rect.left > vp.width - 4) return null;
  const y = rect.top - MARKER_HEIGHT + MARKER_OVERLAP;
  if (y >= 2) return { x: Math.min(right - MARKER_INSET_RIGHT, vp.width - 2), y, anchor: 'right' };
  // Top of the field is off screen: stay in the visible part of the field's right edge.
  if (right + 4 + 48 <= vp.width) return { x: right + 4, y: 2, anchor: 'left' };
  return { x: Math.min(right - MARKER_INSET_RIGHT, vp.width - 2), y: 2, anchor: 'right' };
}

export interface CardPlacement {
  x: number;
  y: number;
  width: number;
  maxHeight: number;
  side: 'right' | 'below' | 'above' | 'left' | 'inside';
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/**
 * Beside the field, never over it when avoidable: right of it, else below, else above, else left; always
 * inside the viewport. For 'above', y is the card's bottom edge (the CSS translates it up by its height),
 * so no measuring is needed.
 */
export function placeCard(rect: ViewportRect, vp: Viewport): CardPlacement {
  const width = Math.min(CARD_WIDTH, vp.width - 2 * EDGE);
  const right = rect.left + rect.width;
  const bottom = rect.top + rect.height;
  const sideY = clamp(rect.top - MARKER_HEIGHT + MARKER_OVERLAP, EDGE, vp.height - EDGE - MIN_CARD_ROOM);
  const alignedX = clamp(right - width, EDGE, vp.width - width - EDGE);
  if (right + GAP + width <= vp.width - EDGE) {
    return { x: right + GAP, y: sideY, width, maxHeight: vp.height - sideY - EDGE, side: 'right' };
  }
  if (vp.height - EDGE - (bottom + GAP) >= MIN_CARD_ROOM) {
    return { x: alignedX, y: bottom + GAP, width, maxHeight: vp.height - EDGE - (bottom + GAP), side: 'below' };
  }
  if (rect.top - GAP - EDGE >= MIN_CARD_ROOM) {
    return { x: alignedX, y: rect.top - GAP, width, maxHeight: rect.top - GAP - EDGE, side: 'above' };
  }
  if (rect.left - GAP - width >= EDGE) {
    return { x: rect.left - GAP - width, y: sideY, width, maxHeight: vp.height - sideY - EDGE, side: 'left' };
  }
  return { x: vp.width - width - EDGE, y: EDGE, width, maxHeight: vp.height - 2 * EDGE, side: 'inside' };
}

/** Keeps a dragged panel reachable: its header stays fully inside the viewport. */
export function clampPanel(pos: { x: number; y: number }, vp: Viewport): { x: number; y: number } {
  return {
    x: Math.round(clamp(pos.x, 0, vp.width - PANEL_WIDTH)),
    y: Math.round(clamp(pos.y, 0, vp.height - PANEL_HEADER_HEIGHT)),
  };
}
