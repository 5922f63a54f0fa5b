// Prints the plain closing line CI reads («N passed, N failed») from the runners' JSON reports and
// the exit codes of the pipeline's steps. Arguments: `check:<name>=<rc>` (type-check, builds: one
// test each) and `runner:<vitest|playwright>=<rc>`. Exits non-zero on any failure, and when no test ran.
import { readFileSync, existsSync } from 'node:fs';

const REPORTS = { vitest: 'test-results/vitest.json', playwright: 'test-results/playwright.json' };

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

function countsOf(runner) {
  const report = readJson(REPORTS[runner]);
  if (!report) return null;
  if (runner === 'vitest') {
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
      skipped: report.numPendingTests + report.numTodoTests,
    };
  }
  const s = report.stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected + (report.errors?.length ?? 0), skipped: s.skipped };
}

/** The first line of a failure message, without colour codes, cut to fit one line of a CI log. */
function firstLine(message) {
  const line = String(message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '';
  return line.trim().slice(0, 240);
}

/** Each failed test by name with the first line of its failure, so the end of a CI log says what failed. */
function failuresOf(runner) {
  const report = readJson(REPORTS[runner]);
  if (!report) return [];
  if (runner === 'vitest') {
    const failures = [];
    for (const file of report.testResults ?? []) {
      const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
      for (const t of failed) failures.push(`${file.name.replace(process.cwd() + '/', '')} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
      if (!failed.length && file.status === 'failed') failures.push(`${file.name.replace(process.cwd() + '/', '')}: ${firstLine(file.message)}`);
    }
    return failures;
  }
  const failures = (report.errors ?? []).map((e) => `playwright: ${firstLine(e.message)}`);
  const walk = (suite, titles) => {
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const error = test.results?.find((r) => r.error)?.error;
        failures.push(`${[...titles, spec.title].filter(Boolean).join(' › ')}: ${firstLine(error?.message)}`);
      }
    }
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  return failures;
}

let passed = 0;
let failed = 0;
let skipped = 0;
let testsRan = 0;
const lines = [];

for (const arg of process.argv.slice(2)) {
  const [key, rcText] = arg.split('=');
  const [kind, name] = key.split(':');
  const rc = Number(rcText);
  if (kind === 'check') {
    if (rc === 0) passed += 1;
    else failed += 1;
    lines.push(`${name}: ${rc === 0 ? 'ok' : 'FAILED'}`);
    continue;
  }
  const counts = countsOf(name) ?? { passed: 0, failed: 0, skipped: 0 };
  // A runner that exited non-zero without a failed test in its report crashed or found no tests.
  const crashed = rc !== 0 && counts.failed === 0 ? 1 : 0;
  passed += counts.passed;
  failed += counts.failed + crashed;
  skipped += counts.skipped;
  testsRan += counts.passed + counts.failed;
  lines.push(`${name}: ${counts.passed} passed, ${counts.failed + crashed} failed, ${counts.skipped} skipped`);
  for (const failure of failuresOf(name)) lines.push(`  ✗ ${failure}`);
}

console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
if (testsRan === 0) {
  console.error('Ingen tester ble kjørt.');
  process.exit(1);
}
process.exit(failed > 0 ? 1 : 0);
