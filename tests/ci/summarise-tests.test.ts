import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/** The test command's last step: the plain line CI reads, the exit code, and the names of what failed. */
const SCRIPT = resolve(__dirname, '../../scripts/summarise-tests.mjs');
let dir = '';

/** Runs the script in a fresh directory; `reports` gets that directory, as the runners write absolute paths. */
function summarise(reports: (root: string) => { vitest?: unknown; playwright?: unknown }, args: string[]) {
  dir = mkdtempSync(join(tmpdir(), 'vl-summary-'));
  const { vitest, playwright } = reports(dir);
  mkdirSync(join(dir, 'test-results'));
  if (vitest) writeFileSync(join(dir, 'test-results/vitest.json'), JSON.stringify(vitest));
  if (playwright) writeFileSync(join(dir, 'test-results/playwright.json'), JSON.stringify(playwright));
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: dir, encoding: 'utf8' });
  const lines = run.stdout.trim().split('\n');
  return { status: run.status, lines, last: lines[lines.length - 1] };
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

function vitestReport(root: string, failed: boolean) {
  return {
    numPassedTests: 2,
    numFailedTests: failed ? 1 : 0,
    numPendingTests: 1,
    numTodoTests: 0,
    testResults: [
      {
        name: `${root}/rules/a.test.ts`,
        status: failed ? 'failed' : 'passed',
        assertionResults: [
          { fullName: 'a works', status: 'passed', failureMessages: [] },
          { fullName: 'a also works', status: 'passed', failureMessages: [] },
          ...(failed ? [{ fullName: 'a breaks', status: 'failed', failureMessages: ['\u001b[31mAssertionError: expected 1 to be 2\u001b[39m\n    at a.test.ts:3'] }] : []),
        ],
      },
    ],
  };
}

const playwrightReport = {
  stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 0 },
  errors: [],
  suites: [
    {
      title: 'pipeline.spec.ts',
      suites: [],
      specs: [
        { title: 'typing shows a finding', tests: [{ status: 'unexpected', results: [{ error: { message: 'Error: expect(locator).toBeVisible() failed\n\nLocator: x' } }] }] },
        { title: 'fine', tests: [{ status: 'expected', results: [{}] }] },
      ],
    },
  ],
};

describe('scripts/summarise-tests.mjs', () => {
  it('ends with «N passed, N failed» and exits 0 when everything passed; checks count as one test each', () => {
    const out = summarise((root) => ({ vitest: vitestReport(root, false) }), ['check:typecheck=0', 'runner:vitest=0']);
    expect(out.last).toBe('3 passed, 0 failed, 1 skipped');
    expect(out.status).toBe(0);
  });

  it('names each failed test with the first line of its failure, and exits non-zero', () => {
    const out = summarise((root) => ({ vitest: vitestReport(root, true), playwright: playwrightReport }), ['check:build=0', 'runner:vitest=1', 'runner:playwright=1']);
    expect(out.last).toBe('7 passed, 2 failed, 1 skipped');
    expect(out.status).toBe(1);
    expect(out.lines).toContain('  ✗ rules/a.test.ts › a breaks: AssertionError: expected 1 to be 2');
    expect(out.lines).toContain('  ✗ pipeline.spec.ts › typing shows a finding: Error: expect(locator).toBeVisible() failed');
  });

  it('counts a runner that exits non-zero without a failed test as one failure (a crash)', () => {
    const out = summarise(() => ({}), ['check:typecheck=0', 'runner:vitest=1']);
    expect(out.last).toBe('1 passed, 1 failed');
    expect(out.status).toBe(1);
  });

  it('counts a failed check, and exits non-zero when no test ran at all', () => {
    expect(summarise(() => ({}), ['check:typecheck=2']).status).toBe(1);
    const none = summarise(() => ({}), ['check:typecheck=0', 'runner:vitest=0']);
    expect(none.last).toBe('1 passed, 0 failed');
    expect(none.status).toBe(1);
  });
});
