import { useRef, useState } from 'preact/hooks';
import { downloadText } from '../workbench/download';
import { exportScenarioFile, parseScenarioJson, type ScenarioError } from './scenario-import';
import type { Scenario } from './scenario-schema';
import { DOCUMENT_GROUP_NAMES } from './training-labels';

interface ScenarioLibraryProps {
  builtIn: readonly Scenario[];
  imported: readonly Scenario[];
  selectedId: string;
  onSelect(id: string): void;
  /** Adds validated scenarios for this session; returns the ids it could not take (taken by a built-in one). */
  onImport(scenarios: Scenario[]): string[];
}

const TYPES = ['vedtak', 'tiltaksplan', 'evaluering'] as const;

/** The scenario list by document type, and the trainer's import and export. */
export function ScenarioLibrary({ builtIn, imported, selectedId, onSelect, onImport }: ScenarioLibraryProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<{ file: string; list: ScenarioError[] } | null>(null);
  const [notice, setNotice] = useState('');
  const all = [...builtIn, ...imported];
  const selected = all.find((s) => s.id === selectedId);

  const importFile = async (file: File) => {
    setErrors(null);
    setNotice('');
    const parsed = parseScenarioJson(await file.text());
    if (!parsed.ok) return setErrors({ file: file.name, list: parsed.errors });
    const refused = onImport(parsed.scenarios);
    if (refused.length) {
      setErrors({
        file: file.name,
        list: refused.map((id) => ({ path: 'id', message: `${JSON.stringify(id)} finnes allerede i det innebygde biblioteket; gi scenariet en ny id` })),
      });
    }
    const taken = parsed.scenarios.length - refused.length;
    if (taken) setNotice(`${taken} scenario${taken === 1 ? '' : 'er'} lagt til for denne økten.`);
  };

  const list = (scenarios: readonly Scenario[]) => (
    <ul class="tr-scenarios">
      {scenarios.map((s) => (
        <li key={s.id}>
          <button
            type="button"
            class="tr-scenario"
            data-scenario-id={s.id}
            aria-current={s.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(s.id)}
          >
            <span class="tr-scenario__title" lang={s.language}>
              {s.title}
            </span>
            {s.language === 'nn' && <span class="tr-badge tr-badge--nn">Nynorsk</span>}
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    <nav class="tr-library" aria-label="Scenarier">
      <h1>Øvingsmiljø</h1>
      <p class="tr-library__intro">
        Fiktive saker med en mangelfull og en forbedret versjon. Ingenting du skriver, lagres eller sendes noe sted.
      </p>
      {TYPES.map((type) => {
        const group = builtIn.filter((s) => s.documentType === type);
        return (
          group.length > 0 && (
            <section key={type}>
              <h3>{DOCUMENT_GROUP_NAMES[type]}</h3>
              {list(group)}
            </section>
          )
        );
      })}
      {imported.length > 0 && (
        <section>
          <h3>Egne scenarier (denne økten)</h3>
          {list(imported)}
        </section>
      )}

      <div class="tr-tools">
        <h3>For trenere</h3>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
        <button type="button" class="tr-btn" data-action="importer" onClick={() => fileInput.current?.click()}>
          Importer scenarier …
        </button>
        <button
          type="button"
          class="tr-btn"
          data-action="eksporter-valgt"
          disabled={!selected}
          onClick={() => selected && downloadText(`ovingsscenario-${selected.id}.json`, exportScenarioFile([selected]))}
        >
          Eksporter valgt scenario
        </button>
        <button type="button" class="tr-btn" data-action="eksporter-alle" onClick={() => downloadText('ovingsscenarier.json', exportScenarioFile(all))}>
          Eksporter alle
        </button>
        {notice && (
          <p class="tr-notice" role="status">
            {notice}
          </p>
        )}
        {errors && (
          <div role="alert" data-import-errors>
            <p>Kunne ikke importere {errors.file}:</p>
            <ul class="tr-errors">
              {errors.list.map((e, i) => (
                <li key={i}>
                  <span class="tr-code">{e.path}</span>: {e.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </nav>
  );
}
