import { useMemo, useState } from 'preact/hooks';
import { caseDocument, childName, loadCases } from '@/demo/cases';
import type { ActivePack } from '@/extension/active-pack';
import { diffFindings, diffSummary } from '@/extension/findings-diff';
import { evaluate } from '@/rules/engine';
import { DOCUMENT_TYPES, type DocumentModel, type DocumentType } from '@/rules/model/document';
import { FindingRows } from './FindingRows';
import { documentFromPaste } from './preview-document';

const TYPE_LABELS: Record<DocumentType, string> = { vedtak: 'Vedtak', tiltaksplan: 'Tiltaksplan', evaluering: 'Evaluering' };

/**
 * The sample-document panel: the findings the edited pack gives on a fictional case (or a pasted document),
 * against the pack in force now. Pasted text stays in this component's memory and is never stored.
 */
export function LivePreview({ edited, active, activeLabel, today }: {
  edited: ActivePack | null;
  active: ActivePack;
  activeLabel: string;
  today: string;
}) {
  const cases = useMemo(() => loadCases(), []);
  const [source, setSource] = useState(`case:${cases[0]?.id ?? ''}:tiltaksplan`);
  const [pasted, setPasted] = useState('');

  /** The sample as each pack's page adapters read it (a pasted page is read with each pack's field names). */
  const samples = useMemo((): { ok: true; before: DocumentModel; after: DocumentModel; fieldsDiffer: boolean } | { ok: false; message: string } => {
    if (source === 'paste') {
      const after = documentFromPaste(pasted, { vocabulary: edited?.vocabulary, adapters: edited?.adapters });
      if (!after.ok) return after;
      const before = after.kind === 'html' ? documentFromPaste(pasted, { vocabulary: active.vocabulary, adapters: active.adapters }) : after;
      if (!before.ok) return before;
      const fieldsDiffer = JSON.stringify(Object.keys(before.document.fields).sort()) !== JSON.stringify(Object.keys(after.document.fields).sort());
      return { ok: true, before: before.document, after: after.document, fieldsDiffer };
    }
    const [, caseId, type] = source.split(':');
    const c = cases.find((x) => x.id === caseId);
    if (!c) return { ok: false, message: 'Velg et eksempel.' };
    const document = caseDocument(c, type as DocumentType);
    return { ok: true, before: document, after: document, fieldsDiffer: false };
  }, [source, pasted, cases, edited, active]);

  const results = useMemo(() => {
    if (!samples.ok || !edited) return null;
    const before = evaluate(active.compiled, samples.before, { today });
    const after = evaluate(edited.compiled, samples.after, { today });
    return { before, after, diff: diffFindings(before.findings, after.findings) };
  }, [samples, edited, active, today]);

  return (
    <div class="wb-preview">
      <div class="wb-toolbar">
        <label>
          Eksempeldokument{' '}
          <select value={source} onChange={(e) => setSource((e.target as HTMLSelectElement).value)} data-testid="preview-source">
            {cases.map((c) => (
              <optgroup key={c.id} label={`${childName(c)} (fiktiv sak)`}>
                {DOCUMENT_TYPES.map((t) => (
                  <option key={t} value={`case:${c.id}:${t}`}>
                    {TYPE_LABELS[t]} – {childName(c)}
                  </option>
                ))}
              </optgroup>
            ))}
            <option value="paste">Lim inn et dokument (JSON eller HTML) …</option>
          </select>
        </label>
        <span class="wb-muted">Sjekket per {today}</span>
      </div>
      {source === 'paste' && (
        <div class="wb-param">
          <label for="wb-paste">
            Lim inn et dokument. Det blir bare vist her og lagres ikke. Bruk helst fiktive eller anonymiserte dokumenter.
          </label>
          <textarea id="wb-paste" rows={8} value={pasted} spellcheck={false}
            onInput={(e) => setPasted((e.target as HTMLTextAreaElement).value)} />
        </div>
      )}
      {!samples.ok && <p class="wb-notice">{samples.message}</p>}
      {samples.ok && samples.fieldsDiffer && (
        <p class="wb-muted" data-testid="fields-differ">
          Feltnavnene (synonymene) i den redigerte pakken gjør at flere eller andre felt blir funnet i dokumentet.
        </p>
      )}
      {!edited && <p class="wb-notice">Den redigerte pakken har feil og kan ikke forhåndsvises. Se «Avansert (JSON)».</p>}
      {results && (
        <div aria-live="polite">
          <p class="wb-diff-summary" data-testid="diff-summary">
            <strong>{diffSummary(results.diff)}</strong> sammenlignet med pakken i bruk ({activeLabel}). Den redigerte pakken gir{' '}
            {results.after.findings.length} funn, pakken i bruk {results.before.findings.length}.
          </p>
          {results.after.failures.length > 0 && (
            <p class="wb-notice">
              {results.after.failures.length} regler kunne ikke kjøres: {results.after.failures.map((f) => `${f.ruleId} (${f.reason})`).join('; ')}
            </p>
          )}
          <h4>Nye funn ({results.diff.added.length})</h4>
          <FindingRows findings={results.diff.added} kind="added" />
          <h4>Forsvinner ({results.diff.removed.length})</h4>
          <FindingRows findings={results.diff.removed} kind="removed" />
          <details>
            <summary>Uendret ({results.diff.kept.length})</summary>
            <FindingRows findings={results.diff.kept} kind="kept" />
          </details>
        </div>
      )}
    </div>
  );
}
