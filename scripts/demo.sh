#!/usr/bin/env bash
# The demo (README): builds the extension, serves the Fagsystem-demo, opens a flawed document in
# Chromium with the extension loaded and shows the warnings. Headless without a display: prints the
# findings and saves a screenshot. With DISPLAY set (or VEDTAKSLOS_HEADED=1 under xvfb-run) the
# window stays open to play with.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx wxt build >/dev/null
npx tsx scripts/demo-run.ts "$@"
