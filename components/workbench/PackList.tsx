import { useState } from 'preact/hooks';
import type { LocalPackSummary } from '@/extension/pack-store';
import type { PublishedInfo } from '@/extension/publish';
import { standardPack } from '@/rules/standard';
import { formatTime } from './format';

/** The installed packs: the built-in standard pack and the local ones; import, create, open. */
export function PackList({ packs, published, selected, managedPackName, onSelect, onImport, onCreate }: {
  packs: LocalPackSummary[];
  published: PublishedInfo | null;
  selected: string;
  managedPackName: string | null;
  onSelect(packId: string): void;
  onImport(file: File): void;
  onCreate(name: string): void;
}) {
  const [name, setName] = useState('');
  const standardInForce = !published && !managedPackName;
  return (
    <div class="wb-packs">
      <table class="wb-table" data-testid="pack-list">
        <thead>
          <tr><th scope="col">Regelpakke</th><th scope="col">Bygger på</th><th scope="col">Versjoner</th><th scope="col">Status</th><th scope="col"><span class="wb-sr-only">Åpne</span></th></tr>
        </thead>
        <tbody>
          {managedPackName && (
            <tr data-pack-id="managed">
              <td><strong>{managedPackName}</strong><br /><span class="wb-muted">Styrt av administrator</span></td>
              <td>–</td><td>–</td>
              <td><span class="wb-badge wb-badge--active">I bruk (administrert)</span></td>
              <td />
            </tr>
          )}
          <tr data-pack-id={standardPack.id} aria-current={selected === standardPack.id ? 'true' : undefined}>
            <td><strong>{standardPack.metadata.name}</strong> {standardPack.version}<br /><span class="wb-muted">Innebygd, kan ikke endres</span></td>
            <td>–</td>
            <td>–</td>
            <td>{standardInForce ? <span class="wb-badge wb-badge--active">I bruk</span> : ''}</td>
            <td><button type="button" class="wb-btn wb-btn--small" onClick={() => onSelect(standardPack.id)}>Åpne</button></td>
          </tr>
          {packs.map((p) => {
            const inForce = published?.packId === p.packId;
            return (
              <tr key={p.packId} data-pack-id={p.packId} aria-current={selected === p.packId ? 'true' : undefined}>
                <td><strong>{p.name}</strong> {p.latest.pack.version}<br /><span class="wb-muted"><code>{p.packId}</code> · sist lagret {formatTime(p.latest.savedAt)}</span></td>
                <td>{p.latest.pack.extends ?? '–'}</td>
                <td>{p.versionCount}</td>
                <td>{inForce ? <span class="wb-badge wb-badge--active">I bruk (versjon {published?.versionNumber}){managedPackName ? ', men overstyrt' : ''}</span> : ''}</td>
                <td><button type="button" class="wb-btn wb-btn--small" onClick={() => onSelect(p.packId)}>Åpne</button></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="wb-pack-actions">
        <div>
          <label class="wb-btn wb-file">
            Importer regelpakke fra fil …
            <input type="file" accept=".json,application/json" data-testid="import-file" class="wb-sr-only"
              onChange={(e) => {
                const input = e.target as HTMLInputElement;
                const file = input.files?.[0];
                if (file) onImport(file);
                input.value = '';
              }} />
          </label>
        </div>
        <form class="wb-create" onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onCreate(name.trim());
          setName('');
        }}>
          <label for="wb-new-name">Ny lokal pakke som bygger på standardpakken:</label>{' '}
          <input id="wb-new-name" type="text" value={name} placeholder="f.eks. Bydel Nord" onInput={(e) => setName((e.target as HTMLInputElement).value)} />{' '}
          <button type="submit" class="wb-btn" disabled={!name.trim()}>Lag lokal pakke</button>
        </form>
      </div>
    </div>
  );
}
