#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --no-build]`: the performance benchmark (bench/run.ts, bench/README.md).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const r = spawnSync(tsx, ['bench/run.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
