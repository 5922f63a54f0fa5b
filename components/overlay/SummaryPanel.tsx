import type { Ref } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { AREAS, type Area } from '../../rules/pack/enums';
import type { Finding } from './types';
import { AREA_LABELS } from './labels';
import { findingKeys } from './model';
import { FindingItem } from './FindingItem';
import { memo } from './memo';
import { Chevron, EyeOffIcon, MoveIcon } from './icons';

export interface SummaryPanelProps {
  /** Active findings (dismissed ones removed), sorted. */
  findings: Finding[];
  byArea: Record<Area, number>;
  fieldLabels: ReadonlyMap<string, string>;
  discreet: boolean;
  collapsed: boolean;
  /** Top-left in viewport px (already clamped); undefined = default place bottom right. */
  position: { x: number; y: number } | undefined;
  panelRef?: Ref<HTMLElement>;
  toggleRef?: Ref<HTMLButtonElement>;
  onToggleCollapsed(): void;
  onToggleDiscreet(): void;
  /** During a drag (final=false) and when it ends (final=true). */
  onMove(pos: { x: number; y: number }, final: boolean): void;
  onJump(ref: string): void;
  onDismiss(f: Finding): void;
}

const KEY_STEP = 16;

// A re-check keeps the objects of findings that did not change (entrypoints/content/recheck.ts): only
// the items whose finding changed render again.
const Item = memo(FindingItem);

export function SummaryPanel(props: SummaryPanelProps) {
  const { findings, byArea, discreet, collapsed, position } = props;
  const total = findings.length;
  const [openAreas, setOpenAreas] = useState<ReadonlySet<Area>>(new Set());
  const bodyId = useId();
  const titleId = useId();
  const drag = useRef<{ dx: number; dy: number; id: number; last?: { x: number; y: number } } | null>(null);
  const asideRef = useRef<HTMLElement | null>(null);

  const setAsideRef = (el: HTMLElement | null) => {
    asideRef.current = el;
    const r = props.panelRef;
    if (typeof r === 'function') r(el);
    else if (r) r.current = el;
  };

  const currentTopLeft = () => {
    // Only on user interaction (drag start, arrow key): one rect read.
    const r = asideRef.current!.getBoundingClientRect();
    return { x: r.left, y: r.top };
  };

  const toggleArea = (a: Area) =>
    setOpenAreas((prev) => {
      const next = new Set(prev);
      if (next.has(a)) next.delete(a);
      else next.add(a);
      return next;
    });

  const style = position
    ? { transform: `translate(${position.x}px, ${position.y}px)`, left: '0px', top: '0px' }
    : { right: '16px', bottom: '16px' };

  return (
    <aside
      ref={setAsideRef}
      class={`vl-panel${collapsed ? ' vl-panel--collapsed' : ''}${position ? ' vl-panel--placed' : ''}`}
      aria-labelledby={titleId}
      data-total={String(total)}
      data-collapsed={collapsed ? 'true' : 'false'}
      style={style}
    >
      <div
        class="vl-panel__header"
        onPointerDown={(e) => {
          if (e.button !== 0 || (e.target as Element).closest?.('button:not(.vl-move)')) return;
          const p = currentTopLeft();
          drag.current = { dx: e.clientX - p.x, dy: e.clientY - p.y, id: e.pointerId };
          (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
          e.preventDefault(); // no text selection, no focus change in the page
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d || d.id !== e.pointerId) return;
          d.last = { x: e.clientX - d.dx, y: e.clientY - d.dy };
          props.onMove(d.last, false);
        }}
        onPointerUp={(e) => {
          const d = drag.current;
          if (!d || d.id !== e.pointerId) return;
          drag.current = null;
          if (d.last) props.onMove(d.last, true);
        }}
        onPointerCancel={() => {
          drag.current = null;
        }}
      >
        <span class="vl-panel__brand" aria-hidden="true" />
        <h2 class="vl-panel__title" id={titleId}>
          Vedtakslos
        </h2>
        <span class={`vl-panel__total${total === 0 ? ' vl-panel__total--zero' : ''}`}>{total} funn</span>
        <span class="vl-panel__tools">
          <button
            type="button"
            class={`vl-icon-btn vl-discreet-btn${discreet ? ' vl-discreet-btn--on' : ''}`}
            aria-pressed={discreet ? 'true' : 'false'}
            title="Diskret modus: skjuler all tekst om funn, for skriving sammen med familien"
            onClick={props.onToggleDiscreet}
          >
            <EyeOffIcon />
            <span class="vl-discreet-btn__label">Diskret</span>
            <span class="vl-sr-only"> modus</span>
          </button>
          <button
            type="button"
            class="vl-icon-btn vl-move"
            aria-label="Flytt panelet"
            aria-describedby={`${titleId}-movehint`}
            title="Dra for å flytte, eller bruk piltastene"
            onKeyDown={(e) => {
              const step = e.shiftKey ? KEY_STEP * 4 : KEY_STEP;
              const delta: Record<string, [number, number]> = {
                ArrowLeft: [-step, 0],
                ArrowRight: [step, 0],
                ArrowUp: [0, -step],
                ArrowDown: [0, step],
              };
              const dxy = delta[e.key];
              if (!dxy) return;
              e.preventDefault();
              const p = position ?? currentTopLeft();
              props.onMove({ x: p.x + dxy[0], y: p.y + dxy[1] }, true);
            }}
          >
            <MoveIcon />
          </button>
          <span id={`${titleId}-movehint`} class="vl-sr-only">
            Bruk piltastene for å flytte panelet.
          </span>
          <button
            type="button"
            ref={props.toggleRef}
            class="vl-icon-btn"
            aria-expanded={collapsed ? 'false' : 'true'}
            aria-controls={bodyId}
            aria-label={collapsed ? 'Vis funnoversikten' : 'Skjul funnoversikten'}
            title={collapsed ? 'Vis' : 'Skjul'}
            onClick={props.onToggleCollapsed}
          >
            <Chevron open={!collapsed} />
          </button>
        </span>
      </div>
      <div class="vl-panel__body" id={bodyId} hidden={collapsed}>
        {discreet && <p class="vl-discreet-note">Diskret modus er på</p>}
        <ul class="vl-areas">
          {AREAS.map((area) => {
            const n = byArea[area];
            const open = !discreet && n > 0 && openAreas.has(area);
            const listId = `${bodyId}-${area}`;
            const items = discreet ? [] : findings.filter((f) => f.area === area);
            const keys = findingKeys(items);
            return (
              <li key={area} class="vl-area" data-area-row={area} data-count={String(n)}>
                {n > 0 && !discreet ? (
                  <button
                    type="button"
                    class="vl-area__toggle"
                    aria-expanded={open ? 'true' : 'false'}
                    aria-controls={listId}
                    onClick={() => toggleArea(area)}
                  >
                    <Chevron open={open} />
                    <span class="vl-area__name">{AREA_LABELS[area]}</span>
                    <span class="vl-count">{n}</span>
                  </button>
                ) : (
                  <div class={`vl-area__static${n === 0 ? ' vl-area__static--zero' : ''}`}>
                    <span class="vl-chevron-space" aria-hidden="true" />
                    <span class="vl-area__name">{AREA_LABELS[area]}</span>
                    <span class={`vl-count${n === 0 ? ' vl-count--zero' : ''}`}>{n}</span>
                  </div>
                )}
                {!discreet && n > 0 && (
                  <ul class="vl-area__list" id={listId} hidden={!open}>
                    {items.map((f, i) =>
                      // Field findings are compact here (their card has the details); a field the page
                      // does not show (no marker) gets the full item, so it can still be read and dismissed.
                      f.field !== undefined && props.fieldLabels.has(f.field) ? (
                        <Item
                          key={keys[i]}
                          finding={f}
                          place="panel"
                          compact
                          fieldLabel={props.fieldLabels.get(f.field) ?? f.field}
                          onJump={props.onJump}
                        />
                      ) : (
                        <Item
                          key={keys[i]}
                          finding={f}
                          place="panel"
                          fieldLabel={f.field === undefined ? 'hele dokumentet' : f.field}
                          onJump={f.field === undefined ? undefined : props.onJump}
                          onDismiss={props.onDismiss}
                        />
                      ),
                    )}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </aside>
  );
}
