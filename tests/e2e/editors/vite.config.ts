import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * The real-editor test pages (CKEditor 5, Quill, an iframe editor), bundled from npm packages into
 * tests/e2e/editors/dist so they load with no network. Served by the E2E static server at /editors/dist/.
 */
const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  root: src(''),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: false,
    chunkSizeWarningLimit: 10_000,
    rollupOptions: {
      input: {
        ckeditor: src('ckeditor-vedtak.html'),
        quill: src('quill-tiltaksplan.html'),
        iframe: src('iframe-evaluering.html'),
      },
    },
  },
});
