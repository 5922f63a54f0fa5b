import { isOverlayHost } from '@/components/overlay';

export interface FieldBox {
  ref: string;
  label: string;
  rect: { top: number; left: number; width: number; height: number };
  visible: boolean;
}

/**
 * Where each field is in the viewport. Only reads layout (all reads in one pass, no writes), so it
 * costs one style/layout flush at most; call it from a requestAnimationFrame callback.
 * Elements inside same-origin iframes are offset by their frame's position.
 * `marked`: the refs that carry a finding; the others are reported on screen = visible, untested.
 */
export function measureFields(
  elements: Map<string, Element>,
  labels: Map<string, string>,
  marked?: ReadonlySet<string>,
  occlusion: OcclusionCache = new OcclusionCache(),
): FieldBox[] {
  const boxes: FieldBox[] = [];
  const viewportHeight = window.innerHeight;
  const viewportWidth = window.innerWidth;
  for (const [ref, element] of elements) {
    if (!element.isConnected) continue;
    const r = element.getBoundingClientRect();
    let top = r.top;
    let left = r.left;
    const frame = element.ownerDocument.defaultView?.frameElement;
    if (frame && element.ownerDocument !== document) {
      const f = frame.getBoundingClientRect();
      top += f.top;
      left += f.left;
    }
    const onScreen = r.width > 0 && r.height > 0 && top < viewportHeight && top + r.height > 0 && left < viewportWidth && left + r.width > 0;
    // A hit test per field is the costly part: only fields that get a marker (`marked`) need it.
    const visible = onScreen && (marked !== undefined && !marked.has(ref) ? true : !occlusion.covered(element, r));
    boxes.push({ ref, label: labels.get(ref) ?? ref, rect: { top, left, width: r.width, height: r.height }, visible });
  }
  return boxes;
}

/**
 * Hit tests remembered per field while its box stays where it was, for at most a second: typing re-measures
 * every frame it changes the findings, and the hit tests were most of that frame's cost. The checker clears
 * it when the page scrolls, resizes or changes structure (a dialog or a sticky bar appearing).
 */
export class OcclusionCache {
  static readonly MAX_AGE_MS = 1000;
  private results = new WeakMap<Element, { key: string; at: number; covered: boolean }>();

  covered(element: Element, r: DOMRect): boolean {
    const key = `${r.top},${r.left},${r.width},${r.height}`;
    const now = performance.now();
    const known = this.results.get(element);
    if (known && known.key === key && now - known.at < OcclusionCache.MAX_AGE_MS) return known.covered;
    const covered = coveredAtCorner(element, r);
    this.results.set(element, { key, at: now, covered });
    return covered;
  }

  clear(): void {
    this.results = new WeakMap();
  }
}

/**
 * Whether the page draws something else over the field's top-right corner, where its marker goes
 * (a sticky footer or header, a dialog): then the field is hidden from the user and so is the marker.
 */
function coveredAtCorner(element: Element, r: DOMRect): boolean {
  const x = r.right - Math.min(6, r.width / 2);
  const y = r.top + Math.min(6, r.height / 2);
  // Our own UI (the summary panel, an open card) does not hide the field from the user's marker.
  const hit = element.ownerDocument.elementsFromPoint(x, y).find((e) => !isOverlayHost(e));
  return hit !== undefined && hit !== element && !element.contains(hit);
}
