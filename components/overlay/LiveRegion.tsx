import { useEffect, useRef, useState } from 'preact/hooks';
import { totalText } from './labels';

export const ANNOUNCE_DELAY_MS = 1200;

/**
 * A polite status region that announces the total once it has settled (debounced), and only when it
 * differs from what was last announced. A first total of 0 is not announced.
 */
export function LiveRegion({ total, extra }: { total: number; extra?: string }) {
  const [text, setText] = useState('');
  const last = useRef<number | null>(null);
  useEffect(() => {
    if (last.current === null && total === 0) {
      last.current = 0;
      return;
    }
    if (last.current === total) return;
    const t = setTimeout(() => {
      last.current = total;
      setText(totalText(total));
    }, ANNOUNCE_DELAY_MS);
    return () => clearTimeout(t);
  }, [total]);
  useEffect(() => {
    if (extra) setText(extra);
  }, [extra]);
  return (
    <div class="vl-sr-only" role="status" aria-live="polite" aria-atomic="true">
      {text || null}
    </div>
  );
}
