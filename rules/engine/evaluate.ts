import type { DocumentModel } from '../model/document';
import type { Language, Pack, Rule } from '../pack/schema';
import { calendarDateOf, parseIsoDate, type CalendarDate } from '../text/dates';
import { runCheck } from './checks/run-check';
import { conditionHolds } from './conditions';
import { ruleConfigProblems } from './config-check';
import type { CheckContext, Violation } from './context';
import type { EvaluationResult, Finding, RuleFailure } from './finding';
import { RuleConfigError } from './params';
import { documentScope } from './scope';

/**
 * The engine: a pack (already resolved against the pack it extends) applied to one document model.
 * Pure: no DOM, no browser API, no clock except through `today`.
 */
export interface CompiledPack {
  pack: Pack;
  /** Enabled rules that can run. */
  rules: Rule[];
  /** Enabled rules whose configuration is faulty; reported as failures on every evaluation. */
  broken: RuleFailure[];
}

export interface EvaluateOptions {
  /** The day to compare dates with: `YYYY-MM-DD` or a Date (its local day). Default: the local today. */
  today?: string | Date;
  /** Messages in this language when the rule has a translation; bokmål otherwise. */
  language?: Language;
  /** Only these rules (the fixture runner and the workbench check one rule at a time). */
  ruleIds?: readonly string[];
}

/** Checks the pack's rule configurations once, so evaluation on every pause in typing does not. */
export function compilePack(pack: Pack): CompiledPack {
  const rules: Rule[] = [];
  const broken: RuleFailure[] = [];
  for (const rule of pack.rules) {
    if (rule.enabled === false) continue;
    const problems = ruleConfigProblems(rule);
    if (problems.length === 0) rules.push(rule);
    else broken.push({ ruleId: rule.id, reason: problems.map((p) => `${p.path}: ${p.message}`).join('; ') });
  }
  return { pack, rules, broken };
}

export function resolveToday(today: EvaluateOptions['today']): CalendarDate {
  if (today instanceof Date) return calendarDateOf(today);
  if (typeof today === 'string') {
    const parsed = parseIsoDate(today);
    if (!parsed) throw new RangeError(`Ugyldig dato for «i dag»: ${today} (bruk ÅÅÅÅ-MM-DD)`);
    return parsed;
  }
  return calendarDateOf(new Date());
}

function toFinding(rule: Rule, violation: Violation, language: Language | undefined): Finding {
  const translation = language && language !== 'nb' ? rule.translations?.[language] : undefined;
  const finding: Finding = {
    ruleId: rule.id,
    area: rule.area,
    severity: rule.severity,
    message: translation?.message ?? rule.message,
    basis: rule.basis,
  };
  if (violation.ref !== undefined) finding.field = violation.ref;
  if (violation.range) finding.range = violation.range;
  const why = translation?.why ?? rule.why;
  const example = translation?.example ?? rule.example;
  if (why) finding.why = why;
  if (example) finding.example = example;
  return finding;
}

function dedupe(violations: Violation[]): Violation[] {
  if (violations.length < 2) return violations;
  const seen = new Set<string>();
  return violations.filter((v) => {
    const key = `${v.ref ?? ''}|${v.range?.start ?? ''}|${v.range?.end ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function evaluate(compiled: CompiledPack, document: DocumentModel, options: EvaluateOptions = {}): EvaluationResult {
  const today = resolveToday(options.today);
  const only = options.ruleIds ? new Set(options.ruleIds) : undefined;
  const findings: Finding[] = [];
  const failures: RuleFailure[] = compiled.broken.filter((f) => !only || only.has(f.ruleId));
  for (const rule of compiled.rules) {
    if (only && !only.has(rule.id)) continue;
    const failure = evaluateRule(rule, document, today, options.language, findings);
    if (failure) failures.push(failure);
  }
  return { documentType: document.documentType, findings, failures };
}

/** One rule on the document: its findings pushed onto `findings`; the failure when it could not run. */
export function evaluateRule(
  rule: Rule, document: DocumentModel, today: CalendarDate, language: Language | undefined, findings: Finding[],
): RuleFailure | undefined {
  if (!rule.appliesTo.includes(document.documentType)) return undefined;
  const scope = documentScope(document);
  const ctx: CheckContext = { rule, params: rule.params, today, document };
  try {
    if (rule.when && !conditionHolds(rule.when, scope, ctx)) return undefined;
    for (const violation of dedupe(runCheck(rule.check, scope, ctx))) findings.push(toFinding(rule, violation, language));
  } catch (error) {
    const reason = error instanceof RuleConfigError ? error.message : `regelen kunne ikke kjøres (${(error as Error).name})`;
    return { ruleId: rule.id, reason };
  }
  return undefined;
}

/** Compiles and evaluates in one go (CLI, tests); the content script keeps a compiled pack instead. */
export function evaluatePack(pack: Pack, document: DocumentModel, options: EvaluateOptions = {}): EvaluationResult {
  return evaluate(compilePack(pack), document, options);
}
