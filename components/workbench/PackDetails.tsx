import { useId } from 'preact/hooks';
import type { Pack } from '@/rules/pack/schema';

/** The pack's name, version, publisher and description. */
export function PackDetails({ pack, onChange }: { pack: Pack; onChange(pack: Pack): void }) {
  const id = useId();
  const meta = (change: Partial<Pack['metadata']>) => onChange({ ...pack, metadata: { ...pack.metadata, ...change } });
  return (
    <details class="wb-details">
      <summary>Navn, versjon og beskrivelse</summary>
      <div class="wb-details__grid">
        <div class="wb-param">
          <label for={`${id}-name`}>Navn</label>
          <input id={`${id}-name`} type="text" value={pack.metadata.name}
            onChange={(e) => meta({ name: (e.target as HTMLInputElement).value.trim() || pack.metadata.name })} />
        </div>
        <div class="wb-param">
          <label for={`${id}-version`}>Versjonsnummer (som 1.2.0; øker av seg selv når du lagrer)</label>
          <input id={`${id}-version`} type="text" value={pack.version}
            onChange={(e) => onChange({ ...pack, version: (e.target as HTMLInputElement).value.trim() })} />
        </div>
        <div class="wb-param">
          <label for={`${id}-publisher`}>Utgitt av</label>
          <input id={`${id}-publisher`} type="text" value={pack.metadata.publisher ?? ''}
            onChange={(e) => meta({ publisher: (e.target as HTMLInputElement).value.trim() || undefined })} />
        </div>
        <div class="wb-param">
          <label for={`${id}-desc`}>Beskrivelse</label>
          <textarea id={`${id}-desc`} rows={2} value={pack.metadata.description ?? ''}
            onChange={(e) => meta({ description: (e.target as HTMLTextAreaElement).value.trim() || undefined })} />
        </div>
      </div>
    </details>
  );
}
