// Vite config for the stand-alone overlay preview (not part of the extension build).
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  plugins: [preact()],
  server: { port: 5178, strictPort: true, host: '127.0.0.1' },
  build: {
    outDir: '/tmp/vedtakslos-overlay-preview',
    emptyOutDir: true,
    rollupOptions: { input: { preview: `${here}preview.html`, bench: `${here}bench.html` } },
  },
  logLevel: 'warn',
});
