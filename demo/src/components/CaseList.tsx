import { useState } from 'preact/hooks';
import { childName, type Case } from '../../cases';
import type { DocumentType } from '../../../rules/model/document';
import { ageInYears } from '../dates';
import { caseHref } from '../router';

interface CaseListProps {
  cases: Case[];
  activeCaseId?: string;
  activeDocument?: DocumentType;
}

export function CaseList({ cases, activeCaseId, activeDocument }: CaseListProps) {
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const visible = cases.filter(
    (c) => !needle || childName(c).toLowerCase().includes(needle) || c.saksnummer.includes(needle),
  );
  return (
    <aside class="case-list" aria-label="Saksliste">
      <div class="case-list-head">
        <h2>Mine saker</h2>
        <span class="case-count">{cases.length}</span>
      </div>
      <div class="case-search">
        <label for="saksliste-sok" class="sr-only">
          Søk i saker
        </label>
        <input
          id="saksliste-sok"
          name="sok"
          type="search"
          placeholder="Søk på navn eller saksnr."
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <ul>
        {visible.map((c) => (
          <li key={c.id}>
            <a
              href={caseHref(c.id, c.id === activeCaseId ? activeDocument : 'vedtak')}
              class={c.id === activeCaseId ? 'active' : ''}
              aria-current={c.id === activeCaseId ? 'page' : undefined}
            >
              <span class="case-name">{childName(c)}</span>
              <span class="case-meta">
                {ageInYears(c.barn.fodselsdato)} år · Sak {c.saksnummer}
              </span>
            </a>
          </li>
        ))}
        {visible.length === 0 && <li class="case-empty">Ingen treff</li>}
      </ul>
    </aside>
  );
}
