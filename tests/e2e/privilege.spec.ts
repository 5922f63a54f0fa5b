import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extensionPath } from './support/browser';

/**
 * Least privilege, read off the built extension (.output/chrome-mv3, what users install): the exact
 * permission set, content scripts only on the local demo origins, a strict CSP for the extension's own
 * pages, and no code built from strings or loaded from elsewhere. Each permission is explained in
 * tests/security/SECURITY.md («Tillatelser»).
 */
interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[]; css?: string[] }>;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  [key: string]: unknown;
}
const manifestText = () => readFileSync(join(extensionPath, 'manifest.json'), 'utf8');
const manifest = (): Manifest => JSON.parse(manifestText()) as Manifest;

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, out);
    else out.push(path);
  }
  return out;
}

test.describe('least privilege (built manifest and bundle)', () => {
  test('exactly storage, scripting and activeTab; host access beyond localhost only as optional permissions', () => {
    const m = manifest();
    expect([...(m.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect([...(m.host_permissions ?? [])].sort()).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect([...(m.optional_host_permissions ?? [])].sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(manifestText()).not.toContain('<all_urls>');
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
  });

  test('content scripts are declared only for http://localhost/* and http://127.0.0.1/*', () => {
    const scripts = manifest().content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect([...script.matches].sort()).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  });

  test('the extension pages CSP allows scripts only from the extension itself', () => {
    const csp = manifest().content_security_policy?.extension_pages ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|wasm-unsafe-eval/);
    // connect-src is for the managed pack URL only (https, or a local server while testing).
    for (const source of directives.get('connect-src') ?? []) expect(source).toMatch(/^(https:|http:\/\/localhost:\*|http:\/\/127\.0\.0\.1:\*|'self')$/);
    expect(manifest().content_security_policy?.sandbox).toBeUndefined();
  });

  test('the built code has no eval, no new Function and no remote scripts', () => {
    const files = filesUnder(extensionPath);
    const js = files.filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(2);
    for (const file of js) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/(^|[^\w$.])eval\s*\(/);
      expect(code, file).not.toMatch(/new\s+Function\s*\(/);
      expect(code, file).not.toMatch(/(^|[^\w$.])Function\s*\(\s*["'`]/);
      expect(code, file).not.toMatch(/import\s*\(\s*["'`]https?:/);
      expect(code, file).not.toMatch(/import\s+[^;]*from\s*["'`]https?:/);
      expect(code, file).not.toMatch(/importScripts\s*\(/);
      expect(code, file).not.toMatch(/set(Timeout|Interval)\s*\(\s*["'`]/);
    }
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]*)"/g)) expect(src, file).not.toMatch(/^(https?:)?\/\//);
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/); // no inline script
    }
  });
});
