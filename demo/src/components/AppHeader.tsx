export function AppHeader() {
  return (
    <header class="app-header">
      <div class="app-brand">
        <span class="app-logo" aria-hidden="true">
          FB
        </span>
        <span class="app-name">Fagsystem-demo — Fjordvik barneverntjeneste</span>
      </div>
      <nav class="app-menu" aria-label="Hovedmeny">
        <a href="#/">Mine saker</a>
        <span class="app-menu-item-disabled">Oppgaver</span>
        <span class="app-menu-item-disabled">Rapporter</span>
      </nav>
      <div class="app-user">
        <span class="demo-badge" title="Alle personer og saker er oppdiktet. Ingenting lagres.">Fiktive data</span>
        <span>Ingrid Marheim · Saksbehandler</span>
      </div>
    </header>
  );
}
