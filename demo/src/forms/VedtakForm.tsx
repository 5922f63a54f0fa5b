import { childName } from '../../cases/case-document';
import type { Case } from '../../cases/schema';
import { DOCUMENT_HEADINGS, VEDTAK_FIELDS as F } from '../../cases/form-fields';
import type { Vedtak } from '../../cases/schema';
import { CheckboxField, DateField, TextField } from '../components/TextField';
import { RichTextField } from '../components/RichTextField';
import { DocumentForm, FormSection } from './DocumentForm';
import { useDraft } from './use-draft';

type VedtakFields = Vedtak['fields'];

interface VedtakFormProps {
  c: Case;
  initial: Vedtak;
  onSave: (document: Vedtak) => void;
}

export function VedtakForm({ c, initial, onSave }: VedtakFormProps) {
  const { draft, dirty, update, markSaved, reset } = useDraft(initial);
  const v = draft.fields;
  const set =
    <K extends keyof VedtakFields>(key: K) =>
    (value: VedtakFields[K]) =>
      update((d) => ({ ...d, fields: { ...d.fields, [key]: value } }));

  return (
    <DocumentForm
      id="vedtak-skjema"
      heading={DOCUMENT_HEADINGS.vedtak}
      subtitle={v.vedtaksdato ? `Vedtaksdato ${v.vedtaksdato}` : 'Utkast'}
      dirty={dirty}
      onSave={() => {
        onSave(draft);
        markSaved();
      }}
      onReset={reset}
    >
      <FormSection title="Barnet">
        <TextField field={F.barnetsNavn} value={childName(c)} readOnly />
        <DateField field={F.fodselsdato} value={c.barn.fodselsdato} readOnly />
      </FormSection>
      <FormSection title="Saksgang">
        <DateField field={F.meldingMottatt} value={v.meldingMottatt} onChange={set('meldingMottatt')} />
        <DateField field={F.undersokelseAvsluttet} value={v.undersokelseAvsluttet} onChange={set('undersokelseAvsluttet')} />
        <DateField field={F.vedtaksdato} value={v.vedtaksdato} onChange={set('vedtaksdato')} />
        <TextField field={F.hjemmel} value={v.hjemmel} onChange={set('hjemmel')} />
      </FormSection>
      <FormSection title="Opplysninger i saken">
        <TextField field={F.bakgrunn} value={v.bakgrunn} onChange={set('bakgrunn')} multiline />
        <TextField field={F.barnetsSynspunkter} value={v.barnetsSynspunkter} onChange={set('barnetsSynspunkter')} multiline />
        <TextField
          field={F.foreldrenesSynspunkter}
          value={v.foreldrenesSynspunkter}
          onChange={set('foreldrenesSynspunkter')}
          multiline
        />
      </FormSection>
      <FormSection title="Vurdering">
        <RichTextField field={F.vurdering} value={v.vurdering} onChange={set('vurdering')} />
        <TextField field={F.barnetsBeste} value={v.barnetsBeste} onChange={set('barnetsBeste')} multiline />
      </FormSection>
      <FormSection title="Vedtak">
        <TextField field={F.vedtak} value={v.vedtak} onChange={set('vedtak')} multiline />
        <CheckboxField field={F.avslutterTiltak} checked={v.avslutterTiltak} onChange={set('avslutterTiltak')} />
        <TextField field={F.mal} value={v.mal} onChange={set('mal')} multiline />
        <TextField field={F.varighetEvaluering} value={v.varighetEvaluering} onChange={set('varighetEvaluering')} multiline />
        <TextField field={F.klageadgang} value={v.klageadgang} onChange={set('klageadgang')} multiline />
      </FormSection>
    </DocumentForm>
  );
}
