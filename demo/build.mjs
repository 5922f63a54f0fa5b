// Builds demo/dist: node demo/build.mjs
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

await build({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)), logLevel: 'warn' });
