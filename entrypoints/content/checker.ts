import { readDocument, readField, type ReadResult } from '@/adapters/read';
import type { Finding } from '@/rules/engine/finding';
import type { DocumentModel } from '@/rules/model/document';
import { findField } from '@/rules/model/refs';
import { dismissKey, mountOverlay, type OverlayHandle } from '@/components/overlay';
import type { ActivePack } from '@/extension/checker-pack';
import type { Language } from '@/rules/pack/schema';
import { measureFields, OcclusionCache, type FieldBox } from './field-geometry';
import { createRechecker } from './recheck';
import { watchPage, type Lifecycle } from './page-watch';
import { createTextMarks, type TextMarks } from './text-marks';
import type { RuleStatsRecorder } from './rule-stats';

export interface CheckerOptions {
  pack(): ActivePack;
  today(): string;
  /** The language of the messages (the training page follows its scenario); bokmål when absent. */
  language?(): Language;
  stats: RuleStatsRecorder;
  discreet: boolean;
  onDiscreetChange(on: boolean): void;
  panel: { x: number; y: number; collapsed: boolean };
  onPanelChange(panel: { x: number; y: number; collapsed: boolean }): void;
  /** Called after every check with all its findings (also those marked «ikke relevant»); for the training page. */
  onChecked?(findings: Finding[]): void;
}

export interface PageStatus {
  documentType: DocumentModel['documentType'] | null;
  total: number;
  bySeverity: Record<string, number>;
}

/**
 * One checker per page: page → adapter → document model → engine + pack → findings → overlay.
 * Re-reads only the changed field on typing, the whole form on structural changes.
 */
export class Checker {
  private read: ReadResult | null = null;
  private refByElement = new Map<Element, string>();
  private labels = new Map<string, string>();
  private findings: Finding[] = [];
  private overlay: OverlayHandle | null = null;
  private marks: TextMarks | null = null;
  private discreet: boolean;
  private readonly dismissedByDocument = new Map<string, Set<string>>();
  private frame = 0;
  /** The field boxes of the last frame that measured them. */
  private measured: FieldBox[] = [];
  private readonly occlusion = new OcclusionCache();
  private readonly rechecker = createRechecker(
    () => this.opts.pack().compiled,
    () => this.opts.today(),
    () => this.opts.language?.() ?? 'nb',
  );

  constructor(private readonly ctx: Lifecycle, private readonly opts: CheckerOptions) {
    this.discreet = opts.discreet;
  }

  start(): void {
    watchPage(this.ctx, {
      isFieldElement: (node) => this.fieldRefOf(node) !== undefined,
      onFieldsEdited: (elements) => this.recheckFields(elements),
      onStructureChanged: () => {
        this.occlusion.clear();
        this.scan();
      },
      onViewportChanged: () => {
        this.occlusion.clear();
        this.schedulePosition();
      },
    });
    document.addEventListener('keydown', (e) => this.onShortcut(e), { capture: true, signal: this.ctx.signal });
    this.scan();
    this.ctx.onInvalidated(() => this.destroy());
  }

  /**
   * Alt+Shift+V: opens the findings of the field being edited, or moves to the summary panel.
   * Our UI sits last in the page's tab order, so the keyboard needs a way in without tabbing past the form.
   */
  private onShortcut(e: KeyboardEvent): void {
    if (!(e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyV') || !this.overlay) return;
    e.preventDefault();
    e.stopPropagation();
    const active = document.activeElement;
    const ref = active ? this.fieldRefOf(active) : undefined;
    if (ref === undefined || !this.overlay.openField(ref)) this.overlay.focusPanel();
  }

  /** Re-checks with the current pack (after the quality lead published a new one). */
  packChanged(): void {
    this.scan();
  }

  setDiscreet(on: boolean): void {
    this.discreet = on;
    this.overlay?.setDiscreet(on);
    this.marks?.setHidden(on);
  }

  status(): PageStatus {
    const active = this.activeFindings();
    const bySeverity: Record<string, number> = { feil: 0, advarsel: 0, råd: 0 };
    for (const f of active) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    return { documentType: this.read?.model.documentType ?? null, total: active.length, bySeverity };
  }

  private scan(): void {
    const pack = this.opts.pack();
    this.read = readDocument(document, { url: location.href, adapters: pack.adapters, vocabulary: pack.vocabulary });
    this.refByElement = new Map();
    this.labels = new Map();
    if (!this.read) {
      this.findings = [];
      this.render();
      this.opts.onChecked?.([]);
      return;
    }
    for (const [ref, element] of this.read.elements) {
      this.refByElement.set(element, ref);
      this.labels.set(ref, labelOf(this.read.model, ref));
    }
    this.check();
  }

  private recheckFields(elements: Set<Element>): void {
    if (!this.read) return this.scan();
    const changes: [string, string][] = [];
    for (const element of elements) {
      const ref = this.fieldRefOf(element);
      if (ref === undefined) continue;
      // Rows regroup as their cells fill or empty, and choices carry `checked`: read the form again.
      if (ref.includes('[') || isChoice(element)) return this.scan();
      const fieldElement = this.read.elements.get(ref);
      if (!fieldElement?.isConnected) return this.scan();
      changes.push([ref, readField(fieldElement)]);
    }
    if (!changes.length) return;
    // Only the rules that read an edited field run again (recheck.ts).
    const result = this.rechecker.fieldsChanged(this.read.model, changes);
    if (!result) return this.scan();
    if (result.model === this.read.model) return;
    this.read = { ...this.read, model: result.model };
    this.checked(result.findings, true);
  }

  private check(): void {
    if (!this.read) return;
    this.checked(this.rechecker.full(this.read.model));
  }

  /**
   * `afterTyping`: the form's fields are the ones last measured, so the findings are shown at once with
   * those boxes (no layout read here); the next frame measures again and moves markers if a field moved.
   * Waiting for that frame would add up to a frame to every keystroke's update.
   */
  private checked(findings: Finding[], afterTyping = false): void {
    const changed = findings !== this.findings;
    this.findings = findings;
    this.opts.stats.fired(this.documentKey(), this.findings);
    if (afterTyping && changed && this.overlay && this.measured.length) {
      this.overlay.update({ findings: this.findings, fields: this.measured, dismissed: this.dismissed() });
    }
    this.render();
    this.opts.onChecked?.(this.findings);
  }

  /** Scrolls to a field and focuses it, as «Gå til feltet» in the overlay does. */
  focusField(ref: string): void {
    this.jumpTo(ref);
  }

  private render(): void {
    if (!this.read && !this.overlay) return;
    if (!this.overlay) {
      this.overlay = mountOverlay({
        document,
        initialState: {
          discreet: this.discreet,
          panelPosition: this.opts.panel.x >= 0 ? { x: this.opts.panel.x, y: this.opts.panel.y } : undefined,
          panelCollapsed: this.opts.panel.collapsed,
        },
        onJumpToField: (ref) => this.jumpTo(ref),
        onDismiss: (ruleId, fieldRef) => this.dismiss(ruleId, fieldRef),
        onDiscreetChange: (on) => {
          this.setDiscreet(on);
          this.opts.onDiscreetChange(on);
        },
        onPanelStateChange: ({ x, y, collapsed }) => this.opts.onPanelChange({ x, y, collapsed }),
      });
    }
    if (!this.marks && this.overlay.host.shadowRoot) {
      this.marks = createTextMarks(this.overlay.host.shadowRoot);
      this.marks.setHidden(this.discreet);
    }
    this.schedulePosition();
  }

  private schedulePosition(): void {
    if (!this.overlay || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const read = this.read;
      const marked = new Set<string>();
      for (const f of this.findings) if (f.field !== undefined) marked.add(f.field);
      const fields = read ? measureFields(read.elements, this.labels, marked, this.occlusion) : [];
      this.measured = fields;
      this.overlay?.update({ findings: this.findings, fields, dismissed: this.dismissed() });
      if (read) this.marks?.render(this.activeFindings(), read.elements, fields, (ref) => findField(read.model, ref)?.text);
    });
  }

  private activeFindings(): Finding[] {
    const dismissed = this.dismissed();
    return this.findings.filter((f) => !dismissed.has(dismissKey(f.ruleId, f.field)));
  }

  private dismiss(ruleId: string, fieldRef: string | undefined): void {
    this.dismissed().add(dismissKey(ruleId, fieldRef));
    this.opts.stats.dismissed(ruleId);
    this.schedulePosition();
  }

  /** «Ikke relevant» marks last for this document only (this page and form), and hold no text. */
  private dismissed(): Set<string> {
    const key = this.documentKey();
    let set = this.dismissedByDocument.get(key);
    if (!set) this.dismissedByDocument.set(key, (set = new Set()));
    return set;
  }

  private documentKey(): string {
    return `${location.pathname}${location.hash}|${this.read?.model.documentType ?? ''}`;
  }

  private jumpTo(ref: string): void {
    const element = this.read?.elements.get(ref);
    if (!element) return;
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (element instanceof HTMLElement) element.focus({ preventScroll: true });
  }

  private fieldRefOf(node: Node): string | undefined {
    for (let el: Element | null = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
      const ref = this.refByElement.get(el);
      if (ref !== undefined) return ref;
    }
    const frame = node.ownerDocument?.defaultView?.frameElement;
    return frame ? this.refByElement.get(frame) : undefined;
  }

  private destroy(): void {
    cancelAnimationFrame(this.frame);
    this.marks?.destroy();
    this.marks = null;
    this.overlay?.destroy();
    this.overlay = null;
  }
}

function isChoice(element: Element): boolean {
  return element instanceof HTMLSelectElement || (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio'));
}

function labelOf(model: DocumentModel, ref: string): string {
  const name = findField(model, ref)?.label ?? ref.split('.').pop()!;
  const positions = [...ref.matchAll(/(\w+)\[(\d+)\]/g)].map(([, group, i]) => `${ROW_NAMES[group!] ?? group} ${Number(i) + 1}`);
  return positions.length ? `${name} (${positions.join(', ')})` : name;
}

const ROW_NAMES: Record<string, string> = { delmal: 'delmål', tiltak: 'tiltak' };
