import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ActivePack } from '@/extension/active-pack';
import type { PackVersion } from '@/extension/pack-store';
import type { PublishedInfo } from '@/extension/publish';
import type { Pack } from '@/rules/pack/schema';
import type { PackError } from '@/rules/pack/validate';
import { AdaptersList, SynonymEditor } from './AdaptersPanel';
import { ErrorList } from './ErrorList';
import { FixtureRun } from './FixtureRun';
import { JsonView } from './JsonView';
import { LivePreview } from './LivePreview';
import { PackDetails } from './PackDetails';
import { RuleList } from './RuleList';
import { VersionHistory } from './VersionHistory';
import type { ManagedPolicy } from '@/extension/managed-policy';

const TABS = [
  ['regler', 'Regler'],
  ['forhandsvisning', 'Forhåndsvisning'],
  ['eksempler', 'Eksempler (tester)'],
  ['versjoner', 'Versjoner'],
  ['feltnavn', 'Feltnavn'],
  ['json', 'Avansert (JSON)'],
] as const;
type Tab = (typeof TABS)[number][0];

export interface PackEditorProps {
  pack: Pack;
  /** The built-in pack: shown, tried and copied, never changed. */
  builtIn: boolean;
  dirty: boolean;
  edited: { ok: true; active: ActivePack } | { ok: false; errors: PackError[] };
  active: ActivePack;
  activeLabel: string;
  today: string;
  versions: PackVersion[];
  published: PublishedInfo | null;
  managed: ManagedPolicy | null;
  onChange(pack: Pack): void;
  onSave(note: string): void;
  onSaveAndPublish(note: string): void;
  onPublish(v: PackVersion): void;
  onRollBack(v: PackVersion): void;
  onExport(): void;
  onCreateFromStandard(): void;
  onDiscard(): void;
  onDelete(): void;
  /** Shown under the save bar: examples that fail with what is about to be published. */
  publishCheck?: ComponentChildren;
}

/** One pack: its rules as forms, live preview, examples, versions, field names and the JSON view. */
export function PackEditor(p: PackEditorProps) {
  const [tab, setTab] = useState<Tab>('regler');
  const [note, setNote] = useState('');
  const readOnly = p.builtIn;
  const publishBlocked = !!p.managed?.pack;
  const latest = p.versions[0];
  const latestInForce = !!latest && p.published?.versionKey === latest.key;
  return (
    <section class="wb-editor" aria-labelledby="wb-editor-h">
      <header class="wb-editor__header">
        <h2 id="wb-editor-h">
          {p.pack.metadata.name} <span class="wb-muted">{p.pack.version}</span>
        </h2>
        {p.pack.extends && <p class="wb-muted">Bygger på «{p.pack.extends}» og endrer bare det som er valgt her.</p>}
        {p.builtIn && (
          <p>
            Standardpakken kan ikke endres. Lag en lokal pakke som bygger på den for å slå av regler, justere grenser og skrive egne
            meldinger. <button type="button" class="wb-btn" onClick={p.onCreateFromStandard}>Lag lokal pakke basert på standardpakken</button>
          </p>
        )}
        {!p.builtIn && <PackDetails pack={p.pack} onChange={p.onChange} />}
        <div class="wb-actions">
          <button type="button" class="wb-btn wb-btn--quiet" onClick={p.onExport}>Eksporter til fil</button>
          {!p.builtIn && (
            <button type="button" class="wb-btn wb-btn--quiet" disabled={p.published?.packId === p.pack.id}
              title={p.published?.packId === p.pack.id ? 'Pakken er i bruk. Publiser en annen pakke først.' : undefined}
              onClick={p.onDelete}>
              Slett pakken
            </button>
          )}
        </div>
      </header>

      {!p.builtIn && (
        <div class="wb-savebar" data-dirty={String(p.dirty)}>
          {p.dirty ? <strong>Ulagrede endringer.</strong> : <span class="wb-muted">Alt er lagret.</span>}{' '}
          {!p.edited.ok && <span class="wb-fail">Pakken har feil og kan ikke lagres før de er rettet.</span>}
          <label>
            Notat for versjonen{' '}
            <input type="text" value={note} data-testid="version-note" placeholder="Hva er endret, og hvorfor?"
              onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
          </label>
          <button type="button" class="wb-btn" disabled={!p.dirty || !p.edited.ok}
            onClick={() => { p.onSave(note); setNote(''); }}>
            Lagre versjon
          </button>
          <button type="button" class="wb-btn wb-btn--primary" data-testid="publish"
            disabled={publishBlocked || !p.edited.ok || (!p.dirty && latestInForce)}
            title={publishBlocked ? 'Regelpakken styres av administrator' : undefined}
            onClick={() => { p.onSaveAndPublish(note); setNote(''); }}>
            {p.dirty ? 'Lagre og publiser' : 'Publiser'}
          </button>
          {p.dirty && <button type="button" class="wb-btn wb-btn--quiet" onClick={p.onDiscard}>Forkast endringene</button>}
          {publishBlocked && <p class="wb-muted">Publisering er stengt: regelpakken styres av administrator.</p>}
        </div>
      )}
      {p.publishCheck}
      {!p.edited.ok && <ErrorList title="Den redigerte pakken er ugyldig:" errors={p.edited.errors} />}

      <div class="wb-tabs" role="tablist" aria-label="Deler av regelpakken" onKeyDown={(e) => {
        const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
        if (!step) return;
        const index = TABS.findIndex(([key]) => key === tab);
        const next = TABS[(index + step + TABS.length) % TABS.length]![0];
        setTab(next);
        document.getElementById(`wb-tab-${next}`)?.focus();
      }}>
        {TABS.map(([key, label]) => (
          <button key={key} type="button" role="tab" id={`wb-tab-${key}`} aria-selected={tab === key} aria-controls={`wb-panel-${key}`}
            tabIndex={tab === key ? 0 : -1} data-tab={key} onClick={() => setTab(key)}>
            {label}
          </button>
        ))}
      </div>
      <div class="wb-panel" role="tabpanel" id={`wb-panel-${tab}`} aria-labelledby={`wb-tab-${tab}`}>
        {tab === 'regler' && <RuleList pack={p.pack} readOnly={readOnly} onPackChange={p.onChange} />}
        {tab === 'forhandsvisning' && (
          <LivePreview edited={p.edited.ok ? p.edited.active : null} active={p.active} activeLabel={p.activeLabel} today={p.today} />
        )}
        {tab === 'eksempler' && <FixtureRun pack={p.edited.ok ? p.edited.active.pack : null} />}
        {tab === 'versjoner' &&
          (p.builtIn ? (
            <p class="wb-muted">Standardpakken følger med utvidelsen og har ingen lokale versjoner.</p>
          ) : (
            <VersionHistory versions={p.versions} published={p.published} canPublish={!publishBlocked}
              onPublish={p.onPublish} onRollBack={p.onRollBack} />
          ))}
        {tab === 'feltnavn' && (
          <>
            <AdaptersList managed={p.managed} />
            <SynonymEditor pack={p.pack} readOnly={readOnly} onPackChange={p.onChange} />
          </>
        )}
        {tab === 'json' && <JsonView pack={p.pack} readOnly={readOnly} onApply={p.onChange} />}
      </div>
    </section>
  );
}
