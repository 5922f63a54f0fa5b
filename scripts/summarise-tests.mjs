// Prints the plain closing line CI reads («N passed, N failed») from the runners' JSON reports plus
// the pipeline steps (type-check, builds) that are not tests of a runner. Exits non-zero on any
// failure, and when no test ran at all.
import { readFileSync, existsSync } from 'node:fs';

const [stepsPassed = 0, stepsFailed = 0] = process.argv.slice(2).map(Number);

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = readJson('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitest.numRuntimeErrorTestSuites ?? 0);
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}

const playwright = readJson('test-results/playwright.json');
if (playwright) {
  const s = playwright.stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
  if ((playwright.errors ?? []).length > 0) failed += playwright.errors.length;
}

const testsRan = passed + failed;
const stepFailures = Number(stepsFailed);
const totalFailed = failed + stepFailures;
console.log(`\nunit+e2e: ${passed} passed, ${failed} failed, ${skipped} skipped; pipeline steps: ${stepsPassed} ok, ${stepFailures} failed`);
console.log(`${passed + Number(stepsPassed)} passed, ${totalFailed} failed` + (skipped ? `, ${skipped} skipped` : ''));
if (testsRan === 0) {
  console.error('Ingen tester ble kjørt.');
  process.exit(1);
}
process.exit(totalFailed > 0 ? 1 : 0);
