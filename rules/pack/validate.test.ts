import { describe, expect, it } from 'vitest';
import { rule } from '../engine/test-support/build';
import { parsePackJson, validatePack } from './validate';

const base = { id: 'test', version: '1.0.0', language: 'nb', metadata: { name: 'Test' } };

describe('validatePack', () => {
  it('gives every schema error its JSON path and a Norwegian message', () => {
    const broken = {
      ...base,
      version: '1.0',
      rules: [
        { ...rule({ type: 'present', field: 'x' }), check: { type: 'finnesIkke' } },
        { ...rule({ type: 'present', field: 'x' }), id: 'b', area: 'ukjent', check: { type: 'forEach', rows: 'delmal', check: { type: 'present', field: 3 } } },
      ],
    };
    const result = validatePack(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
    expect(Object.keys(byPath).sort()).toEqual(['rules[0].check.type', 'rules[1].area', 'rules[1].check.check.field', 'version']);
    expect(byPath['rules[0].check.type']).toMatch(/ukjent kontrolltype "finnesIkke".*present/);
    expect(byPath['rules[1].area']).toMatch(/må være "barnets-beste"/);
    expect(byPath['version']).toMatch(/1\.2\.0/);
  });

  it('finds what the schema cannot: duplicate ids, unset parameters, refused patterns, invalid fixtures', () => {
    const result = validatePack({
      ...base,
      rules: [
        rule({ type: 'present', field: 'hjemmel', minWords: { param: 'ord' } }, { id: 'a' }),
        rule({ type: 'pattern', field: '*', regex: '(a+)+', mode: 'forbid' }, { id: 'a' }),
        rule({ type: 'present', field: 'hjemmel' }, { id: 'c', fixtures: { good: [{ name: 'x', document: { fields: { hjemmel: 'tekst' } } }], bad: [] } }),
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual([
      'rules[0].check.minWords', 'rules[1].id', 'rules[1].check.regex', 'rules[2].fixtures.good[0].document',
    ]);
  });

  it('accepts a valid pack, with warnings for names the document model does not have', () => {
    const result = validatePack({ ...base, rules: [rule({ type: 'present', field: 'hjemel' }, { appliesTo: ['vedtak'] })] });
    expect(result).toMatchObject({ ok: true, warnings: [{ path: 'rules[0].check.field' }] });
  });
});

describe('parsePackJson', () => {
  it('reports a syntax error with line and column', () => {
    const result = parsePackJson('{\n  "id": "x",\n  "version": }');
    expect(result).toMatchObject({ ok: false, errors: [{ path: '(rot)', message: expect.stringMatching(/ugyldig JSON \(linje 3, kolonne \d+\)/) }] });
  });

  it('validates parsed JSON like validatePack', () => {
    expect(parsePackJson(JSON.stringify({ ...base, rules: [] })).ok).toBe(true);
  });
});
