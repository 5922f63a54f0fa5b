#!/usr/bin/env bash
# The one test command (README; .ci/run runs exactly this): set-up, type-check, unit tests, build,
# end-to-end tests in Debian's Chromium, then one plain summary line «N passed, N failed».
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

mkdir -p test-results
rm -f test-results/*.json
steps_passed=0
steps_failed=0
step() { # name, command…
  local name=$1; shift
  echo "::: $name"
  if "$@"; then steps_passed=$((steps_passed + 1)); else steps_failed=$((steps_failed + 1)); echo "::: $name FAILED"; fi
}

step "typecheck" npx tsc --noEmit -p .
step "unit tests (Vitest)" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
step "build (Chrome/Edge)" npm run --silent build
step "build (Firefox)" npm run --silent build:firefox
step "end-to-end tests (Playwright, Chromium)" env PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json npx playwright test

node scripts/summarise-tests.mjs "$steps_passed" "$steps_failed"
