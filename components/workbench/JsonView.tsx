import { useEffect, useRef, useState } from 'preact/hooks';
import type { Pack } from '@/rules/pack/schema';
import { parsePackJson, type PackError } from '@/rules/pack/validate';
import { activatePublishedPack } from '@/extension/active-pack';
import { ErrorList } from './ErrorList';

/** Checks pack JSON: syntax and schema, then that it resolves and compiles like the checker would. */
export function checkPackText(text: string): { ok: true; pack: Pack } | { ok: false; errors: PackError[] } {
  const parsed = parsePackJson(text);
  if (!parsed.ok) return parsed;
  const active = activatePublishedPack(parsed.pack);
  return active.ok ? { ok: true, pack: parsed.pack } : active;
}

/** The advanced view: the pack as JSON, validated as you type; «Bruk» takes it into the draft. */
export function JsonView({ pack, readOnly, onApply }: { pack: Pack; readOnly: boolean; onApply(pack: Pack): void }) {
  const [text, setText] = useState(() => JSON.stringify(pack, null, 2));
  const [result, setResult] = useState<ReturnType<typeof checkPackText>>({ ok: true, pack });
  const edited = useRef(false);
  useEffect(() => {
    if (!edited.current) {
      setText(JSON.stringify(pack, null, 2));
      setResult({ ok: true, pack });
    }
  }, [pack]);
  useEffect(() => {
    if (!edited.current) return;
    const t = setTimeout(() => setResult(checkPackText(text)), 200);
    return () => clearTimeout(t);
  }, [text]);
  return (
    <div class="wb-json">
      <p class="wb-muted">
        For de som vil se alt: hele regelpakken som JSON. Endringer kontrolleres mens du skriver, og tas først i bruk når du
        trykker «Bruk endringene» (og deretter lagrer en versjon).
      </p>
      <label for="wb-json-text" class="wb-sr-only">Regelpakken som JSON</label>
      <textarea id="wb-json-text" class="wb-json__text" spellcheck={false} readOnly={readOnly} value={text}
        aria-describedby="wb-json-status"
        onInput={(e) => {
          edited.current = true;
          setText((e.target as HTMLTextAreaElement).value);
        }} />
      <div id="wb-json-status" aria-live="polite">
        {result.ok ? (
          <p class="wb-ok" data-testid="json-valid">Gyldig regelpakke.</p>
        ) : (
          <ErrorList title={`Regelpakken har ${result.errors.length} feil:`} errors={result.errors} />
        )}
      </div>
      {!readOnly && (
        <div class="wb-actions">
          <button type="button" class="wb-btn" disabled={!result.ok || !edited.current}
            onClick={() => {
              if (!result.ok) return;
              edited.current = false;
              onApply(result.pack);
            }}>
            Bruk endringene
          </button>
          <button type="button" class="wb-btn wb-btn--quiet" disabled={!edited.current}
            onClick={() => {
              edited.current = false;
              setText(JSON.stringify(pack, null, 2));
              setResult({ ok: true, pack });
            }}>
            Forkast
          </button>
        </div>
      )}
    </div>
  );
}
