import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { nlpjsCoreAlias } from './wxt.config';

export default defineConfig({
  // WxtVitest() does not apply wxt.config's vite.plugins, so Preact and the shim are repeated here.
  plugins: [WxtVitest(), preact()],
  resolve: { alias: nlpjsCoreAlias },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', 'tests/e2e/**', 'demo/dist/**'],
    environment: 'node',
    setupFiles: ['tests/setup/vitest.setup.ts'],
    // vmThreads ran out of memory on the whole suite (worker exited); forks is slower but stable.
    pool: 'forks',
  },
});
