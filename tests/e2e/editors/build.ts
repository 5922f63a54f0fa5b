import { existsSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));
const srcDir = join(here, 'src');
const distDir = join(here, 'dist');
export const EDITOR_PAGES = ['ckeditor-vedtak.html', 'quill-tiltaksplan.html', 'iframe-evaluering.html'] as const;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  if (!EDITOR_PAGES.every((page) => existsSync(join(distDir, page)))) return true;
  const built = Math.min(...EDITOR_PAGES.map((page) => statSync(join(distDir, page)).mtimeMs));
  return Math.max(newestMtime(srcDir), statSync(join(here, 'vite.config.ts')).mtimeMs) > built;
}

/**
 * Builds the real-editor test pages (CKEditor 5 and Quill from npm, no CDN) into tests/e2e/editors/dist when
 * they are missing or older than their sources. Vite runs in a child process so Playwright's loader never
 * has to import it. Call from Playwright's globalSetup.
 */
export function buildEditorPages(opts: { force?: boolean } = {}): void {
  if (!opts.force && !isStale()) return;
  execFileSync(process.execPath, [join(here, '../../../node_modules/vite/bin/vite.js'), 'build', '--config', join(here, 'vite.config.ts')], {
    stdio: 'inherit',
    cwd: join(here, '../../..'),
  });
}
