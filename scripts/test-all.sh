#!/usr/bin/env bash
# The one test command (README; .ci/run runs exactly this): set-up, type-check, unit tests, build,
# end-to-end tests in Debian's Chromium, then one plain summary line «N passed, N failed».
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

mkdir -p test-results
rm -f test-results/*.json
# Each step's exit code goes to the summary: the checks (type-check, builds) count as one test each;
# a runner that fails without reporting a failed test (a crash) counts as one failure.
results=()
step() { # key, name, command…
  local key=$1 name=$2; shift 2
  echo "::: $name"
  "$@"
  local rc=$?
  [ $rc -eq 0 ] || echo "::: $name FAILED (exit $rc)"
  results+=("$key=$rc")
}

step check:typecheck "type-check" npx tsc --noEmit -p .
step runner:vitest "unit tests (Vitest)" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
step check:build-chrome "build (Chrome/Edge)" npm run --silent build
step check:build-firefox "build (Firefox)" npm run --silent build:firefox
step runner:playwright "end-to-end tests (Playwright, Chromium)" env PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json npx playwright test

node scripts/summarise-tests.mjs "${results[@]}"
