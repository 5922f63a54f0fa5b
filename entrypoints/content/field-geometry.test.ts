// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OcclusionCache } from './field-geometry';

function field(hitAtCorner: () => Element[]) {
  const element = document.createElement('textarea');
  document.body.append(element);
  const calls = { n: 0 };
  Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: () => ((calls.n += 1), hitAtCorner()) });
  return { element, calls };
}
const rect = (top: number) => ({ top, left: 10, width: 300, height: 80, right: 310, bottom: top + 80 }) as DOMRect;

afterEach(() => vi.restoreAllMocks());

describe('hit tests for markers are remembered while a field stays put', () => {
  it('answers again from memory for the same box, and hit-tests again when the box moves', () => {
    const footer = document.createElement('footer');
    let hits: Element[] = [];
    const { element, calls } = field(() => hits);
    hits = [element];
    const cache = new OcclusionCache();
    expect(cache.covered(element, rect(100))).toBe(false);
    hits = [footer, element];
    expect(cache.covered(element, rect(100))).toBe(false); // remembered (typing frames)
    expect(calls.n).toBe(1);
    expect(cache.covered(element, rect(140))).toBe(true); // the field moved: tested again
    expect(calls.n).toBe(2);
  });

  it('forgets after a second, and when cleared (scroll, resize, structure)', () => {
    const footer = document.createElement('footer');
    let hits: Element[] = [];
    const { element, calls } = field(() => hits);
    hits = [element];
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const cache = new OcclusionCache();
    expect(cache.covered(element, rect(100))).toBe(false);
    hits = [footer];
    now += OcclusionCache.MAX_AGE_MS + 1;
    expect(cache.covered(element, rect(100))).toBe(true);
    hits = [element];
    cache.clear();
    expect(cache.covered(element, rect(100))).toBe(false);
    expect(calls.n).toBe(3);
  });
});
