import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from '../../rules/model/document';
import { caseDocument, loadCases } from '../../demo/cases';
import { runBin, tempDir, writeJson } from './support';

interface JsonFinding { ruleId: string; area: string; severity: string; field: string | null }
interface JsonResult { file: string; documentType: string; findings: JsonFinding[] }

/**
 * The fagsystem demo's sample documents, written as JSON models and checked by the real CLI in one run:
 * the good ones must give no findings at all (not even råd), each flawed one must give findings in
 * every area its `flaws` list names.
 */
describe('CLI on the fagsystem demo cases (--today 2026-11-23)', { timeout: 60_000 }, () => {
  const dir = tempDir();
  const documents = loadCases().flatMap((c) =>
    DOCUMENT_TYPES.map((type) => {
      const meta = c.dokumenter[type];
      const file = writeJson(dir, `${c.id}-${type}.json`, caseDocument(c, type));
      return { name: `${c.id} ${type}`, file, quality: meta.quality, flaws: meta.flaws ?? [] };
    }),
  );
  const run = runBin(['check', ...documents.map((d) => d.file), '--format', 'json', '--today', '2026-11-23']);
  const resultFor = async (file: string) => {
    const { stdout, stderr } = await run;
    expect(stderr).toBe('');
    const result = (JSON.parse(stdout) as { results: JsonResult[] }).results.find((r) => r.file === file);
    expect(result).toBeDefined();
    return result!;
  };

  it('has both good and flawed documents to check', () => {
    expect(documents.some((d) => d.quality === 'god')).toBe(true);
    expect(documents.some((d) => d.quality === 'mangelfull')).toBe(true);
  });

  for (const doc of documents.filter((d) => d.quality === 'god')) {
    it(`good: ${doc.name} gives no findings at all`, async () => {
      const result = await resultFor(doc.file);
      expect(result.findings.map((f) => `${f.severity} ${f.ruleId} (${f.field ?? 'dokumentet'})`)).toEqual([]);
    });
  }

  for (const doc of documents.filter((d) => d.quality === 'mangelfull')) {
    it(`flawed: ${doc.name} gives findings in ${[...new Set(doc.flaws.map((f) => f.area))].join(', ') || '(no areas listed)'}`, async () => {
      const result = await resultFor(doc.file);
      expect(doc.flaws.length).toBeGreaterThan(0);
      const found = new Set(result.findings.map((f) => f.area));
      const missing = doc.flaws.filter((f) => !found.has(f.area)).map((f) => `${f.area}: ${f.description}`);
      expect(missing).toEqual([]);
    });
  }
});
