import { useId } from 'preact/hooks';
import { BUILT_IN_ADAPTERS } from '@/adapters/sites';
import { FIELDS } from '@/rules/model/fields';
import { DOCUMENT_TYPES, type DocumentType } from '@/rules/model/document';
import type { Pack } from '@/rules/pack/schema';
import type { ManagedPolicy } from '@/extension/managed-policy';

const TYPE_LABELS: Record<DocumentType, string> = { vedtak: 'Vedtak', tiltaksplan: 'Tiltaksplan', evaluering: 'Evaluering' };

/** The site adapters, and where the generic adapter's label synonyms (the pack's `vocabulary`) are edited. */
export function AdaptersList({ managed }: { managed: ManagedPolicy | null }) {
  const allowed = managed?.adapters ?? null;
  return (
    <div class="wb-adapters">
      <p class="wb-muted">
        Et skjema leses av en tilpasning for fagsystemet når Vedtakslos kjenner det, ellers av den generelle tilpasningen, som kjenner
        igjen feltene på etikettene deres («Barnets synspunkter», «Tiltak» …).
      </p>
      <ul class="wb-adapter-list">
        {BUILT_IN_ADAPTERS.map((a) => (
          <li key={a.id} data-adapter={a.id}>
            <strong>{a.name}</strong> <code>{a.id}</code>
            {allowed && !allowed.includes(a.id) && <span class="wb-badge">Slått av av administrator</span>}
            <br />
            <span class="wb-muted">Nettsteder: {a.urlPatterns.join(', ')} · Skjema: {a.documentTypes.map((t) => TYPE_LABELS[t.type]).join(', ')}</span>
          </li>
        ))}
        <li data-adapter="generic">
          <strong>Generell tilpasning</strong> <code>generic</code>
          <br />
          <span class="wb-muted">Alle andre sider: finner feltene ut fra etikettene. Flere etiketter (synonymer) legges inn per regelpakke.</span>
        </li>
      </ul>
      {managed && managed.fagsystemOrigins.length > 0 && (
        <p>
          Administrator har slått på Vedtakslos for: {managed.fagsystemOrigins.map((o) => <code key={o}>{o} </code>)}
        </p>
      )}
    </div>
  );
}

/** Extra label synonyms for the generic adapter, per canonical field, stored in the pack's `vocabulary`. */
export function SynonymEditor({ pack, readOnly, onPackChange }: { pack: Pack; readOnly: boolean; onPackChange(pack: Pack): void }) {
  const id = useId();
  const seen = new Set<string>();
  const fields = DOCUMENT_TYPES.flatMap((type) =>
    FIELDS[type].filter((f) => (seen.has(f.name) ? false : (seen.add(f.name), true))).map((f) => ({ ...f, type })),
  );
  const setSynonyms = (name: string, list: string[]) => {
    const vocabulary = { ...pack.vocabulary };
    if (list.length) vocabulary[name] = list;
    else delete vocabulary[name];
    onPackChange({ ...pack, vocabulary: Object.keys(vocabulary).length ? vocabulary : undefined });
  };
  return (
    <div class="wb-synonyms">
      <p class="wb-muted">
        Heter et felt noe annet i deres fagsystem? Skriv etiketten slik den står på skjermen, én per linje. Den generelle tilpasningen
        kjenner den da igjen i tillegg til de innebygde.
      </p>
      <table class="wb-table">
        <thead>
          <tr><th scope="col">Felt</th><th scope="col">Innebygde etiketter</th><th scope="col">Deres etiketter</th></tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.name} data-field={f.name}>
              <th scope="row"><code>{f.name}</code></th>
              <td class="wb-muted">{f.labels.join(' · ')}</td>
              <td>
                <label class="wb-sr-only" for={`${id}-${f.name}`}>Egne etiketter for {f.name}</label>
                <textarea id={`${id}-${f.name}`} rows={2} disabled={readOnly} data-synonyms={f.name}
                  value={(pack.vocabulary?.[f.name] ?? []).join('\n')}
                  onChange={(e) => setSynonyms(f.name, (e.target as HTMLTextAreaElement).value.split('\n').map((s) => s.trim()).filter(Boolean))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
