import { useEffect, useRef, useState } from 'preact/hooks';
import { childName, findCase, loadCases, type Case } from '../cases';
import { DOCUMENT_HEADINGS } from '../cases/form-fields';
import type { DocumentType } from '../../rules/model/document';
import { AppHeader } from './components/AppHeader';
import { CaseList } from './components/CaseList';
import { Breadcrumb, CaseHeader, DocumentTabs } from './components/CaseHeader';
import { Toast } from './components/Toast';
import { CaseOverview } from './CaseOverview';
import { EvalueringForm } from './forms/EvalueringForm';
import { TiltaksplanForm } from './forms/TiltaksplanForm';
import { VedtakForm } from './forms/VedtakForm';
import { useRoute } from './router';
import { saveDocument, savedDocument } from './session-store';

const SYSTEM_TITLE = 'Fagsystem-demo — Fjordvik barneverntjeneste';

function useToast(): [string | null, (message: string) => void] {
  const [message, setMessage] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const show = (text: string) => {
    setMessage(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(null), 2500);
  };
  return [message, show];
}

export function App() {
  const route = useRoute();
  const cases = loadCases();
  const [toast, showToast] = useToast();
  const c = route.kind === 'sak' ? findCase(route.caseId) : undefined;

  useEffect(() => {
    document.title =
      route.kind === 'sak' && c
        ? `${DOCUMENT_HEADINGS[route.documentType]} – ${childName(c)} – Fagsystem-demo`
        : route.kind === 'oversikt'
          ? `Mine saker – ${SYSTEM_TITLE}`
          : `Fant ikke siden – ${SYSTEM_TITLE}`;
  }, [route, c]);

  return (
    <div class="app">
      <AppHeader />
      <div class="app-body">
        <CaseList cases={cases} activeCaseId={c?.id} activeDocument={route.kind === 'sak' ? route.documentType : undefined} />
        <main class="app-main" id="hovedinnhold">
          {route.kind === 'oversikt' && <CaseOverview cases={cases} />}
          {route.kind === 'sak' && c && (
            <CaseWorkspace c={c} documentType={route.documentType} onSaved={() => showToast('Lagret')} />
          )}
          {(route.kind === 'ukjent' || (route.kind === 'sak' && !c)) && (
            <div class="not-found">
              <h1>Fant ikke siden</h1>
              <p>
                Saken eller dokumentet finnes ikke. <a href="#/">Tilbake til Mine saker</a>
              </p>
            </div>
          )}
        </main>
      </div>
      <Toast message={toast} />
    </div>
  );
}

function CaseWorkspace({ c, documentType, onSaved }: { c: Case; documentType: DocumentType; onSaved: () => void }) {
  const key = `${c.id}/${documentType}`;
  const docs = {
    vedtak: savedDocument(c.id, 'vedtak') ?? c.dokumenter.vedtak,
    tiltaksplan: savedDocument(c.id, 'tiltaksplan') ?? c.dokumenter.tiltaksplan,
    evaluering: savedDocument(c.id, 'evaluering') ?? c.dokumenter.evaluering,
  };
  return (
    <>
      <Breadcrumb c={c} documentType={documentType} />
      <CaseHeader c={c} />
      <DocumentTabs c={c} active={documentType} />
      <div class="doc-panel">
        {documentType === 'vedtak' && (
          <VedtakForm key={key} c={c} initial={docs.vedtak} onSave={(d) => (saveDocument(c.id, 'vedtak', d), onSaved())} />
        )}
        {documentType === 'tiltaksplan' && (
          <TiltaksplanForm
            key={key}
            c={c}
            initial={docs.tiltaksplan}
            onSave={(d) => (saveDocument(c.id, 'tiltaksplan', d), onSaved())}
          />
        )}
        {documentType === 'evaluering' && (
          <EvalueringForm
            key={key}
            c={c}
            plan={docs.tiltaksplan}
            initial={docs.evaluering}
            onSave={(d) => (saveDocument(c.id, 'evaluering', d), onSaved())}
          />
        )}
      </div>
    </>
  );
}
