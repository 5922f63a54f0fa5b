import type { FileResult } from './file-result';

/**
 * `--format json`: exactly `{"results":[{"file","documentType","findings":[{"ruleId","area","severity",
 * "field","message"}]}]}`, with `field` null when the finding concerns the whole document.
 */
export function jsonReport(results: readonly FileResult[]): string {
  const out = {
    results: results.map((r) => ({
      file: r.file,
      documentType: r.documentType,
      findings: r.findings.map((f) => ({
        ruleId: f.ruleId,
        area: f.area,
        severity: f.severity,
        field: f.field ?? null,
        message: f.message,
      })),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
