import type { ComponentChildren } from 'preact';
import { FormActions } from '../components/FormActions';

interface DocumentFormProps {
  id: string;
  heading: string;
  subtitle: string;
  dirty: boolean;
  onSave: () => void;
  onReset: () => void;
  children: ComponentChildren;
}

/** The frame every document form shares: heading, sections and the save bar. */
export function DocumentForm({ id, heading, subtitle, dirty, onSave, onReset, children }: DocumentFormProps) {
  return (
    <form
      class="doc-form"
      id={id}
      aria-labelledby="dokument-tittel"
      autoComplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <div class="doc-title-row">
        <h1 id="dokument-tittel">{heading}</h1>
        <span class="doc-subtitle">{subtitle}</span>
      </div>
      {children}
      <FormActions dirty={dirty} onSave={onSave} onReset={onReset} />
    </form>
  );
}

export function FormSection({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="form-section">
      <h2>{title}</h2>
      <div class="field-grid">{children}</div>
    </section>
  );
}
