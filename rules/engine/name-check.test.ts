import { describe, expect, it } from 'vitest';
import { ruleNameProblems } from './name-check';
import { rule } from './test-support/build';

describe('ruleNameProblems', () => {
  it('reports a misspelt field with its path inside the rule', () => {
    const typo = rule({ type: 'present', field: 'barnetSynspunkter' }, { appliesTo: ['vedtak'] });
    expect(ruleNameProblems(typo)).toEqual([{ path: 'check.field', message: expect.stringContaining('barnetSynspunkter') }]);
  });

  it('knows the fields of rows, nested rows and every document type the rule applies to', () => {
    const ok = rule(
      {
        type: 'allOf',
        checks: [
          { type: 'forEach', rows: 'delmal.tiltak', check: { type: 'itemCount', field: 'ansvarlig', max: 1 } },
          { type: 'present', field: ['vedtaksdato', 'planperiodeFra'] },
        ],
      },
      { appliesTo: ['vedtak', 'tiltaksplan'] },
    );
    expect(ruleNameProblems(ok)).toEqual([]);
  });

  it('reports unknown groups and fields used at the wrong level', () => {
    const wrong = rule(
      { type: 'forEach', rows: 'delmal', check: { type: 'allOf', checks: [{ type: 'present', field: 'hovedmal' }, { type: 'rowCount', rows: 'tiltakk', min: 1 }] } },
      { appliesTo: ['tiltaksplan'] },
    );
    expect(ruleNameProblems(wrong).map((p) => p.path)).toEqual(['check.check.checks[0].field', 'check.check.checks[1].rows']);
    const noGroup = rule({ type: 'forEach', rows: 'maal', check: { type: 'present', field: 'x' } }, { appliesTo: ['tiltaksplan'] });
    expect(ruleNameProblems(noGroup).map((p) => p.path)).toEqual(['check.rows']);
  });
});
