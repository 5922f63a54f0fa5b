import { describe, expect, it } from 'vitest';
import { compilePack, evaluate } from '../engine';
import { GOOD_DOCUMENTS, POOR_DOCUMENTS } from './_lib/complete-documents';
import { standardPack } from './index';

const compiled = compilePack(standardPack);

describe('standardpakken på hele dokumenter', () => {
  it.each(GOOD_DOCUMENTS.map((d) => [d.name, d] as const))('%s: ingen funn', (_n, d) => {
    const result = evaluate(compiled, d.document, { today: d.today });
    expect(result.failures).toEqual([]);
    expect(result.findings.map((f) => `${f.ruleId} @ ${f.field ?? ''}`)).toEqual([]);
  });

  it.each(POOR_DOCUMENTS.map((d) => [d.name, d] as const))('%s: de forventede reglene slår til', (_n, d) => {
    const result = evaluate(compiled, d.document, { today: d.today });
    expect(result.failures).toEqual([]);
    const fired = new Set(result.findings.map((f) => f.ruleId));
    expect((d.expect ?? []).filter((id) => !fired.has(id))).toEqual([]);
  });
});
