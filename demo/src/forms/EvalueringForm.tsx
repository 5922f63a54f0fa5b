import { childName } from '../../cases/case-document';
import type { Case } from '../../cases/schema';
import {
  BESLUTNING_COLUMNS as COL,
  BESLUTNING_LABELS,
  DOCUMENT_HEADINGS,
  EVALUERING_DELMAL_LABELS,
  EVALUERING_FIELDS as F,
} from '../../cases/form-fields';
import { BESLUTNINGER, type Beslutning, type Evaluering, type Tiltaksplan } from '../../cases/schema';
import { DateField, TextField, rowsFor } from '../components/TextField';
import { DocumentForm, FormSection } from './DocumentForm';
import { useDraft } from './use-draft';

interface EvalueringFormProps {
  c: Case;
  plan: Tiltaksplan;
  initial: Evaluering;
  onSave: (document: Evaluering) => void;
}

export function EvalueringForm({ c, plan, initial, onSave }: EvalueringFormProps) {
  const { draft, dirty, update, markSaved, reset } = useDraft(initial);
  const e = draft.fields;
  type EvalFields = Evaluering['fields'];
  const set =
    <K extends keyof EvalFields>(key: K) =>
    (value: string) =>
      update((d) => ({ ...d, fields: { ...d.fields, [key]: value } }));
  const setDelmal = (i: number, value: string) =>
    update((d) => ({ ...d, delmal: d.delmal.map((row, idx) => (idx === i ? { ...row, evaluering: value } : row)) }));
  const setTiltak = (i: number, change: Partial<Evaluering['tiltak'][number]>) =>
    update((d) => ({ ...d, tiltak: d.tiltak.map((row, idx) => (idx === i ? { ...row, ...change } : row)) }));

  return (
    <DocumentForm
      id="evaluering-skjema"
      heading={DOCUMENT_HEADINGS.evaluering}
      subtitle={`Tiltaksplan nr. ${plan.fields.planNummer || '–'}${e.evalueringsdato ? ` · evaluert ${e.evalueringsdato}` : ''}`}
      dirty={dirty}
      onSave={() => {
        onSave(draft);
        markSaved();
      }}
      onReset={reset}
    >
      <FormSection title="Barnet og planen">
        <TextField field={F.barnetsNavn} value={childName(c)} readOnly />
        <DateField field={F.fodselsdato} value={c.barn.fodselsdato} readOnly />
        <DateField field={F.planperiodeFra} value={plan.fields.planperiodeFra} readOnly />
        <DateField field={F.planperiodeTil} value={plan.fields.planperiodeTil} readOnly />
        <DateField field={F.evalueringsdato} value={e.evalueringsdato} onChange={set('evalueringsdato')} />
        <DateField field={F.forrigeEvaluering} value={e.forrigeEvaluering ?? ''} onChange={set('forrigeEvaluering')} />
      </FormSection>

      <section class="form-section">
        <h2>Evaluering av delmål</h2>
        {draft.delmal.length === 0 && <p class="table-empty">Ingen delmål å evaluere.</p>}
        {draft.delmal.map((d, i) => {
          const base = `evaluering-delmal-${i}`;
          return (
            <fieldset class="delmal-fieldset" id={base} key={i}>
              <legend>Delmål {i + 1}</legend>
              <div class="field field-wide">
                <label for={`${base}-tekst`}>{EVALUERING_DELMAL_LABELS.delmal}</label>
                <textarea id={`${base}-tekst`} name={`delmal[${i}].tekst`} value={d.delmal} rows={rowsFor(d.delmal, 1, 6)} readOnly />
              </div>
              <div class="field field-wide">
                <label for={`${base}-maloppnaelse`}>{EVALUERING_DELMAL_LABELS.evaluering}</label>
                <textarea
                  id={`${base}-maloppnaelse`}
                  name={`delmal[${i}].maaloppnaaelse`}
                  value={d.evaluering}
                  rows={rowsFor(d.evaluering)}
                  onInput={(ev) => setDelmal(i, ev.currentTarget.value)}
                />
              </div>
            </fieldset>
          );
        })}
      </section>

      <FormSection title="Barnets medvirkning">
        <TextField field={F.barnetsSynspunkter} value={e.barnetsSynspunkter} onChange={set('barnetsSynspunkter')} multiline />
      </FormSection>

      <section class="form-section">
        <h2 id="evaluering-tiltak-overskrift">Beslutning per tiltak</h2>
        <table class="grid beslutning-table" id="evaluering-tiltak" aria-labelledby="evaluering-tiltak-overskrift">
          <thead>
            <tr>
              <th scope="col" class="col-tiltak">{COL.tiltak}</th>
              <th scope="col" class="col-beslutning">{COL.beslutning}</th>
              <th scope="col" class="col-begrunnelse">{COL.begrunnelse}</th>
            </tr>
          </thead>
          <tbody>
            {draft.tiltak.map((t, i) => {
              const base = `evaluering-tiltak-${i}`;
              return (
                <tr key={i}>
                  <td class="col-tiltak">{t.tiltak}</td>
                  <td class="col-beslutning">
                    <label for={`${base}-beslutning`} class="sr-only">
                      Beslutning for tiltak {i + 1}
                    </label>
                    <select
                      id={`${base}-beslutning`}
                      name={`tiltak[${i}].beslutning`}
                      value={t.beslutning}
                      onChange={(ev) => setTiltak(i, { beslutning: ev.currentTarget.value as Beslutning })}
                    >
                      {BESLUTNINGER.map((b) => (
                        <option key={b} value={b}>
                          {BESLUTNING_LABELS[b]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td class="col-begrunnelse">
                    <label for={`${base}-begrunnelse`} class="sr-only">
                      Begrunnelse for tiltak {i + 1}
                    </label>
                    <textarea
                      id={`${base}-begrunnelse`}
                      name={`tiltak[${i}].begrunnelse`}
                      value={t.begrunnelse}
                      rows={rowsFor(t.begrunnelse, 2, 8)}
                      onInput={(ev) => setTiltak(i, { begrunnelse: ev.currentTarget.value })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <FormSection title="Oppsummering">
        <TextField field={F.samletVurdering} value={e.samletVurdering} onChange={set('samletVurdering')} multiline />
        <DateField field={F.nesteEvaluering} value={e.nesteEvaluering} onChange={set('nesteEvaluering')} />
      </FormSection>
    </DocumentForm>
  );
}
