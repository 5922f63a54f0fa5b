import type { DocumentType } from '../model/document';
import { FIELDS, ROWS, type RowSpec } from '../model/fields';
import type { Check, Condition, Rule } from '../pack/schema';
import type { RuleConfigProblem } from './config-check';

/**
 * Field and group names in a rule that no document type it applies to has (model/fields.ts): almost always
 * a typo, which would otherwise make a `present` check fire forever or a `forEach` never run. Reported as
 * warnings by pack validation; the engine still runs such a rule (an adapter may supply extra fields).
 */
interface ScopeNames {
  fields: Set<string>;
  rows: RowSpec[];
}

function documentNames(type: DocumentType): ScopeNames {
  return { fields: new Set(FIELDS[type].map((f) => f.name)), rows: ROWS[type] };
}

function enter(scope: ScopeNames, path: string): ScopeNames | null {
  let rows = scope.rows;
  let spec: RowSpec | undefined;
  for (const name of path.split('.')) {
    spec = rows.find((r) => r.name === name);
    if (!spec) return null;
    rows = spec.rows ?? [];
  }
  return spec ? { fields: new Set(spec.fields.map((f) => f.name)), rows } : null;
}

export function ruleNameProblems(rule: Rule): RuleConfigProblem[] {
  const problems = new Map<string, RuleConfigProblem>();
  const scopes = rule.appliesTo.map(documentNames);
  const known = (scopesHere: ScopeNames[], name: string) => scopesHere.some((s) => s.fields.has(name));

  const fieldSel = (sel: string | string[], here: ScopeNames[], path: string) => {
    const names = typeof sel === 'string' ? [sel] : sel;
    names.forEach((name, i) => {
      if (name === '*' || known(here, name)) return;
      const at = typeof sel === 'string' ? path : `${path}[${i}]`;
      problems.set(at, { path: at, message: `feltet «${name}» finnes ikke i ${rule.appliesTo.join('/')} (se model/fields.ts)` });
    });
  };
  const condition = (c: Condition, here: ScopeNames[], path: string): void => {
    if (c.fieldPresent !== undefined) fieldSel(c.fieldPresent, here, `${path}.fieldPresent`);
    if (c.fieldMentions) fieldSel(c.fieldMentions.field, here, `${path}.fieldMentions.field`);
    if (c.not) condition(c.not, here, `${path}.not`);
    c.all?.forEach((x, i) => condition(x, here, `${path}.all[${i}]`));
    c.any?.forEach((x, i) => condition(x, here, `${path}.any[${i}]`));
  };
  const check = (c: Check, here: ScopeNames[], path: string): void => {
    switch (c.type) {
      case 'forEach': {
        const inner = here.map((s) => enter(s, c.rows)).filter((s): s is ScopeNames => s !== null);
        if (inner.length === 0) {
          problems.set(`${path}.rows`, { path: `${path}.rows`, message: `gruppen «${c.rows}» finnes ikke i ${rule.appliesTo.join('/')}` });
          return;
        }
        check(c.check, inner, `${path}.check`);
        return;
      }
      case 'rowCount':
        if (here.every((s) => enter(s, c.rows) === null)) {
          problems.set(`${path}.rows`, { path: `${path}.rows`, message: `gruppen «${c.rows}» finnes ikke her` });
        }
        return;
      case 'allOf':
      case 'oneOf':
        c.checks.forEach((x, i) => check(x, here, `${path}.checks[${i}]`));
        return;
      case 'when':
        condition(c.condition, here, `${path}.condition`);
        check(c.check, here, `${path}.check`);
        return;
      case 'date':
        for (const side of ['from', 'to'] as const) {
          const operands = Array.isArray(c[side]) ? c[side] : [c[side]];
          operands.forEach((o, i) => {
            if (o !== 'today') fieldSel(o.field, here, `${path}.${side}${Array.isArray(c[side]) ? `[${i}]` : ''}.field`);
          });
        }
        return;
      default:
        fieldSel(c.field, here, `${path}.field`);
    }
  };
  if (rule.when) condition(rule.when, scopes, 'when');
  check(rule.check, scopes, 'check');
  return [...problems.values()];
}
