import { describe, expect, it } from 'vitest';
import { compilePack, evaluate } from '../../rules/engine';
import type { DocumentModel } from '../../rules/model/document';
import type { Pack, Rule } from '../../rules/pack/schema';
import { validatePack } from '../../rules/pack/validate';
import { compilePackRegex } from '../../rules/text/safe-regex';

/**
 * A pack's `pattern` regex runs on every pause in typing, in the caseworker's browser. A pattern that can
 * backtrack catastrophically must be refused when the pack is validated (and again when it is compiled);
 * a pattern that is let through must finish quickly even on 100,000 adversarial characters.
 */
const CATASTROPHIC = [
  '(a+)+$', '(a*)*b', '(a|a)*b', '(a|aa)+$', '(?:a|b|ab)*c', '(.*a){20}', '(.*a){2}', '(a+){2,}', '(\\w+\\s?)+$', '((a|a){2})*b',
  '(x+x+)+y', '(a)\\1', '(?<x>a)\\k<x>', '.*.*.*x', '\\S+\\S+\\S+x', '[^,]*[^,]*[^,]*,', '\\w*\\w*\\w*x', 'a*a*a*b', 'a+.*a+.*a+b',
  '\\d+\\w+\\d+x', '\\w{1,100}\\w{1,100}\\w{1,100}x', '(ab)+(cd)+(ef)+',
];

/** Patterns the check lets through, each with the input that makes it work hardest. */
const ADVERSARIAL: Array<[string, string]> = [
  ['.*x', 'a'.repeat(100_000)],
  ['.*.*x', 'a'.repeat(100_000)],
  ['[a-z]+@[a-z]+\\.no', 'a'.repeat(100_000)],
  ['\\d+\\s*\\d+x', '1'.repeat(100_000)],
  ['(ab|cd){1,3}x', 'ab'.repeat(50_000)],
  ['\\w+\\s+\\w+\\s+sier', 'ord '.repeat(25_000)],
  ['§+\\s*\\d+\\s*-\\s*\\d+', '§ 1 '.repeat(25_000)],
  ['.+', 'æøå 🙂 שלום '.repeat(9_000)],
];

const rule = (regex: string, mode: 'forbid' | 'require' = 'forbid', id = 'monster'): Rule => ({
  id,
  area: 'dokumentasjon',
  severity: 'advarsel',
  basis: { kind: 'god-praksis', ref: 'test' },
  appliesTo: ['vedtak'],
  check: { type: 'pattern', field: '*', regex, mode },
  message: 'Mønsteret slo til.',
});
const pack = (rules: Rule[]): Pack => ({ id: 'fiendtlig', version: '1.0.0', language: 'nb', metadata: { name: 'Fiendtlig' }, rules });
const documentWith = (text: string): DocumentModel => ({
  documentType: 'vedtak',
  fields: { vedtak: { text, ref: 'vedtak' }, hjemmel: { text: text.slice(0, 5000), ref: 'hjemmel' } },
  rows: {},
});

describe('catastrophic regular expressions are refused', () => {
  it.each(CATASTROPHIC)('%s: refused by compilePackRegex, validatePack and compilePack', (source) => {
    const compiled = compilePackRegex(source);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.reason).toMatch(/mønsteret er avvist|tilbakereferanser/);

    const validation = validatePack(pack([rule(source)]));
    expect(validation.ok).toBe(false);
    if (!validation.ok) expect(validation.errors.map((e) => e.path)).toContain('rules[0].check.regex');

    // Compiled without validation (a stored pack), the rule is broken, never run.
    const result = evaluate(compilePack(pack([rule(source)])), documentWith('a'.repeat(30)), { today: '2026-01-15' });
    expect(result.failures.map((f) => f.ruleId)).toEqual(['monster']);
    expect(result.findings).toEqual([]);
  });
});

describe('a refused pattern deep inside forEach, when and oneOf', () => {
  it('is rejected at validation with the path to it, and never runs', () => {
    const nested = rule('(a|a)*b');
    nested.appliesTo = ['tiltaksplan'];
    nested.check = { type: 'forEach', rows: 'delmal', check: { type: 'when', condition: { endsMeasure: false }, check: { type: 'oneOf', checks: [{ type: 'present', field: 'delmal' }, nested.check] } } };
    const validation = validatePack(pack([nested]));
    expect(validation.ok).toBe(false);
    if (!validation.ok) expect(validation.errors.map((e) => e.path)).toContain('rules[0].check.check.check.checks[1].regex');
    expect(compilePack(pack([nested])).broken.map((b) => b.ruleId)).toEqual(['monster']);
  });
});

describe('patterns that are let through stay fast on 100,000 adversarial characters', () => {
  it.each(ADVERSARIAL)('%s', (source, text) => {
    expect(compilePackRegex(source).ok).toBe(true);
    const compiled = compilePack(pack([rule(source, 'forbid'), rule(source, 'require', 'krav')]));
    expect(compiled.broken).toEqual([]);
    const started = performance.now();
    const result = evaluate(compiled, documentWith(text), { today: '2026-01-15' });
    const elapsed = performance.now() - started;
    // Two rules, two fields each (forbid with field "*"): well within the time budget per search (100 ms + 4 ms per 1,000 characters) plus one window.
    expect(elapsed).toBeLessThan(4000); // minutes or hours without the check and the windows
    for (const f of result.failures) expect(f.reason).toMatch(/for lang tid/);
  });

  it('still finds matches anywhere in a long text, with ranges in the whole text', () => {
    const text = `${'Ingen treff her. '.repeat(3000)}\nfnr 12345678901 står her ${'og mer tekst '.repeat(2000)}`;
    const result = evaluate(compilePack(pack([rule('\\d{11}')])), documentWith(text), { today: '2026-01-15' });
    const hit = result.findings.find((f) => f.field === 'vedtak');
    expect(hit?.range).toBeDefined();
    expect(text.slice(hit!.range!.start, hit!.range!.end)).toBe('12345678901');
  });
});
