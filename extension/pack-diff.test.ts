import { describe, expect, it } from 'vitest';
import type { Finding } from '@/rules/engine/finding';
import { comparePacks } from './pack-diff';
import { diffFindings, diffSummary } from './findings-diff';
import { changeRule, newLocalPack } from './pack-tuning';
import { ruleStatsCsv, ruleStatsRows, parseRuleStats } from './rule-stats-csv';

describe('comparing two versions', () => {
  it('lists what changed, per rule, in words', () => {
    const a = newLocalPack('Nord');
    let b = changeRule(a, 'mal-tiltak/vage-mal', { enabled: false });
    b = changeRule(b, 'frister/planperiode-maks-12-mnd', { params: { maksMnd: 24 }, severity: 'feil' });
    b = { ...b, version: '1.0.1', vocabulary: { barnetsSynspunkter: ['Barnets egne ord'] } };
    const changes = comparePacks(a, b).map((c) => `${c.subject}: ${c.text}`);
    expect(changes).toHaveLength(5);
    expect(changes).toEqual(expect.arrayContaining([
      'pakke: Versjon: 1.0.0 → 1.0.1',
      'pakke: Feltnavn (synonymer for skjemaetiketter) er endret',
      'mal-tiltak/vage-mal: Slått av',
      'frister/planperiode-maks-12-mnd: Alvorlighet: Advarsel → Feil',
      'frister/planperiode-maks-12-mnd: Parameter maksMnd: 12 → 24',
    ]));
    expect(comparePacks(a, a)).toEqual([]);
  });
});

const f = (ruleId: string, field?: string): Finding => ({
  ruleId, field, area: 'frister', severity: 'advarsel', message: 'm', basis: { kind: 'lov', ref: 'x' },
});

describe('findings diff', () => {
  it('matches findings by rule and field', () => {
    const diff = diffFindings([f('a', 'x'), f('b'), f('c', 'y')], [f('a', 'x'), f('d', 'z'), f('e'), f('f')]);
    expect(diff.added.map((x) => x.ruleId)).toEqual(['d', 'e', 'f']);
    expect(diff.removed.map((x) => x.ruleId)).toEqual(['b', 'c']);
    expect(diff.kept.map((x) => x.ruleId)).toEqual(['a']);
    expect(diffSummary(diff)).toBe('3 nye funn, 2 forsvinner');
    expect(diffSummary(diffFindings([], [f('a')]))).toBe('1 nytt funn');
    expect(diffSummary(diffFindings([f('a')], [f('a')]))).toBe('Ingen endring');
  });
});

describe('statistics CSV', () => {
  it('holds counts per rule only, noisiest first, in a form Norwegian Excel opens', () => {
    const rows = ruleStatsRows(parseRuleStats({ 'a/b': { fired: 10, dismissed: 1 }, 'c/d': { fired: 4, dismissed: 3 }, '=cmd': { fired: 0, dismissed: 0 } }));
    expect(rows.map((r) => r.ruleId)).toEqual(['c/d', 'a/b', '=cmd']);
    expect(ruleStatsCsv(rows)).toBe(
      '"regel";"utløst";"markert ikke relevant";"andel ikke relevant"\r\n"c/d";4;3;0,75\r\n"a/b";10;1;0,1\r\n"\'=cmd";0;0;0\r\n',
    );
  });

  it('ignores malformed stored statistics', () => {
    expect(parseRuleStats({ x: { fired: 'many' } })).toEqual({});
    expect(parseRuleStats(null)).toEqual({});
  });
});
