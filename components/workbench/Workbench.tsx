import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { activatePublishedPack, standardActivePack, type ActivePack } from '@/extension/active-pack';
import { loadManagedPolicy, type ManagedPolicy } from '@/extension/managed-policy';
import { openPackStore, PackValidationError, type LocalPackSummary, type PackStore, type PackVersion } from '@/extension/pack-store';
import { newLocalPack, nextPatchVersion } from '@/extension/pack-tuning';
import { loadPublishedInfo, publishedInfoItem, publishVersion, publishStandard, rollBackTo, type PublishedInfo } from '@/extension/publish';
import { loadPreferences, publishedPackItem } from '@/extension/settings';
import { localToday } from '@/extension/today';
import type { Pack } from '@/rules/pack/schema';
import type { PackError } from '@/rules/pack/validate';
import { standardPack } from '@/rules/standard';
import { runPackFixtures, type FixtureOutcome } from '@/rules/engine';
import { download } from './download-pack';
import { ErrorList } from './ErrorList';
import { checkPackText } from './JsonView';
import { ManagedNotice } from './ManagedNotice';
import { PackEditor } from './PackEditor';
import { PackList } from './PackList';
import { PublishCheck } from './PublishCheck';
import { RuleStatsPanel } from './RuleStatsPanel';

/** The quality lead's workbench: packs, tuning, preview, examples, versions, publishing, statistics. */
export function Workbench({ storeName }: { storeName?: string } = {}) {
  const [store, setStore] = useState<PackStore | null>(null);
  const [packs, setPacks] = useState<LocalPackSummary[]>([]);
  const [published, setPublished] = useState<PublishedInfo | null>(null);
  const [publishedRaw, setPublishedRaw] = useState<unknown>(null);
  const [managed, setManaged] = useState<ManagedPolicy | null>(null);
  const [selected, setSelected] = useState<string>(standardPack.id);
  const [draft, setDraft] = useState<Pack>(standardPack);
  const [saved, setSaved] = useState<Pack>(standardPack);
  const [versions, setVersions] = useState<PackVersion[]>([]);
  const [importProblem, setImportProblem] = useState<{ file: string; errors: PackError[] } | null>(null);
  const [notice, setNotice] = useState('');
  const [today, setToday] = useState(localToday());
  const [damaged, setDamaged] = useState(0);
  /** The local pack store (IndexedDB) could not be opened: say so; the published pack in force is untouched. */
  const [storeFailed, setStoreFailed] = useState(false);
  /** Examples that fail with the version about to be published; publishing waits for a second yes. */
  const [publishCheck, setPublishCheck] = useState<{ failed: FixtureOutcome[]; go(): void } | null>(null);

  const refresh = useCallback(async (s: PackStore) => {
    setPacks(await s.listPacks());
    setDamaged(s.damagedCount());
  }, []);

  useEffect(() => {
    let closed = false;
    let opened: PackStore | null = null;
    void (async () => {
      try {
        opened = await openPackStore(storeName);
      } catch {
        if (!closed) setStoreFailed(true);
        return;
      }
      if (closed) return opened.close();
      await refresh(opened);
      const prefs = await loadPreferences();
      if (prefs.today) setToday(prefs.today);
      setPublished(await loadPublishedInfo());
      setPublishedRaw(await publishedPackItem.getValue());
      setStore(opened);
      setManaged(await loadManagedPolicy({ fetchPack: true }).catch(() => null));
    })();
    const unwatchPack = publishedPackItem.watch((v) => setPublishedRaw(v));
    const unwatchInfo = publishedInfoItem.watch(() => void loadPublishedInfo().then(setPublished));
    return () => {
      closed = true;
      unwatchPack();
      unwatchInfo();
      opened?.close();
    };
  }, [storeName, refresh]);

  /** What the checker uses right now: the managed pack, else the published one, else the standard pack. */
  const active: { active: ActivePack; label: string } = useMemo(() => {
    if (managed?.pack) {
      const m = activatePublishedPack(managed.pack);
      if (m.ok) return { active: m.active, label: `${m.active.pack.metadata.name} ${m.active.pack.version} (administrert)` };
    }
    const p = activatePublishedPack(publishedRaw);
    if (p.ok && p.active.source === 'published') {
      return { active: p.active, label: `${p.active.pack.metadata.name} ${p.active.pack.version}${published ? `, versjon ${published.versionNumber}` : ''}` };
    }
    return { active: standardActivePack(), label: `${standardPack.metadata.name} ${standardPack.version}` };
  }, [managed, publishedRaw, published]);

  const builtIn = selected === standardPack.id;
  const edited = useMemo(
    () => (builtIn ? ({ ok: true, active: standardActivePack() } as const) : activatePublishedPack(draft)),
    [draft, builtIn],
  );
  const dirty = !builtIn && JSON.stringify(draft) !== JSON.stringify(saved);

  const say = (text: string) => setNotice(text);

  const openPack = async (packId: string, s: PackStore | null = store) => {
    if (dirty && !confirm('Du har ulagrede endringer. Forkaste dem?')) return;
    setSelected(packId);
    if (packId === standardPack.id || !s) {
      setDraft(standardPack);
      setSaved(standardPack);
      setVersions([]);
      return;
    }
    const list = await s.listVersions(packId);
    setVersions(list);
    const latest = list[0]?.pack ?? standardPack;
    setDraft(latest);
    setSaved(latest);
  };

  const afterSave = async (s: PackStore, version: PackVersion) => {
    await refresh(s);
    const list = await s.listVersions(version.packId);
    setVersions(list);
    setSelected(version.packId);
    setDraft(version.pack);
    setSaved(version.pack);
  };

  const importFile = async (file: File) => {
    if (!store) return;
    setImportProblem(null);
    const checked = checkPackText(await file.text());
    if (!checked.ok) {
      setImportProblem({ file: file.name, errors: checked.errors });
      say(`«${file.name}» ble ikke importert. Regelpakken i bruk er uendret.`);
      return;
    }
    if (checked.pack.id === standardPack.id) {
      setImportProblem({ file: file.name, errors: [{ path: 'id', message: '«standard» er den innebygde standardpakken; gi den lokale pakken en annen id' }] });
      say(`«${file.name}» ble ikke importert. Regelpakken i bruk er uendret.`);
      return;
    }
    const version = await store.saveVersion(checked.pack, `Importert fra ${file.name}`);
    await afterSave(store, version);
    say(`«${checked.pack.metadata.name}» er importert som versjon ${version.number}. Den er ikke publisert ennå.`);
  };

  const createLocal = async (name: string) => {
    if (!store) return;
    let pack = newLocalPack(name);
    const ids = new Set(packs.map((p) => p.packId));
    for (let n = 2; ids.has(pack.id); n++) pack = { ...newLocalPack(name), id: `${newLocalPack(name).id}-${n}` };
    const version = await store.saveVersion(pack, 'Opprettet');
    await afterSave(store, version);
    say(`Den lokale pakken «${pack.metadata.name}» er laget. Endre reglene under, lagre og publiser.`);
  };

  const saveDraft = async (note: string): Promise<PackVersion | null> => {
    if (!store || builtIn) return null;
    let pack = draft;
    if (pack.version === saved.version && JSON.stringify(pack) !== JSON.stringify(saved)) pack = { ...pack, version: nextPatchVersion(pack.version) };
    pack = { ...pack, metadata: { ...pack.metadata, updated: today } };
    try {
      const version = await store.saveVersion(pack, note || 'Endret i arbeidsbenken');
      await afterSave(store, version);
      say(`Versjon ${version.number} er lagret.`);
      return version;
    } catch (error) {
      if (error instanceof PackValidationError) setImportProblem({ file: 'endringene', errors: error.errors });
      say('Versjonen ble ikke lagret fordi pakken har feil.');
      return null;
    }
  };

  /** Runs the examples of what would be published; true when all pass. */
  const examplesPass = (pack: Pack, go: () => void): boolean => {
    const resolved = activatePublishedPack(pack);
    if (!resolved.ok) return true; // publishVersion refuses it with the errors
    const failed = runPackFixtures(resolved.active.pack).filter((o) => !o.passed);
    if (failed.length === 0) return true;
    setPublishCheck({ failed, go });
    return false;
  };

  const publish = async (version: PackVersion, checked = false) => {
    if (managed?.pack) return say('Regelpakken styres av administrator og kan ikke publiseres her.');
    setPublishCheck(null);
    if (!checked && !examplesPass(version.pack, () => void publish(version, true))) return;
    const result = await publishVersion(version);
    if (!result.ok) {
      setImportProblem({ file: `versjon ${version.number}`, errors: result.errors });
      return say('Versjonen ble ikke publisert. Regelpakken i bruk er uendret.');
    }
    setPublished(result.info);
    setPublishedRaw(version.pack);
    say(`«${version.pack.metadata.name}» versjon ${version.number} er publisert. Åpne skjemaer sjekkes på nytt med den nå.`);
  };

  const saveAndPublish = async (note: string, checked = false) => {
    setPublishCheck(null);
    if (managed?.pack) return say('Regelpakken styres av administrator og kan ikke publiseres her.');
    if (!checked && !examplesPass(draft, () => void saveAndPublish(note, true))) return;
    const version = dirty ? await saveDraft(note) : versions[0];
    if (version) await publish(version, true);
  };

  const rollBack = async (version: PackVersion) => {
    if (!store) return;
    const { saved: copy, published: result } = await rollBackTo(store, version);
    await afterSave(store, copy);
    if (result && !result.ok) return say('Tilbakerullingen ble lagret, men kunne ikke publiseres.');
    if (result?.ok) setPublished(result.info);
    say(`Rullet tilbake til versjon ${version.number} (lagret som versjon ${copy.number})${result?.ok ? ' og publisert' : ''}.`);
  };

  const deletePack = async () => {
    if (!store || builtIn || published?.packId === selected) return;
    if (!confirm(`Slette «${saved.metadata.name}» med alle ${versions.length} versjoner? Det kan ikke angres.`)) return;
    await store.deletePack(selected);
    await refresh(store);
    setSelected(standardPack.id);
    setDraft(standardPack);
    setSaved(standardPack);
    setVersions([]);
    say(`«${saved.metadata.name}» er slettet.`);
  };

  if (!store && storeFailed) {
    return (
      <div class="wb">
        <p role="alert">
          Regelpakkene kan ikke vises eller lagres fordi nettleserens lokale lagring (IndexedDB) ikke er tilgjengelig, for
          eksempel i privat modus eller når disken er full. Regelpakken som er i bruk, gjelder fortsatt. Prøv å lukke og åpne
          siden igjen.
        </p>
      </div>
    );
  }

  if (!store) {
    return (
      <div class="wb" aria-busy="true">
        <p>Laster regelpakkene …</p>
      </div>
    );
  }

  return (
    <div class="wb">
      <header class="wb-header">
        <h1>Vedtakslos – arbeidsbenk for regelpakker</h1>
        <p class="wb-inforce" data-testid="in-force">
          I bruk nå: <strong>{active.label}</strong>
          {published && !managed?.pack && (
            <>
              {' '}
              <button type="button" class="wb-btn wb-btn--small wb-btn--quiet" onClick={() => void publishStandard().then(() => say('Standardpakken er i bruk igjen.'))}>
                Gå tilbake til standardpakken
              </button>
            </>
          )}
        </p>
      </header>
      <div class={`wb-status${notice ? '' : ' wb-status--empty'}`} role="status" aria-live="polite">
        <span data-testid="notice">{notice}</span>
        {notice && (
          <button type="button" class="wb-status__close" aria-label="Lukk meldingen" onClick={() => setNotice('')}>
            ×
          </button>
        )}
      </div>
      {managed && <ManagedNotice managed={managed} />}
      {importProblem && <ErrorList title={`Feil i ${importProblem.file}:`} errors={importProblem.errors} id="wb-import-errors" />}
      {damaged > 0 && <p class="wb-notice">{damaged} lagrede versjoner er skadet og vises ikke.</p>}

      <section class="wb-section" aria-labelledby="wb-packs-h">
        <h2 id="wb-packs-h">Regelpakker</h2>
        <PackList packs={packs} published={published} selected={selected}
          managedPackName={managed?.pack ? managed.pack.metadata.name : null}
          onSelect={(id) => void openPack(id)} onImport={(f) => void importFile(f)} onCreate={(n) => void createLocal(n)} />
      </section>

      <PackEditor
        pack={draft} builtIn={builtIn} dirty={dirty} edited={edited}
        active={active.active} activeLabel={active.label} today={today}
        versions={versions} published={published} managed={managed}
        onChange={setDraft}
        onSave={(note) => void saveDraft(note)}
        onSaveAndPublish={(note) => void saveAndPublish(note)}
        onPublish={(v) => void publish(v)}
        onRollBack={(v) => void rollBack(v)}
        onExport={() => download(draft)}
        onCreateFromStandard={() => void createLocal('Lokal regelpakke')}
        onDiscard={() => setDraft(saved)}
        onDelete={() => void deletePack()}
        publishCheck={
          publishCheck && <PublishCheck failed={publishCheck.failed} onConfirm={publishCheck.go} onCancel={() => setPublishCheck(null)} />
        }
      />

      <section class="wb-section" aria-labelledby="wb-stats-h">
        <h2 id="wb-stats-h">Statistikk</h2>
        <RuleStatsPanel />
      </section>
    </div>
  );
}
