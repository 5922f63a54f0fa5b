import { useState } from 'preact/hooks';

/** Local edits of a document; `dirty` once anything changed since the last save. */
export function useDraft<T>(initial: T) {
  const [draft, setDraft] = useState(initial);
  const [base, setBase] = useState(initial);
  return {
    draft,
    dirty: draft !== base,
    update: (change: (current: T) => T) => setDraft((current) => change(current)),
    markSaved: () => setBase(draft),
    reset: () => setDraft(base),
  };
}
