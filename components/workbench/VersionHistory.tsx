import { useMemo, useState } from 'preact/hooks';
import { comparePacks } from '@/extension/pack-diff';
import type { PackVersion } from '@/extension/pack-store';
import type { PublishedInfo } from '@/extension/publish';
import { formatTime } from './format';

/** Saved versions of one pack: when, the note, which is in force; compare two; publish or roll back. */
export function VersionHistory({ versions, published, canPublish, onPublish, onRollBack }: {
  versions: PackVersion[];
  published: PublishedInfo | null;
  canPublish: boolean;
  onPublish(v: PackVersion): void;
  onRollBack(v: PackVersion): void;
}) {
  const [a, setA] = useState<number | null>(null);
  const [b, setB] = useState<number | null>(null);
  const left = versions.find((v) => v.key === a) ?? versions[1];
  const right = versions.find((v) => v.key === b) ?? versions[0];
  const changes = useMemo(() => (left && right && left !== right ? comparePacks(left.pack, right.pack) : []), [left, right]);
  if (versions.length === 0) return <p class="wb-muted">Ingen lagrede versjoner ennå. Lagre en versjon for å kunne publisere den.</p>;
  const latest = versions[0]!;
  return (
    <div class="wb-versions">
      <table class="wb-table">
        <thead>
          <tr><th scope="col">Versjon</th><th scope="col">Lagret</th><th scope="col">Notat</th><th scope="col">Status</th><th scope="col"><span class="wb-sr-only">Handlinger</span></th></tr>
        </thead>
        <tbody>
          {versions.map((v) => {
            const inForce = published?.versionKey === v.key;
            return (
              <tr key={v.key} data-version={v.number} data-in-force={String(inForce)}>
                <td>{v.number} <span class="wb-muted">({v.pack.version})</span></td>
                <td>{formatTime(v.savedAt)}</td>
                <td>{v.note || <span class="wb-muted">–</span>}</td>
                <td>{inForce ? <span class="wb-badge wb-badge--active">I bruk</span> : ''}</td>
                <td class="wb-row-actions">
                  {canPublish && !inForce && (
                    <button type="button" class="wb-btn wb-btn--small" onClick={() => onPublish(v)}>Publiser denne</button>
                  )}
                  {v !== latest && (
                    <button type="button" class="wb-btn wb-btn--small wb-btn--quiet" onClick={() => onRollBack(v)}>
                      Rull tilbake hit
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {versions.length > 1 && (
        <section class="wb-compare" aria-labelledby="wb-compare-h">
          <h4 id="wb-compare-h">Sammenlign to versjoner</h4>
          <div class="wb-toolbar">
            <label>
              Fra{' '}
              <select value={left?.key} onChange={(e) => setA(Number((e.target as HTMLSelectElement).value))}>
                {versions.map((v) => <option key={v.key} value={v.key}>Versjon {v.number}</option>)}
              </select>
            </label>
            <label>
              til{' '}
              <select value={right?.key} onChange={(e) => setB(Number((e.target as HTMLSelectElement).value))}>
                {versions.map((v) => <option key={v.key} value={v.key}>Versjon {v.number}</option>)}
              </select>
            </label>
          </div>
          {changes.length === 0 ? (
            <p class="wb-muted">Ingen forskjell.</p>
          ) : (
            <ul class="wb-changes" data-testid="version-changes">
              {changes.map((c, i) => (
                <li key={i}><code>{c.subject}</code>: {c.text}</li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
