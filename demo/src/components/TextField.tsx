import type { FormField } from '../../cases/form-fields';

interface TextFieldProps {
  field: FormField;
  value: string;
  onChange?: (value: string) => void;
  multiline?: boolean;
  readOnly?: boolean;
  className?: string;
}

/** Rows enough to show most of the text, as the fagsystem's auto-growing textareas do. */
export function rowsFor(text: string, min = 3, max = 16): number {
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 105)), 0);
  return Math.min(max, Math.max(min, lines + 1));
}

export function TextField({ field, value, onChange, multiline, readOnly, className }: TextFieldProps) {
  const onInput = (e: Event) => onChange?.((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);
  return (
    <div class={`field ${multiline ? 'field-wide' : ''} ${className ?? ''}`}>
      <label for={field.id}>{field.label}</label>
      {multiline ? (
        <textarea id={field.id} name={field.htmlName} value={value} rows={rowsFor(value)} readOnly={readOnly} onInput={onInput} />
      ) : (
        <input id={field.id} name={field.htmlName} type="text" value={value} readOnly={readOnly} onInput={onInput} />
      )}
    </div>
  );
}

/** Dates are typed as text (dd.mm.åååå), as in the fagsystems the demo imitates. */
export function DateField({ field, value, onChange, readOnly }: Omit<TextFieldProps, 'multiline'>) {
  return (
    <div class="field field-date">
      <label for={field.id}>{field.label}</label>
      <input
        id={field.id}
        name={field.htmlName}
        type="text"
        inputMode="numeric"
        placeholder="dd.mm.åååå"
        maxLength={10}
        autoComplete="off"
        value={value}
        readOnly={readOnly}
        onInput={(e) => onChange?.(e.currentTarget.value)}
      />
    </div>
  );
}

export function CheckboxField({ field, checked, onChange }: { field: FormField; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div class="field field-checkbox">
      <input
        id={field.id}
        name={field.htmlName}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={field.id}>{field.label}</label>
    </div>
  );
}
