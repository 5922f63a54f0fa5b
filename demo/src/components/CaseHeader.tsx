import { childName, type Case } from '../../cases';
import { DOCUMENT_HEADINGS, DOCUMENT_TABS } from '../../cases/form-fields';
import { DOCUMENT_TYPES, type DocumentType } from '../../../rules/model/document';
import { ageInYears } from '../dates';
import { caseHref } from '../router';

export function Breadcrumb({ c, documentType }: { c: Case; documentType: DocumentType }) {
  return (
    <nav class="breadcrumb" aria-label="Brødsmulesti">
      <ol>
        <li>
          <a href="#/">Mine saker</a>
        </li>
        <li>
          <a href={caseHref(c.id)}>
            {childName(c)} (sak {c.saksnummer})
          </a>
        </li>
        <li aria-current="page">{DOCUMENT_HEADINGS[documentType]}</li>
      </ol>
    </nav>
  );
}

export function CaseHeader({ c }: { c: Case }) {
  return (
    <div class="case-header">
      <div class="case-header-name">{childName(c)}</div>
      <dl class="case-header-facts">
        <div>
          <dt>Født</dt>
          <dd>
            {c.barn.fodselsdato} ({ageInYears(c.barn.fodselsdato)} år)
          </dd>
        </div>
        <div>
          <dt>Saksnr.</dt>
          <dd>{c.saksnummer}</dd>
        </div>
        <div>
          <dt>Saksbehandler</dt>
          <dd>{c.saksbehandler}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <span class={`status status-${c.status}`}>{c.status === 'aktiv' ? 'Aktiv' : 'Avsluttet'}</span>
          </dd>
        </div>
      </dl>
    </div>
  );
}

export function DocumentTabs({ c, active }: { c: Case; active: DocumentType }) {
  return (
    <nav class="doc-tabs" aria-label="Dokumenter i saken">
      {DOCUMENT_TYPES.map((type) => (
        <a
          key={type}
          href={caseHref(c.id, type)}
          class={type === active ? 'active' : ''}
          aria-current={type === active ? 'page' : undefined}
        >
          {DOCUMENT_TABS[type]}
        </a>
      ))}
    </nav>
  );
}
