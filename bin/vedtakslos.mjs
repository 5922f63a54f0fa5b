#!/usr/bin/env node
// `vedtakslos`: starts the TypeScript CLI in cli/ through tsx's API, from any working directory.
import { createRequire } from 'node:module';
import { tsImport } from 'tsx/esm/api';

// The stemmer (@nlpjs/lang-no) does `require('@nlpjs/core')`; the extension and Vitest alias that to
// rules/text/nlpjs-core-shim.cjs. Node 20's module hooks do not reach a require() inside CommonJS, and
// tsx's tsconfig `paths` skip node_modules, so the alias is made with Node's documented require.cache:
// the entry for @nlpjs/core (as @nlpjs/lang-no resolves it) is the shim's module, before anything loads.
const require = createRequire(import.meta.url);
const shim = require('../rules/text/nlpjs-core-shim.cjs');
const corePath = createRequire(require.resolve('@nlpjs/lang-no/src/stemmer-no.js')).resolve('@nlpjs/core');
require.cache[corePath] = Object.assign(Object.create(null), {
  id: corePath, filename: corePath, loaded: true, exports: shim, children: [], paths: [],
});

// tsconfig: false, so a tsconfig.json in the caller's working directory cannot change how cli/ compiles.
const { run } = await tsImport('../cli/run.ts', { parentURL: import.meta.url, tsconfig: false });
process.exitCode = await run(process.argv.slice(2));
