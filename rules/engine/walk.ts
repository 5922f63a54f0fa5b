import type { Check, Condition, Rule } from '../pack/schema';

/**
 * Walks a rule's condition and check tree with the JSON path of every node (`check.checks[1].check`), so
 * static checks of a rule (configuration, names) only handle the node types they care about.
 */
export interface RuleVisitor<S> {
  check?(check: Check, path: string, scope: S): void;
  /** Called for every condition, nested ones (`not`, `all`, `any`) included. */
  condition?(condition: Condition, path: string, scope: S): void;
  /** The scope inside `forEach`; null leaves the rows' check unvisited. */
  enterRows?(rows: string, path: string, scope: S): S | null;
}

export function walkRule<S>(rule: Rule, scope: S, visitor: RuleVisitor<S>): void {
  const condition = (c: Condition, path: string, here: S): void => {
    visitor.condition?.(c, path, here);
    if (c.not) condition(c.not, `${path}.not`, here);
    c.all?.forEach((x, i) => condition(x, `${path}.all[${i}]`, here));
    c.any?.forEach((x, i) => condition(x, `${path}.any[${i}]`, here));
  };
  const check = (c: Check, path: string, here: S): void => {
    visitor.check?.(c, path, here);
    switch (c.type) {
      case 'forEach': {
        // Only enterRows returning null skips the rows' check (a walker without scopes passes null as its scope).
        if (!visitor.enterRows) return check(c.check, `${path}.check`, here);
        const inner = visitor.enterRows(c.rows, path, here);
        if (inner !== null) check(c.check, `${path}.check`, inner);
        return;
      }
      case 'allOf':
      case 'oneOf':
        c.checks.forEach((x, i) => check(x, `${path}.checks[${i}]`, here));
        return;
      case 'when':
        condition(c.condition, `${path}.condition`, here);
        check(c.check, `${path}.check`, here);
        return;
    }
  };
  if (rule.when) condition(rule.when, 'when', scope);
  check(rule.check, 'check', scope);
}
