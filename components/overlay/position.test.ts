import { describe, expect, it } from 'vitest';
import { CARD_WIDTH, MARKER_HEIGHT, MARKER_OVERLAP, PANEL_WIDTH, clampPanel, placeCard, placeMarker } from './position';

const vp = { width: 1400, height: 900 };
const overlaps = (a: { l: number; t: number; r: number; b: number }, b: { l: number; t: number; r: number; b: number }) =>
  a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;

describe('placeMarker', () => {
  it('sits on the top border at the right end, reaching only MARKER_OVERLAP px into the field', () => {
    const p = placeMarker({ top: 200, left: 100, width: 600, height: 120 }, vp)!;
    expect(p.anchor).toBe('right');
    expect(p.x).toBeLessThanOrEqual(700);
    expect(p.y + MARKER_HEIGHT - 200).toBe(MARKER_OVERLAP);
  });
  it('moves beside the field when its top is scrolled away, and hides when the field is gone', () => {
    expect(placeMarker({ top: -50, left: 100, width: 600, height: 300 }, vp)).toEqual({ x: 704, y: 2, anchor: 'left' });
    expect(placeMarker({ top: -400, left: 100, width: 600, height: 300 }, vp)).toBeNull();
    expect(placeMarker({ top: 950, left: 100, width: 600, height: 300 }, vp)).toBeNull();
  });
  it('stays inside the viewport for a full-width field', () => {
    const p = placeMarker({ top: 100, left: 0, width: 1400, height: 100 }, vp)!;
    expect(p.x).toBeLessThanOrEqual(vp.width);
  });
});

describe('placeCard', () => {
  const cases = [
    { name: 'room on the right', rect: { top: 200, left: 100, width: 600, height: 120 }, side: 'right' },
    { name: 'wide field', rect: { top: 100, left: 100, width: 1100, height: 120 }, side: 'below' },
    { name: 'wide field low on screen', rect: { top: 600, left: 100, width: 1100, height: 200 }, side: 'above' },
    { name: 'right-aligned field', rect: { top: 100, left: 600, width: 780, height: 750 }, side: 'left' },
    { name: 'field filling the screen', rect: { top: 0, left: 0, width: 1400, height: 900 }, side: 'inside' },
  ] as const;
  for (const c of cases) {
    it(`${c.name}: ${c.side}, inside the viewport, not over the field unless unavoidable`, () => {
      const p = placeCard(c.rect, vp);
      expect(p.side).toBe(c.side);
      expect(p.width).toBe(CARD_WIDTH);
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(vp.width);
      const top = p.side === 'above' ? p.y - p.maxHeight : p.y;
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top + p.maxHeight).toBeLessThanOrEqual(vp.height);
      const card = { l: p.x, t: top, r: p.x + p.width, b: top + p.maxHeight };
      const field = { l: c.rect.left, t: c.rect.top, r: c.rect.left + c.rect.width, b: c.rect.top + c.rect.height };
      expect(overlaps(card, field)).toBe(c.side === 'inside');
    });
  }
  it('narrows on a tiny viewport', () => {
    const p = placeCard({ top: 10, left: 0, width: 300, height: 40 }, { width: 320, height: 480 });
    expect(p.width).toBe(304);
    expect(p.x).toBeGreaterThanOrEqual(8);
  });
});

describe('clampPanel', () => {
  it('keeps the panel header inside the viewport', () => {
    expect(clampPanel({ x: 5000, y: 5000 }, vp)).toEqual({ x: vp.width - PANEL_WIDTH, y: vp.height - 44 });
    expect(clampPanel({ x: -20, y: -20 }, vp)).toEqual({ x: 0, y: 0 });
  });
});
