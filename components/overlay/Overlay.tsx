import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Finding, OverlayCommand, OverlayState, PanelState, PanelStateReport } from './types';
import { activeFindings, compareFindings, countByArea, dismissKey, groupByField } from './model';
import { clampPanel, placeCard, placeMarker, type Viewport } from './position';
import { FieldMarker } from './FieldMarker';
import { FindingCard } from './FindingCard';
import { SummaryPanel } from './SummaryPanel';
import { memo } from './memo';

// Scroll-driven updates only move markers; the panel re-renders only when its own inputs change.
const Panel = memo(SummaryPanel);
import { LiveRegion } from './LiveRegion';

export interface OverlayProps {
  state: OverlayState;
  discreet: boolean;
  viewport: Viewport;
  /** Our host element: clicks inside it are ours, everything else is the page's. */
  host: HTMLElement;
  initialPanel: PanelState;
  /** The latest request from the handle (openField/focusPanel); acted on once per `seq`. */
  command?: OverlayCommand;
  onJumpToField(ref: string): void;
  onDismiss(ruleId: string, fieldRef: string | undefined): void;
  onToggleDiscreet(): void;
  onPanelStateChange?(s: PanelStateReport): void;
}

const HOVER_OPEN_MS = 180;
const HOVER_CLOSE_MS = 280;

interface OpenCard {
  ref: string;
  /** Opened by click/keyboard (stays until Escape/close/outside click) vs. by hover/focus (transient). */
  pinned: boolean;
}

export function Overlay(props: OverlayProps) {
  const { state, discreet, viewport } = props;
  const [open, setOpen] = useState<OpenCard | null>(null);
  const [localDismissed, setLocalDismissed] = useState<ReadonlySet<string>>(new Set());
  const [panel, setPanel] = useState<PanelState>(props.initialPanel);
  const [announce, setAnnounce] = useState<string | undefined>(undefined);
  const hoverTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const markerEls = useRef(new Map<string, HTMLButtonElement>());
  const cardEl = useRef<HTMLDivElement | null>(null);
  const toggleEl = useRef<HTMLButtonElement | null>(null);
  const suppressFocusOpen = useRef(false);
  const pendingFocus = useRef<null | 'card' | 'panel' | { marker: string }>(null);

  // Active findings: the caller's dismissed set plus dismissals made here and not yet echoed back.
  // The caller may mutate one Set in place, so the memo keys on its content, not its identity.
  const dismissedSig = state.dismissed.size ? [...state.dismissed].join('\n') : '';
  const active = useMemo(() => {
    const all = localDismissed.size ? new Set([...state.dismissed, ...localDismissed]) : state.dismissed;
    return activeFindings(state.findings, all).sort(compareFindings);
  }, [state.findings, dismissedSig, localDismissed]);
  const byField = useMemo(() => groupByField(active), [active]);
  const byArea = useMemo(() => countByArea(active), [active]);
  const labelsSig = state.fields.map((f) => `${f.ref}\u0000${f.label}`).join('\u0001');
  const fieldLabels = useMemo(() => new Map(state.fields.map((f) => [f.ref, f.label])), [labelsSig]);

  const openField = open ? state.fields.find((f) => f.ref === open.ref && f.visible) : undefined;
  const openFindings = open ? byField.get(open.ref) : undefined;
  const cardOpen = open !== null && openField !== undefined && openFindings !== undefined && openFindings.length > 0;

  const clearHover = () => {
    if (hoverTimer.current !== undefined) clearTimeout(hoverTimer.current);
    hoverTimer.current = undefined;
  };
  useEffect(() => clearHover, []);

  // A pinned card closes on a pointer press anywhere outside our UI (the page still gets the event).
  useEffect(() => {
    if (!open?.pinned) return;
    const doc = props.host.ownerDocument;
    const onDown = (e: Event) => {
      if (!e.composedPath().includes(props.host)) setOpen(null);
    };
    doc.addEventListener('pointerdown', onDown, { capture: true, passive: true });
    return () => doc.removeEventListener('pointerdown', onDown, { capture: true });
  }, [open?.pinned, props.host]);

  // Move focus after our own re-render (only ever in response to the user acting on our UI).
  useLayoutEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    pendingFocus.current = null;
    if (want === 'card' && cardEl.current) cardEl.current.focus({ preventScroll: true });
    else if (want === 'card' || want === 'panel') toggleEl.current?.focus({ preventScroll: true });
    else {
      const m = markerEls.current.get(want.marker);
      if (m) {
        suppressFocusOpen.current = true;
        m.focus({ preventScroll: true });
        suppressFocusOpen.current = false;
      } else toggleEl.current?.focus({ preventScroll: true });
    }
  });

  // (Declared after the focus effect on purpose: it queues focus for the NEXT render, when the card exists.)
  const lastCommand = useRef(0);
  useLayoutEffect(() => {
    const c = props.command;
    if (!c || c.seq === lastCommand.current) return;
    lastCommand.current = c.seq;
    clearHover();
    if (c.kind === 'open') {
      setOpen({ ref: c.ref, pinned: true });
      pendingFocus.current = 'card';
    } else {
      if (panel.collapsed) updatePanel({ ...panel, collapsed: false }, true);
      toggleEl.current?.focus({ preventScroll: true });
    }
  }, [props.command]);

  const closeCard = (returnFocus: boolean) => {
    clearHover();
    if (open && returnFocus) pendingFocus.current = { marker: open.ref };
    setOpen(null);
  };

  const dismiss = (f: Finding) => {
    const key = dismissKey(f.ruleId, f.field);
    setLocalDismissed(new Set([...localDismissed, key]));
    const inCard = cardEl.current?.contains(cardEl.current.ownerDocument.activeElement) ||
      (props.host.shadowRoot?.activeElement && cardEl.current?.contains(props.host.shadowRoot.activeElement));
    pendingFocus.current = inCard ? 'card' : 'panel';
    props.onDismiss(f.ruleId, f.field);
  };

  // Forget local dismissals once the caller's set has them (keeps the set small).
  useEffect(() => {
    if (localDismissed.size === 0) return;
    const rest = [...localDismissed].filter((k) => !state.dismissed.has(k));
    if (rest.length !== localDismissed.size) setLocalDismissed(new Set(rest));
  }, [dismissedSig]);

  const updatePanel = (next: PanelState, report: boolean) => {
    setPanel(next);
    if (report) {
      props.onPanelStateChange?.({ ...next, x: next.position?.x ?? -1, y: next.position?.y ?? -1 });
    }
  };

  const panelPos = useMemo(
    () => (panel.position ? clampPanel(panel.position, viewport) : undefined),
    [panel.position?.x, panel.position?.y, viewport.width, viewport.height],
  );

  // Stable handlers for the memoised panel; they call the latest closures.
  const latest = useRef({ updatePanel, panel, discreet, viewport, dismiss, props });
  latest.current = { updatePanel, panel, discreet, viewport, dismiss, props };
  const panelHandlers = useMemo(
    () => ({
      onToggleCollapsed: () => {
        const l = latest.current;
        l.updatePanel({ ...l.panel, collapsed: !l.panel.collapsed }, true);
      },
      onToggleDiscreet: () => {
        const l = latest.current;
        setAnnounce(l.discreet ? 'Diskret modus er av' : 'Diskret modus er på');
        l.props.onToggleDiscreet();
      },
      onMove: (pos: { x: number; y: number }, final: boolean) => {
        const l = latest.current;
        l.updatePanel({ ...l.panel, position: clampPanel(pos, l.viewport) }, final);
      },
      onJump: (ref: string) => latest.current.props.onJumpToField(ref),
      onDismiss: (f: Finding) => latest.current.dismiss(f),
    }),
    [],
  );

  return (
    <div class={`vl-root${discreet ? ' vl-root--discreet' : ''}`} data-discreet={discreet ? 'on' : 'off'}>
      <div class="vl-markers">
        {state.fields.map((field) => {
          const list = byField.get(field.ref);
          if (!list || list.length === 0 || !field.visible) return null;
          const mp = placeMarker(field.rect, viewport);
          if (!mp) return null;
          const isOpen = cardOpen && open!.ref === field.ref;
          const cardId = `vl-card-${cssId(field.ref)}`;
          return (
            <div
              key={field.ref}
              class="vl-anchor"
              onMouseEnter={() => {
                clearHover();
                if (open?.ref === field.ref) return;
                if (open?.pinned) return;
                hoverTimer.current = setTimeout(() => setOpen({ ref: field.ref, pinned: false }), HOVER_OPEN_MS);
              }}
              onMouseLeave={() => {
                clearHover();
                if (!open || open.pinned || open.ref !== field.ref) return;
                hoverTimer.current = setTimeout(() => setOpen(null), HOVER_CLOSE_MS);
              }}
              onFocusOut={(e) => {
                const to = e.relatedTarget as Node | null;
                if (to && (e.currentTarget as HTMLElement).contains(to)) return;
                if (open?.ref === field.ref && !open.pinned) setOpen(null);
              }}
            >
              <FieldMarker
                fieldRef={field.ref}
                fieldLabel={field.label}
                findings={list}
                discreet={discreet}
                placement={mp}
                expanded={isOpen}
                cardId={cardId}
                buttonRef={(el: HTMLButtonElement | null) => {
                  if (el) markerEls.current.set(field.ref, el);
                  else markerEls.current.delete(field.ref);
                }}
                onActivate={() => {
                  clearHover();
                  if (open?.ref === field.ref && open.pinned) {
                    setOpen(null);
                    return;
                  }
                  setOpen({ ref: field.ref, pinned: true });
                  pendingFocus.current = 'card';
                }}
                onFocus={() => {
                  if (suppressFocusOpen.current || open?.ref === field.ref) return;
                  clearHover();
                  setOpen({ ref: field.ref, pinned: false });
                }}
                onEscape={() => closeCard(true)}
              />
              {isOpen && (
                <FindingCard
                  id={cardId}
                  cardRef={cardEl}
                  fieldLabel={field.label}
                  findings={list}
                  discreet={discreet}
                  placement={placeCard(field.rect, viewport)}
                  onClose={closeCard}
                  onDismiss={dismiss}
                  onInteract={() => {
                    clearHover();
                    if (!open!.pinned) setOpen({ ref: field.ref, pinned: true });
                  }}
                />
              )}
            </div>
          );
        })}
      </div>
      <Panel
        findings={active}
        byArea={byArea}
        fieldLabels={fieldLabels}
        discreet={discreet}
        collapsed={panel.collapsed}
        position={panelPos}
        toggleRef={toggleEl}
        {...panelHandlers}
      />
      <LiveRegion total={active.length} extra={announce} />
    </div>
  );
}

function cssId(ref: string): string {
  return ref.replace(/[^A-Za-z0-9_-]/g, '_');
}
