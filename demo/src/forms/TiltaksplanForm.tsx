import { childName } from '../../cases/case-document';
import type { Case } from '../../cases/schema';
import { DELMAL_COLUMNS as COL, DOCUMENT_HEADINGS, TILTAKSPLAN_FIELDS as F } from '../../cases/form-fields';
import type { PlanDelmal, PlanTiltak, Tiltaksplan } from '../../cases/schema';
import { DateField, TextField, rowsFor } from '../components/TextField';
import { RichTextField } from '../components/RichTextField';
import { DocumentForm, FormSection } from './DocumentForm';
import { useDraft } from './use-draft';

// Rows carry a key so that removing a row keeps the other rows' DOM (and focus) in place.
interface KeyedTiltak extends PlanTiltak {
  key: number;
}
interface KeyedDelmal extends Omit<PlanDelmal, 'tiltak'> {
  key: number;
  tiltak: KeyedTiltak[];
}
interface PlanDraft extends Omit<Tiltaksplan, 'delmal'> {
  delmal: KeyedDelmal[];
}

let nextKey = 1;
const emptyTiltak = (): KeyedTiltak => ({ key: nextKey++, tiltak: '', ansvarlig: '', omfang: '' });

function withKeys(plan: Tiltaksplan): PlanDraft {
  return {
    ...plan,
    delmal: plan.delmal.map((d) => ({ ...d, key: nextKey++, tiltak: d.tiltak.map((t) => ({ ...t, key: nextKey++ })) })),
  };
}

function withoutKeys(plan: PlanDraft): Tiltaksplan {
  return {
    ...plan,
    delmal: plan.delmal.map(({ key: _k, tiltak, ...d }) => ({ ...d, tiltak: tiltak.map(({ key: _t, ...t }) => t) })),
  };
}

interface TiltaksplanFormProps {
  c: Case;
  initial: Tiltaksplan;
  onSave: (document: Tiltaksplan) => void;
}

export function TiltaksplanForm({ c, initial, onSave }: TiltaksplanFormProps) {
  const { draft, dirty, update, markSaved, reset } = useDraft<PlanDraft>(withKeys(initial));
  const p = draft.fields;
  type PlanFields = Tiltaksplan['fields'];
  const set =
    <K extends keyof PlanFields>(key: K) =>
    (value: string) =>
      update((d) => ({ ...d, fields: { ...d.fields, [key]: value } }));

  const setDelmal = (i: number, change: (d: KeyedDelmal) => KeyedDelmal) =>
    update((d) => ({ ...d, delmal: d.delmal.map((row, idx) => (idx === i ? change(row) : row)) }));
  const setTiltak = (i: number, j: number, key: keyof PlanTiltak, value: string) =>
    setDelmal(i, (d) => ({ ...d, tiltak: d.tiltak.map((t, idx) => (idx === j ? { ...t, [key]: value } : t)) }));
  const addDelmal = () =>
    update((d) => ({ ...d, delmal: [...d.delmal, { key: nextKey++, delmal: '', indikatorer: '', tiltak: [emptyTiltak()] }] }));
  const removeDelmal = (i: number) => update((d) => ({ ...d, delmal: d.delmal.filter((_, idx) => idx !== i) }));
  const addTiltak = (i: number) => setDelmal(i, (d) => ({ ...d, tiltak: [...d.tiltak, emptyTiltak()] }));
  const removeTiltak = (i: number, j: number) =>
    setDelmal(i, (d) => ({ ...d, tiltak: d.tiltak.filter((_, idx) => idx !== j) }));

  return (
    <DocumentForm
      id="tiltaksplan-skjema"
      heading={DOCUMENT_HEADINGS.tiltaksplan}
      subtitle={`Plan nr. ${p.planNummer || '–'} · ${p.planperiodeFra || '–'}–${p.planperiodeTil || '–'}`}
      dirty={dirty}
      onSave={() => {
        onSave(withoutKeys(draft));
        markSaved();
      }}
      onReset={reset}
    >
      <FormSection title="Barnet">
        <TextField field={F.barnetsNavn} value={childName(c)} readOnly />
        <DateField field={F.fodselsdato} value={c.barn.fodselsdato} readOnly />
      </FormSection>
      <FormSection title="Plan">
        <TextField field={F.planNummer} value={p.planNummer} onChange={set('planNummer')} />
        <DateField field={F.planperiodeFra} value={p.planperiodeFra} onChange={set('planperiodeFra')} />
        <DateField field={F.planperiodeTil} value={p.planperiodeTil} onChange={set('planperiodeTil')} />
        <DateField field={F.forrigeEvaluering} value={p.forrigeEvaluering ?? ''} onChange={set('forrigeEvaluering')} />
        <DateField field={F.nesteEvaluering} value={p.nesteEvaluering} onChange={set('nesteEvaluering')} />
      </FormSection>
      <FormSection title="Barnets situasjon">
        <RichTextField field={F.situasjonsbeskrivelse} value={p.situasjonsbeskrivelse} onChange={set('situasjonsbeskrivelse')} />
        <TextField field={F.barnetsSynspunkter} value={p.barnetsSynspunkter} onChange={set('barnetsSynspunkter')} multiline />
      </FormSection>
      <FormSection title="Mål">
        <TextField field={F.hovedmal} value={p.hovedmal} onChange={set('hovedmal')} multiline />
      </FormSection>

      <section class="form-section">
        <h2 id="tiltaksplan-delmal-overskrift">Delmål og tiltak</h2>
        <table class="grid delmal-table" id="tiltaksplan-delmal" aria-labelledby="tiltaksplan-delmal-overskrift">
          <thead>
            <tr>
              <th scope="col" class="col-delmal">{COL.delmal}</th>
              <th scope="col" class="col-indikatorer">{COL.indikatorer}</th>
              <th scope="col" class="col-tiltak">{COL.tiltak}</th>
              <th scope="col" class="col-ansvarlig">{COL.ansvarlig}</th>
              <th scope="col" class="col-omfang">{COL.omfang}</th>
              <th scope="col" class="col-handling">
                <span class="sr-only">Handlinger</span>
              </th>
            </tr>
          </thead>
          {draft.delmal.map((d, i) => (
            <DelmalRows
              key={d.key}
              index={i}
              delmal={d}
              onDelmal={(value) => setDelmal(i, (row) => ({ ...row, delmal: value }))}
              onIndikatorer={(value) => setDelmal(i, (row) => ({ ...row, indikatorer: value }))}
              onTiltak={(j, key, value) => setTiltak(i, j, key, value)}
              onAddTiltak={() => addTiltak(i)}
              onRemoveTiltak={(j) => removeTiltak(i, j)}
              onRemove={() => removeDelmal(i)}
            />
          ))}
        </table>
        {draft.delmal.length === 0 && <p class="table-empty">Planen har ingen delmål.</p>}
        <div class="table-actions">
          <button type="button" class="button-secondary" onClick={addDelmal}>
            + Legg til delmål
          </button>
        </div>
      </section>
    </DocumentForm>
  );
}

interface DelmalRowsProps {
  index: number;
  delmal: KeyedDelmal;
  onDelmal: (value: string) => void;
  onIndikatorer: (value: string) => void;
  onTiltak: (j: number, key: keyof PlanTiltak, value: string) => void;
  onAddTiltak: () => void;
  onRemoveTiltak: (j: number) => void;
  onRemove: () => void;
}

/**
 * One delmål is one <tbody>: its first row holds the delmål and indikatorer cells and the first
 * tiltak; each further tiltak is a continuation row whose delmål and indikatorer cells are empty.
 */
function DelmalRows({ index, delmal, onDelmal, onIndikatorer, onTiltak, onAddTiltak, onRemoveTiltak, onRemove }: DelmalRowsProps) {
  const n = index + 1;
  const base = `tiltaksplan-delmal-${index}`;
  const rows: (KeyedTiltak | undefined)[] = delmal.tiltak.length > 0 ? delmal.tiltak : [undefined];
  const area = (id: string, name: string, label: string, value: string, onInput: (v: string) => void) => (
    <>
      <label for={id} class="sr-only">
        {label}
      </label>
      <textarea id={id} name={name} value={value} rows={rowsFor(value, 2, 8)} onInput={(e) => onInput(e.currentTarget.value)} />
    </>
  );

  return (
    <tbody class="delmal-group">
      {rows.map((t, j) => {
        const tBase = `${base}-tiltak-${j}`;
        const tName = `delmal[${index}].tiltak[${j}]`;
        return (
          <tr key={t?.key ?? 'tom'} class={j === 0 ? 'delmal-first-row' : 'delmal-continuation-row'}>
            <td class="col-delmal">
              {j === 0 && (
                <>
                  <span class="delmal-number" aria-hidden="true">
                    {n}.
                  </span>
                  {area(base, `delmal[${index}].tekst`, `Delmål ${n}`, delmal.delmal, onDelmal)}
                  <div class="row-actions">
                    <button type="button" class="link-button" onClick={onAddTiltak}>
                      + Legg til tiltak
                    </button>
                    <button type="button" class="link-button danger" onClick={onRemove}>
                      Fjern delmål
                    </button>
                  </div>
                </>
              )}
            </td>
            <td class="col-indikatorer">
              {j === 0 &&
                area(`${base}-indikatorer`, `delmal[${index}].indikatorer`, `Indikatorer for delmål ${n}`, delmal.indikatorer, onIndikatorer)}
            </td>
            {t ? (
              <>
                <td class="col-tiltak">
                  {area(tBase, `${tName}.beskrivelse`, `Tiltak ${j + 1} for delmål ${n}`, t.tiltak, (v) => onTiltak(j, 'tiltak', v))}
                </td>
                <td class="col-ansvarlig">
                  {area(`${tBase}-ansvarlig`, `${tName}.ansvarlig`, `Ansvarlig for tiltak ${j + 1}, delmål ${n}`, t.ansvarlig, (v) =>
                    onTiltak(j, 'ansvarlig', v),
                  )}
                </td>
                <td class="col-omfang">
                  {area(`${tBase}-omfang`, `${tName}.omfang`, `Omfang for tiltak ${j + 1}, delmål ${n}`, t.omfang, (v) =>
                    onTiltak(j, 'omfang', v),
                  )}
                </td>
                <td class="col-handling">
                  <button type="button" class="link-button danger" onClick={() => onRemoveTiltak(j)} title={`Fjern tiltak ${j + 1} for delmål ${n}`}>
                    Fjern
                  </button>
                </td>
              </>
            ) : (
              <>
                <td class="col-tiltak" />
                <td class="col-ansvarlig" />
                <td class="col-omfang" />
                <td class="col-handling" />
              </>
            )}
          </tr>
        );
      })}
    </tbody>
  );
}
