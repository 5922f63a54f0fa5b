#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh Debian machine (run as root): Debian's
# Chromium (npm cannot download browsers here) and the locked npm dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  echo "Installerer Chromium fra Debian …"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
