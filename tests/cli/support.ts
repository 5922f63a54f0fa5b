import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CliIO } from '../../cli/io';
import { main } from '../../cli/main';
import type { DocumentModel } from '../../rules/model/document';

export const REPO = resolve(__dirname, '../..');
export const BIN = join(REPO, 'bin/vedtakslos.mjs');
export const PAGES = join(REPO, 'tests/fixtures/pages');
export const CLI_FIXTURES = join(REPO, 'tests/cli/fixtures');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real bin (`node bin/vedtakslos.mjs …`) in `cwd` (default: a temp directory outside the repo). */
export function runBin(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? tmpdir(),
      env: { ...process.env, NO_COLOR: '', ...opts.env },
      timeout: 60_000,
    }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** Runs the CLI in-process (same code as the bin, without spawning); HTML through the test DOM. */
export async function runMain(args: string[], opts: { cwd?: string; tty?: boolean; env?: Record<string, string>; columns?: number } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdoutIsTTY: opts.tty ?? false,
    env: opts.env ?? {},
    cwd: opts.cwd ?? REPO,
  };
  const code = await main(args, io, {
    loadHtmlParser: async () => (html, url) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      void url;
      return doc;
    },
    now: () => new Date(2026, 10, 23, 12),
    columns: opts.columns,
  });
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'vedtakslos-cli-'));
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

/** A vedtak with almost nothing in it: many findings, several of severity feil. */
export const THIN_VEDTAK: DocumentModel = {
  documentType: 'vedtak',
  fields: {
    barnetsSynspunkter: { text: 'Ella er ikke spurt.', ref: 'barnetsSynspunkter', label: 'Barnets synspunkter' },
  },
  rows: {},
};
