import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_FIXTURES, runMain, tempDir, THIN_VEDTAK, writeJson } from './support';

const LOCAL_PACK = join(CLI_FIXTURES, 'local-pack.json');

describe('vedtakslos check (in-process)', () => {
  it('exit codes: 1 with feil, 0 without, 2 on bad input', async () => {
    const dir = tempDir();
    const file = writeJson(dir, 'v.json', THIN_VEDTAK);
    expect((await runMain(['check', file, '--today', '2026-11-23'])).code).toBe(1);
    expect((await runMain(['check', file, '--pack', LOCAL_PACK])).code).toBe(0);
    expect((await runMain(['check', join(dir, 'borte.json')])).code).toBe(2);
  });

  it('keeps checking the other files when one is bad, reports it on stderr and exits 2', async () => {
    const dir = tempDir();
    const good = writeJson(dir, 'v.json', THIN_VEDTAK);
    const bad = writeJson(dir, 'ugyldig.json', { documentType: 'vedtak' });
    const run = await runMain(['check', bad, good, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ugyldig.json: er ikke en gyldig dokumentmodell');
    expect(run.stderr).toContain('fields: mangler (skal være et objekt)');
    expect((JSON.parse(run.stdout) as { results: { file: string }[] }).results.map((r) => r.file)).toEqual([good]);
  });

  it('--format json: exactly the documented keys; field null for document-level findings', async () => {
    const file = writeJson(tempDir(), 'v.json', THIN_VEDTAK);
    const run = await runMain(['check', file, '--format', 'json', '--today', '2026-11-23']);
    const out = JSON.parse(run.stdout) as { results: { findings: { field: string | null; ruleId: string }[] }[] };
    const findings = out.results[0]!.findings;
    expect(findings.find((f) => f.ruleId === 'frister/klageadgang')).toEqual({
      ruleId: 'frister/klageadgang', area: 'frister', severity: 'feil', field: null,
      message: expect.stringContaining('klage') as unknown as string,
    });
    expect(findings.some((f) => f.field === 'barnetsSynspunkter')).toBe(true);
  });

  it('text: findings grouped by field, document-level first, feil before advarsel, then a total', async () => {
    const file = writeJson(tempDir(), 'v.json', THIN_VEDTAK);
    const { stdout } = await runMain(['check', file, '--today', '2026-11-23']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(`${file} – vedtak`);
    expect(lines[1]).toBe('  Hele dokumentet');
    const groupAt = lines.indexOf('  Barnets synspunkter (barnetsSynspunkter)');
    expect(groupAt).toBeGreaterThan(1);
    const severities = lines.slice(groupAt + 1).filter((l) => /^ {4}\S/.test(l)).map((l) => l.trim().split(/\s+/)[0]);
    expect(severities.indexOf('advarsel')).toBeGreaterThan(severities.lastIndexOf('feil'));
    expect(stdout).toMatch(/\n {2}\d+ funn: \d+ feil, \d+ advarsler\.\n\nTotalt: 1 dokument, \d+ funn/);
    expect(stdout).not.toContain('\u001b[');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('Regelpakke: Nasjonal standardpakke 1.0.0. Dato for fristene: 2026-11-23.');
  });

  it('wraps messages to the terminal width, and only on a terminal', async () => {
    const file = writeJson(tempDir(), 'v.json', THIN_VEDTAK);
    const plain = (s: string) => s.replace(/\u001b\[\d+m/g, '');
    const tty = await runMain(['check', file], { tty: true, columns: 60, env: { NO_COLOR: '1' } });
    const lines = plain(tty.stdout).split('\n').filter((l) => l.startsWith(' '.repeat(14)));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.length <= 60)).toBe(true);
    const piped = await runMain(['check', file], { columns: 60 });
    expect(piped.stdout.split('\n').some((l) => l.length > 60)).toBe(true);
  });

  it('colours only on a terminal without NO_COLOR', async () => {
    const file = writeJson(tempDir(), 'v.json', THIN_VEDTAK);
    expect((await runMain(['check', file], { tty: true })).stdout).toContain('\u001b[31m');
    expect((await runMain(['check', file], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('--language en gives the rules’ English messages', async () => {
    const file = writeJson(tempDir(), 'v.json', THIN_VEDTAK);
    const { stdout } = await runMain(['check', file, '--language', 'en', '--format', 'json']);
    const findings = (JSON.parse(stdout) as { results: { findings: { ruleId: string; message: string }[] }[] }).results[0]!.findings;
    expect(findings.find((f) => f.ruleId === 'frister/klageadgang')!.message).toMatch(/^State that the parties may appeal/);
  });

  it('--pack that extends the standard pack: overrides and extra rules apply', async () => {
    const file = writeJson(tempDir(), 'v.json', THIN_VEDTAK);
    const { stdout } = await runMain(['check', file, '--pack', join(CLI_FIXTURES, 'extending-pack.json'), '--format', 'json']);
    const findings = (JSON.parse(stdout) as { results: { findings: { ruleId: string; severity: string }[] }[] }).results[0]!.findings;
    expect(findings.find((f) => f.ruleId === 'frister/klageadgang')?.severity).toBe('råd');
    expect(findings.some((f) => f.ruleId === 'kommune-x/saksnummer')).toBe(true);
    expect(findings.some((f) => f.ruleId === 'medvirkning/barnets-mening-i-vedtak')).toBe(true);
  });

  it('--pack errors: unknown base pack, invalid pack, missing file → exit 2 with paths', async () => {
    const dir = tempDir();
    const file = writeJson(dir, 'v.json', THIN_VEDTAK);
    const unknownBase = writeJson(dir, 'p.json', { id: 'p', version: '1.0.0', language: 'nb', extends: 'fylke', metadata: { name: 'P' }, rules: [] });
    const base = await runMain(['check', file, '--pack', unknownBase]);
    expect(base.code).toBe(2);
    expect(base.stderr).toContain('bygger på «fylke», som ikke finnes');

    const broken = await runMain(['check', file, '--pack', join(CLI_FIXTURES, 'broken-pack.json')]);
    expect(broken.code).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('rules[0].severity');

    const missing = await runMain(['check', file, '--pack', join(dir, 'ingen.json')]);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('ingen.json: filen finnes ikke.') as unknown as string });
  });
});

describe('vedtakslos pack validate (in-process)', () => {
  it('valid pack → one line, exit 0', async () => {
    const run = await runMain(['pack', 'validate', join(CLI_FIXTURES, 'extending-pack.json')]);
    expect(run).toEqual({ code: 0, stdout: 'Regelpakken er gyldig: Kommune X 2.1.0, 1 regel.\n', stderr: '' });
  });

  it('invalid JSON syntax → line and column, exit 2', async () => {
    const run = await runMain(['pack', 'validate', join(CLI_FIXTURES, 'syntax-error-pack.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('syntax-error-pack.json: Ugyldig JSON på linje 5, kolonne 18: uventet tegn «}».');
  });

  it('broken pack → every path, exit 2', async () => {
    const run = await runMain(['pack', 'validate', join(CLI_FIXTURES, 'broken-pack.json')]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/broken-pack\.json: regelpakken er ugyldig/);
    for (const path of ['rules[0].severity', 'rules[1].check', 'rules[2].message', 'rules[3].check.minWords']) {
      expect(lines.some((l) => l.trimStart().startsWith(path))).toBe(true);
    }
  });
});

describe('commander in Norwegian', () => {
  it.each([
    [['check'], 'Oppgi minst én fil å sjekke.'],
    [['check', 'x.json', '--formt', 'json'], 'Ukjent valg «--formt». Mente du --format?'],
    [['chek'], 'Ukjent kommando «chek». Mente du check?'],
    [['check', 'x.json', '--today'], 'Valget «--today <dato>» mangler en verdi.'],
    [['pack', 'validate'], 'Oppgi regelpakkefilen som skal kontrolleres.'],
    [['pack', 'validate', 'a.json', 'b.json'], 'For mange argumenter: ventet 1, fikk 2.'],
  ])('%j → %s (exit 2)', async (args, message) => {
    const run = await runMain(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${message}\nSe «vedtakslos --help».\n`);
  });

  it('help and version exit 0; no command shows the help and exits 2', async () => {
    const help = await runMain(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Bruk: vedtakslos \[valg\] <kommando>/);
    expect(help.stdout).toContain('Kommandoer:');
    expect(help.stdout).toContain('check [valg] <filer...>');
    expect((await runMain(['--version'])).code).toBe(0);
    const none = await runMain([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Bruk: vedtakslos');
    const packHelp = await runMain(['pack', 'validate', '--help']);
    expect(packHelp.stdout).toContain('Bruk: vedtakslos pack validate PAKKE.json');
  });
});
