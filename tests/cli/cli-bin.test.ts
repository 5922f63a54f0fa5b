import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, CLI_FIXTURES, PAGES, REPO, runBin, tempDir, THIN_VEDTAK, writeJson } from './support';

/** End to end: the real bin, spawned with node, from a working directory outside the repo. */
describe('bin/vedtakslos.mjs', { timeout: 60_000 }, () => {
  it('checks a JSON document model: findings in text, exit 1 with feil', async () => {
    const file = writeJson(tempDir(), 'vedtak.json', THIN_VEDTAK);
    const run = await runBin(['check', file, '--today', '2026-11-23']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('vedtak.json – vedtak');
    expect(run.stdout).toContain('Barnets synspunkter (barnetsSynspunkter)');
    expect(run.stdout).toMatch(/feil {6}frister\/klageadgang/);
    expect(run.stdout).toMatch(/^Totalt: 1 dokument, \d+ funn: \d+ feil/m);
    expect(run.stdout).not.toContain('\u001b['); // not a TTY: no colours
  });

  it('reads an HTML page through the page adapters and prints JSON of exactly the documented shape', async () => {
    const page = join(PAGES, 'familia-vedtak.html');
    const run = await runBin(['check', page, '--format', 'json', '--today', '2026-11-23']);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { results: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['results']);
    expect(out.results).toHaveLength(1);
    const [result] = out.results as { file: string; documentType: string; findings: Record<string, unknown>[] }[];
    expect(Object.keys(result!)).toEqual(['file', 'documentType', 'findings']);
    expect(result!.file).toBe(page);
    expect(result!.documentType).toBe('vedtak');
    expect(result!.findings.length).toBeGreaterThan(0);
    for (const finding of result!.findings) {
      expect(Object.keys(finding)).toEqual(['ruleId', 'area', 'severity', 'field', 'message']);
      expect(finding.field === null || typeof finding.field === 'string').toBe(true);
    }
    expect(run.code).toBe(result!.findings.some((f) => f.severity === 'feil') ? 1 : 0);
  });

  it('exits 0 when no finding is of severity feil (a local pack with one advarsel rule)', async () => {
    const file = writeJson(tempDir(), 'vedtak.json', THIN_VEDTAK);
    const run = await runBin(['check', file, '--pack', join(CLI_FIXTURES, 'local-pack.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('advarsel  lokal/barnets-synspunkter-utfyllende');
  });

  it('exits 2 on a page that is no vedtak, tiltaksplan or evaluering, with a Norwegian message', async () => {
    const run = await runBin(['check', join(PAGES, 'journalnotat-not-a-document.html')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('fant ikke et vedtak, en tiltaksplan eller en evaluering på siden');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('prints every error of a broken pack with its JSON path and exits 2 without a stack trace', async () => {
    const run = await runBin(['pack', 'validate', join(CLI_FIXTURES, 'broken-pack.json')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    for (const path of ['rules[0].severity', 'rules[1].check', 'rules[2].message', 'rules[3].check.minWords']) {
      expect(run.stderr).toContain(path);
    }
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('answers commander errors in Norwegian with exit 2, and works from another directory by relative path', async () => {
    const unknown = await runBin(['check', 'x.json', '--formt', 'json']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Ukjent valg «--formt». Mente du --format?');
    expect(unknown.stderr).not.toContain('error:');

    const valid = await runBin(['pack', 'validate', 'tests/cli/fixtures/local-pack.json'], { cwd: REPO });
    expect(valid).toMatchObject({ code: 0, stdout: 'Regelpakken er gyldig: Lokal testpakke 1.0.0, 1 regel.\n' });
  });

  it('shows Norwegian help', async () => {
    const run = await runBin(['check', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Bruk: vedtakslos check FIL... [valg]');
    expect(run.stdout).toContain('--today <dato>');
    expect(run.stdout).not.toMatch(/Usage|Options:/);
    expect(BIN.endsWith('bin/vedtakslos.mjs')).toBe(true);
  });
});
