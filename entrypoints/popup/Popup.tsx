import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { loadCheckerPack } from '@/extension/checker-pack-channel';
import { loadPreferences, updatePreferences, type Preferences } from '@/extension/settings';
import { CONTENT_SCRIPT_FILE, isBuiltInOrigin, originPattern } from '@/extension/site-access';
import type { PageStatus } from '../content/checker';

interface TabInfo {
  id: number;
  origin: string | null;
}

async function activeTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id) return null;
  let origin: string | null = null;
  try {
    const url = new URL(tab.url ?? '');
    if (url.protocol === 'http:' || url.protocol === 'https:') origin = url.origin;
  } catch {
    origin = null;
  }
  return { id: tab.id, origin };
}

async function pageStatus(tabId: number): Promise<PageStatus | null> {
  try {
    return (await browser.tabs.sendMessage(tabId, { type: 'vedtakslos:page-status' })) as PageStatus;
  } catch {
    return null; // no checker on this page
  }
}

function siteEnabled(prefs: Preferences, origin: string): boolean {
  if (prefs.disabledOrigins.includes(origin)) return false;
  return isBuiltInOrigin(origin) || prefs.enabledOrigins.includes(origin);
}

export function Popup() {
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [packLabel, setPackLabel] = useState('');
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void (async () => {
      const t = await activeTab();
      setTab(t);
      setPrefs(await loadPreferences());
      // The pack the pages check with (managed, published or standard), as the background put it together.
      const active = await loadCheckerPack();
      if (active) setPackLabel(`${active.pack.metadata.name} ${active.pack.version}`);
      if (t) setStatus(await pageStatus(t.id));
    })();
  }, []);

  if (!prefs) return <main class="popup" aria-busy="true" />;
  const origin = tab?.origin ?? null;
  const enabled = origin ? siteEnabled(prefs, origin) : false;

  const toggleSite = async () => {
    if (!origin || !tab) return;
    if (enabled) {
      setPrefs(
        await updatePreferences({
          enabledOrigins: prefs.enabledOrigins.filter((o) => o !== origin),
          disabledOrigins: isBuiltInOrigin(origin) ? [...new Set([...prefs.disabledOrigins, origin])] : prefs.disabledOrigins,
        }),
      );
      setNotice('Sjekken er slått av. Last inn siden på nytt for å fjerne merkene.');
      return;
    }
    if (!isBuiltInOrigin(origin)) {
      const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
      if (!granted) return setNotice('Tilgang til nettstedet ble ikke gitt.');
    }
    setPrefs(
      await updatePreferences({
        enabledOrigins: isBuiltInOrigin(origin) ? prefs.enabledOrigins : [...new Set([...prefs.enabledOrigins, origin])],
        disabledOrigins: prefs.disabledOrigins.filter((o) => o !== origin),
      }),
    );
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] }).catch(() => {});
    setNotice('Sjekken er slått på for dette nettstedet.');
    setTimeout(async () => setStatus(await pageStatus(tab.id)), 600);
  };

  const toggleDiscreet = async () => setPrefs(await updatePreferences({ discreet: !prefs.discreet }));

  return (
    <main class="popup">
      <header class="popup__header">
        <h1>Vedtakslos</h1>
        <p class="popup__pack">Regelpakke: {packLabel || 'Nasjonal standardpakke'}</p>
      </header>

      <section class="popup__section" aria-labelledby="site-h">
        <h2 id="site-h">Dette nettstedet</h2>
        {origin ? (
          <>
            <p class="popup__origin">{origin}</p>
            <button type="button" class="popup__switch" role="switch" aria-checked={enabled} onClick={toggleSite}>
              <span class="popup__switch-track" aria-hidden="true" />
              {enabled ? 'Sjekken er på' : 'Sjekken er av'}
            </button>
          </>
        ) : (
          <p>Vedtakslos kan ikke brukes på denne siden.</p>
        )}
        {notice && (
          <p class="popup__notice" role="status">
            {notice}
          </p>
        )}
      </section>

      <section class="popup__section" aria-labelledby="page-h">
        <h2 id="page-h">Funn på siden</h2>
        {status?.documentType ? (
          <p data-total={status.total}>
            <strong>{status.total}</strong> funn i {documentName(status.documentType)}: {status.bySeverity.feil ?? 0} feil,{' '}
            {status.bySeverity.advarsel ?? 0} advarsler, {status.bySeverity['råd'] ?? 0} råd.
          </p>
        ) : (
          <p>Ingen vedtak, tiltaksplan eller evaluering er åpen her.</p>
        )}
      </section>

      <section class="popup__section">
        <button type="button" class="popup__switch" role="switch" aria-checked={prefs.discreet} onClick={toggleDiscreet}>
          <span class="popup__switch-track" aria-hidden="true" />
          Diskret modus
        </button>
        <p class="popup__hint">Skjuler tekstene i varslene, for eksempel når dere skriver sammen med familien.</p>
      </section>

      <nav class="popup__links">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Innstillinger og regelpakker
        </button>
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/training.html') })}>
          Øvingsmiljø
        </button>
      </nav>
    </main>
  );
}

function documentName(type: NonNullable<PageStatus['documentType']>): string {
  return { vedtak: 'vedtaket', tiltaksplan: 'tiltaksplanen', evaluering: 'evalueringen' }[type];
}
