import { describe, expect, it } from 'vitest';
import { activeFindings, countByArea, dismissKey, groupByField, worstSeverity } from './model';
import { markerLabel, severityBreakdown } from './summary-text';
import { safeHttpUrl } from './safe-url';
import { totalText } from './labels';
import { SAMPLE_FINDINGS } from './test-fixtures';
import { HIGHLIGHT_CSS, HIGHLIGHT_NAMES } from './highlight-style';

describe('model', () => {
  it('dismissKey and activeFindings', () => {
    expect(dismissKey('a/b', 'felt')).toBe('a/b|felt');
    expect(dismissKey('a/b', undefined)).toBe('a/b|');
    const active = activeFindings(SAMPLE_FINDINGS, new Set([dismissKey('frister/planperiode', 'planperiode'), 'mal-tiltak/ansvar-per-tiltak|']));
    expect(active.map((f) => f.ruleId)).not.toContain('frister/planperiode');
    expect(active.map((f) => f.ruleId)).not.toContain('mal-tiltak/ansvar-per-tiltak');
    expect(active).toHaveLength(SAMPLE_FINDINGS.length - 2);
  });
  it('groups by field worst first and skips document-level findings', () => {
    const g = groupByField(SAMPLE_FINDINGS);
    expect([...g.keys()].sort()).toEqual(['barnetsSynspunkter', 'planperiode', 'situasjonsbeskrivelse', 'vurdering']);
    expect(g.get('barnetsSynspunkter')!.map((f) => f.severity)).toEqual(['feil', 'råd', 'råd']);
    expect(worstSeverity(g.get('barnetsSynspunkter')!)).toBe('feil');
    expect(worstSeverity([])).toBeUndefined();
  });
  it('counts all five areas, zero included', () => {
    expect(countByArea([])).toEqual({ 'barnets-beste': 0, medvirkning: 0, 'mal-tiltak': 0, frister: 0, dokumentasjon: 0 });
    expect(countByArea(SAMPLE_FINDINGS).medvirkning).toBe(3);
  });
});

describe('texts', () => {
  it('Bokmål counts and labels', () => {
    expect(severityBreakdown({ feil: 1, advarsel: 2, råd: 0 })).toBe('1 feil, 2 advarsler');
    expect(severityBreakdown({ feil: 0, advarsel: 1, råd: 2 })).toBe('1 advarsel, 2 råd');
    expect(markerLabel('Barnets synspunkter', { feil: 1, advarsel: 0, råd: 2 }, false)).toBe('3 funn for Barnets synspunkter: 1 feil, 2 råd');
    expect(markerLabel('Barnets synspunkter', { feil: 1, advarsel: 0, råd: 2 }, true)).toBe('3 funn for Barnets synspunkter');
    expect(totalText(0)).toBe('Ingen funn i skjemaet');
    expect(totalText(3)).toBe('3 funn i skjemaet');
  });
  it('only http(s) links', () => {
    expect(safeHttpUrl('https://lovdata.no/x')).toBe('https://lovdata.no/x');
    expect(safeHttpUrl('http://example.org/')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', '/relative', 'ftp://x', '', undefined]) {
      expect(safeHttpUrl(bad)).toBeUndefined();
    }
  });
  it('highlight CSS has one distinct line style per severity', () => {
    for (const name of Object.values(HIGHLIGHT_NAMES)) expect(HIGHLIGHT_CSS).toContain(`::highlight(${name})`);
    expect(HIGHLIGHT_CSS).toMatch(/vedtakslos-feil\)[^}]*wavy/);
    expect(HIGHLIGHT_CSS).toMatch(/vedtakslos-advarsel\)[^}]*dashed/);
    expect(HIGHLIGHT_CSS).toMatch(/vedtakslos-rad\)[^}]*dotted/);
  });
});
