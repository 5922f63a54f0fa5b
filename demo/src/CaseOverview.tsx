import { childName, type Case } from '../cases';
import { ageInYears } from './dates';
import { caseHref } from './router';

export function CaseOverview({ cases }: { cases: Case[] }) {
  return (
    <div class="overview">
      <h1>Mine saker</h1>
      <p class="overview-intro">
        Saker med hjelpetiltak der du er saksbehandler. Alle personer og saker i denne demoen er oppdiktet.
      </p>
      <table class="grid overview-table">
        <thead>
          <tr>
            <th scope="col">Barn</th>
            <th scope="col">Født</th>
            <th scope="col">Alder</th>
            <th scope="col">Saksnr.</th>
            <th scope="col">Tiltaksplan</th>
            <th scope="col">Neste evaluering</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => {
            const plan = c.dokumenter.tiltaksplan.fields;
            return (
              <tr key={c.id}>
                <td>
                  <a href={caseHref(c.id)}>{childName(c)}</a>
                </td>
                <td>{c.barn.fodselsdato}</td>
                <td>{ageInYears(c.barn.fodselsdato)} år</td>
                <td>{c.saksnummer}</td>
                <td>
                  <a href={caseHref(c.id, 'tiltaksplan')}>
                    {plan.planperiodeFra || '–'}–{plan.planperiodeTil || '–'}
                  </a>
                </td>
                <td>{plan.nesteEvaluering || '–'}</td>
                <td>
                  <span class={`status status-${c.status}`}>{c.status === 'aktiv' ? 'Aktiv' : 'Avsluttet'}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
