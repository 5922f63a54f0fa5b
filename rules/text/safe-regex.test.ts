import { describe, expect, it } from 'vitest';
import { compilePackRegex } from './safe-regex';

describe('compilePackRegex', () => {
  it('refuses nested unbounded quantifiers and back-references', () => {
    expect(compilePackRegex('(a+)+$').ok).toBe(false);
    expect(compilePackRegex('(\\w*\\s?)*x').ok).toBe(false);
    expect(compilePackRegex('(a)\\1').ok).toBe(false);
  });

  it('accepts ordinary patterns and reports invalid ones with a reason', () => {
    expect(compilePackRegex('(mor|far) (sier|mener)').ok).toBe(true);
    expect(compilePackRegex('(ab){1,3}').ok).toBe(true);
    const invalid = compilePackRegex('(uavsluttet');
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(invalid.reason).toMatch(/ugyldig|parentes/);
  });

  it('makes \\b aware of æ, ø and å', () => {
    const compiled = compilePackRegex('\\bøkonomi\\b', 'i');
    expect(compiled.ok).toBe(true);
    if (compiled.ok) {
      expect('Familiens økonomi er anstrengt.'.match(compiled.regex)).toHaveLength(1);
      expect('Familiensøkonomi'.match(compiled.regex)).toBeNull();
    }
  });
});
