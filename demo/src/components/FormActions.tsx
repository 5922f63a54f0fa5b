interface FormActionsProps {
  dirty: boolean;
  onSave: () => void;
  onReset: () => void;
}

export function FormActions({ dirty, onSave, onReset }: FormActionsProps) {
  return (
    <div class="form-actions">
      <span class="form-state">{dirty ? 'Ulagrede endringer' : ''}</span>
      <button type="button" class="button-secondary" onClick={onReset} disabled={!dirty}>
        Angre endringer
      </button>
      <button type="submit" class="button-primary" onClick={(e) => { e.preventDefault(); onSave(); }}>
        Lagre
      </button>
    </div>
  );
}
