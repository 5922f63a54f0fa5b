import type { DocumentType } from '../model/document';
import { FIELDS, ROWS, type RowSpec } from '../model/fields';
import type { Rule } from '../pack/schema';
import type { RuleConfigProblem } from './config-check';
import { walkRule } from './walk';

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
  const report = (path: string, message: string) => problems.set(path, { path, message });

  const fieldSel = (sel: string | string[], here: ScopeNames[], path: string) => {
    const names = typeof sel === 'string' ? [sel] : sel;
    names.forEach((name, i) => {
      if (name === '*' || known(here, name)) return;
      const at = typeof sel === 'string' ? path : `${path}[${i}]`;
      report(at, `feltet «${name}» finnes ikke i ${rule.appliesTo.join('/')} (se model/fields.ts)`);
    });
  };
  walkRule(rule, scopes, {
    condition(c, path, here) {
      if (c.fieldPresent !== undefined) fieldSel(c.fieldPresent, here, `${path}.fieldPresent`);
      if (c.fieldMentions) fieldSel(c.fieldMentions.field, here, `${path}.fieldMentions.field`);
    },
    enterRows(rows, path, here) {
      const inner = here.map((s) => enter(s, rows)).filter((s): s is ScopeNames => s !== null);
      if (inner.length > 0) return inner;
      report(`${path}.rows`, `gruppen «${rows}» finnes ikke i ${rule.appliesTo.join('/')}`);
      return null;
    },
    check(c, path, here) {
      switch (c.type) {
        case 'forEach':
        case 'allOf':
        case 'oneOf':
        case 'when':
          return;
        case 'rowCount':
          if (here.every((s) => enter(s, c.rows) === null)) report(`${path}.rows`, `gruppen «${c.rows}» finnes ikke her`);
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
    },
  });
  return [...problems.values()];
}
