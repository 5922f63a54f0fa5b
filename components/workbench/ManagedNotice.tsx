import type { ManagedPolicy } from '@/extension/managed-policy';
import { ErrorList } from './ErrorList';

/** Shown when an administrator manages the extension through enterprise policy. */
export function ManagedNotice({ managed }: { managed: ManagedPolicy }) {
  return (
    <section class="wb-managed" role="note" aria-labelledby="wb-managed-h" data-testid="managed-notice">
      <h2 id="wb-managed-h">Innstillingene styres av kommunen</h2>
      <ul>
        {managed.pack ? (
          <li>
            Regelpakken «{managed.pack.metadata.name}» {managed.pack.version} er bestemt av administrator
            {managed.packSource === 'url' && managed.packUrl ? <> og hentet fra <code>{managed.packUrl}</code></> : ''}
            {managed.packSource === 'cache' ? ' (siste godkjente kopi; adressen kunne ikke nås nå)' : ''}. Den kan ikke endres eller
            erstattes her. Du kan fortsatt prøve ut endringer i en lokal pakke, men ikke publisere dem.
          </li>
        ) : managed.packUrl ? (
          <li>Administrator har satt en adresse for regelpakken (<code>{managed.packUrl}</code>), men den kunne ikke brukes.</li>
        ) : null}
        {managed.fagsystemOrigins.length > 0 && (
          <li>Vedtakslos er slått på for: {managed.fagsystemOrigins.join(', ')}.</li>
        )}
        {managed.adapters && <li>Tilpasninger i bruk: {managed.adapters.join(', ') || 'bare den generelle'}.</li>}
      </ul>
      <ErrorList title="Den administrerte regelpakken ble avvist:" errors={managed.packErrors} />
    </section>
  );
}
