import type * as z from 'zod/mini';

/**
 * Schema errors as Norwegian text with a JSON path (`rules[3].check.checks[1].minWords`), for pack authors:
 * zod/mini carries no messages of its own in the content script bundle.
 */
export interface PackError {
  /** Where in the pack: `rules[3].check.minWords`; `(rot)` for the pack itself. */
  path: string;
  message: string;
}

/** `['rules', 3, 'check']` → `rules[3].check`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][\w$]*$/u.test(name) ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`;
    }
  }
  return out || '(rot)';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst', number: 'et tall', boolean: 'true eller false', object: 'et objekt', array: 'en liste',
  record: 'et objekt', null: 'null', undefined: 'ingenting',
};

function typeName(value: unknown): string {
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return TYPE_NAMES[type] ?? type;
}

const listOr = (values: readonly unknown[]) =>
  values.map((v) => JSON.stringify(v)).join(', ').replace(/, ([^,]*)$/u, ' eller $1');

export function describeIssue(issue: z.core.$ZodIssue, checkTypes: readonly string[] = []): string {
  // A schema-provided message (our own regex hints) is already Norwegian.
  const own = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `mangler (skal være ${TYPE_NAMES[issue.expected] ?? issue.expected})`;
      return `skal være ${TYPE_NAMES[issue.expected] ?? issue.expected}, ikke ${typeName(issue.input)}`;
    case 'invalid_value':
      return `må være ${listOr(issue.values)}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'kan ikke være tom';
      return issue.origin === 'array' ? `må ha minst ${issue.minimum} element(er)` : `må være minst ${issue.minimum}`;
    case 'too_big':
      return `kan være høyst ${issue.maximum}`;
    case 'invalid_format':
      return own ?? (issue.format === 'regex' ? 'har feil format' : `er ikke en gyldig ${issue.format}`);
    case 'invalid_union':
      if (issue.path.at(-1) === 'type' && checkTypes.length) {
        return `ukjent kontrolltype ${JSON.stringify(issue.input)}; tillatt: ${checkTypes.join(', ')}`;
      }
      return 'passer ikke med noen av de tillatte formene (for eksempel et tall eller { "param": "navn" })';
    case 'unrecognized_keys':
      return `ukjente nøkler: ${issue.keys.join(', ')}`;
    default:
      return own ?? 'ugyldig verdi';
  }
}
