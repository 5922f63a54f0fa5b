import { describe, expect, it } from 'vitest';
import { compilePack, evaluate, evaluatePack } from './evaluate';
import { runPackFixtures } from './fixtures';
import { document, pack, rule } from './test-support/build';

const present = rule({ type: 'present', field: 'hjemmel' }, { id: 'vedtak/hjemmel', appliesTo: ['vedtak'] });

describe('evaluate', () => {
  it('turns a failed check into a finding with the rule\'s area, severity, basis and message', () => {
    const withWhy = { ...present, why: 'Forvaltningsloven § 25', example: 'Barnevernsloven § 3-1' };
    const { findings, failures } = evaluatePack(pack(withWhy), document('vedtak'), { today: '2026-01-15' });
    expect(failures).toEqual([]);
    expect(findings).toEqual([
      {
        ruleId: 'vedtak/hjemmel', area: 'mal-tiltak', severity: 'advarsel', message: 'Melding',
        basis: { kind: 'veileder', ref: 'Bufdir' }, why: 'Forvaltningsloven § 25', example: 'Barnevernsloven § 3-1',
      },
    ]);
  });

  it('runs only rules for the document type, that are enabled and whose condition holds', () => {
    const disabled = { ...present, id: 'av', enabled: false };
    const conditional = { ...present, id: 'betinget', when: { fieldPresent: 'vedtak' } };
    const result = evaluatePack(pack(present, disabled, conditional), document('vedtak'));
    expect(result.findings.map((f) => f.ruleId)).toEqual(['vedtak/hjemmel']);
    expect(evaluatePack(pack(present), document('tiltaksplan')).findings).toEqual([]);
  });

  it('reports a rule with a faulty configuration as a failure and runs the others', () => {
    const missingParam = rule({ type: 'present', field: 'x', minWords: { param: 'finnesIkke' } }, { id: 'mangler-param' });
    const dangerous = rule({ type: 'pattern', field: '*', regex: '(a+)+$', mode: 'forbid' }, { id: 'farlig' });
    const result = evaluatePack(pack(missingParam, dangerous, present), document('vedtak'));
    expect(result.findings.map((f) => f.ruleId)).toEqual(['vedtak/hjemmel']);
    expect(result.failures.map((f) => f.ruleId)).toEqual(['mangler-param', 'farlig']);
    expect(result.failures[0]!.reason).toContain('check.minWords');
    expect(result.failures[0]!.reason).toContain('finnesIkke');
  });

  it('uses a translation when one is given for the language asked for', () => {
    const translated = { ...present, translations: { nn: { message: 'Skriv heimelen.' } } };
    expect(evaluatePack(pack(translated), document('vedtak'), { language: 'nn' }).findings[0]!.message).toBe('Skriv heimelen.');
    expect(evaluatePack(pack(translated), document('vedtak'), { language: 'en' }).findings[0]!.message).toBe('Melding');
  });

  it('rejects a malformed today instead of silently using the clock', () => {
    expect(() => evaluatePack(pack(present), document('vedtak'), { today: '15.01.2026' })).toThrow(/ÅÅÅÅ-MM-DD/);
  });

  it('can limit a run to some rules of a compiled pack', () => {
    const other = { ...present, id: 'annen' };
    const compiled = compilePack(pack(present, other));
    expect(evaluate(compiled, document('vedtak'), { ruleIds: ['annen'] }).findings.map((f) => f.ruleId)).toEqual(['annen']);
  });
});

describe('fixtures (the RuleTester)', () => {
  it('passes a bad example that fires and a good one that is quiet, and fails the reverse', () => {
    const withFixtures = {
      ...present,
      fixtures: {
        bad: [{ name: 'uten hjemmel', document: { documentType: 'vedtak', fields: {} } }],
        good: [
          { name: 'med hjemmel', document: { documentType: 'vedtak', fields: { hjemmel: { text: 'bvl. § 3-1', ref: 'hjemmel' } } } },
          { name: 'feilmerket', document: { fields: {} } },
        ],
      },
    };
    const outcomes = runPackFixtures(pack(withFixtures));
    expect(outcomes.map((o) => [o.kind, o.name, o.passed])).toEqual([
      ['bad', 'uten hjemmel', true],
      ['good', 'med hjemmel', true],
      ['good', 'feilmerket', false],
    ]);
  });

  it('fails an example that is not a valid document, with the reason', () => {
    const broken = { ...present, fixtures: { bad: [{ name: 'ødelagt', document: { fields: { hjemmel: 'tekst' } } }], good: [] } };
    const [outcome] = runPackFixtures(pack(broken));
    expect(outcome!.passed).toBe(false);
    expect(outcome!.problem).toMatch(/ugyldig dokument/);
  });
});
