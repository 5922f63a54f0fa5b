import type { PackError } from '@/rules/pack/validate';

/** Validation errors: where in the pack (path) and why, in Norwegian. */
export function ErrorList({ title, errors, id }: { title: string; errors: PackError[]; id?: string }) {
  if (errors.length === 0) return null;
  return (
    <div class="wb-errors" role="alert" id={id} data-testid="pack-errors">
      <p class="wb-errors__title">{title}</p>
      <ul>
        {errors.slice(0, 50).map((e, i) => (
          <li key={i} data-path={e.path}>
            <code class="wb-errors__path">{e.path || '(hele pakken)'}</code> {e.message}
          </li>
        ))}
      </ul>
      {errors.length > 50 && <p>… og {errors.length - 50} til.</p>}
    </div>
  );
}
