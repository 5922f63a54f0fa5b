import type { ParamRef, Rule } from '../pack/schema';
import { compilePackRegex } from '../text/safe-regex';
import { walkRule } from './walk';

/**
 * Finds faults in a rule's configuration before it runs: parameters that are referenced but not set or of
 * the wrong type, patterns that are refused or invalid, pattern checks without a detector or regex. Each
 * problem has a path inside the rule (`check.checks[1].minWords`) and a Norwegian message.
 */
export interface RuleConfigProblem {
  path: string;
  message: string;
}

type Expect = 'number' | 'terms';

function isRef(value: unknown): value is ParamRef {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'param' in value;
}

export function ruleConfigProblems(rule: Rule): RuleConfigProblem[] {
  const problems: RuleConfigProblem[] = [];
  const param = (value: unknown, expect: Expect, path: string) => {
    if (!isRef(value)) return;
    const set = rule.params?.[value.param];
    if (set === undefined) {
      problems.push({ path, message: `parameteren «${value.param}» er ikke satt i regelens params` });
    } else if (expect === 'number' && typeof set !== 'number') {
      problems.push({ path, message: `parameteren «${value.param}» skal være et tall` });
    } else if (expect === 'terms' && typeof set !== 'string' && !Array.isArray(set)) {
      problems.push({ path, message: `parameteren «${value.param}» skal være en liste med ord eller uttrykk` });
    }
  };
  walkRule(rule, null, {
    condition(c, path) {
      param(c.childAge?.min, 'number', `${path}.childAge.min`);
      param(c.childAge?.max, 'number', `${path}.childAge.max`);
      if (c.fieldMentions) param(c.fieldMentions.terms, 'terms', `${path}.fieldMentions.terms`);
    },
    check(c, path) {
      switch (c.type) {
        case 'present':
          param(c.minWords, 'number', `${path}.minWords`);
          param(c.minChars, 'number', `${path}.minChars`);
          break;
        case 'mentions':
          param(c.terms, 'terms', `${path}.terms`);
          param(c.min, 'number', `${path}.min`);
          break;
        case 'notOnlyStockPhrases':
          param(c.phrases, 'terms', `${path}.phrases`);
          param(c.minOtherWords, 'number', `${path}.minOtherWords`);
          break;
        case 'childVoice':
          param(c.minStatements, 'number', `${path}.minStatements`);
          break;
        case 'date':
          for (const key of ['max', 'min'] as const) {
            for (const unit of ['years', 'months', 'days'] as const) param(c[key]?.[unit], 'number', `${path}.${key}.${unit}`);
          }
          break;
        case 'itemCount':
        case 'rowCount':
          param(c.min, 'number', `${path}.min`);
          param(c.max, 'number', `${path}.max`);
          break;
        case 'pattern':
          if (!c.detector && !c.regex) problems.push({ path, message: 'mønsterkontrollen trenger «detector» eller «regex»' });
          if (c.regex) {
            const compiled = compilePackRegex(c.regex, c.flags);
            if (!compiled.ok) problems.push({ path: `${path}.regex`, message: compiled.reason });
          }
          break;
      }
    },
  });
  return problems;
}
