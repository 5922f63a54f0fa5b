// Builds (when the sources are newer than the last build) and serves the fagsystem demo from demo/dist.
// Static files only, bound to 127.0.0.1: there is no backend and nothing is stored.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, stat, readdir } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const demoDir = fileURLToPath(new URL('.', import.meta.url));
const distDir = join(demoDir, 'dist');
const SOURCES = ['index.html', 'vite.config.ts', 'build.mjs', 'src', 'cases'];

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

async function newestMtime(path) {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) {
    if (entry.endsWith('.test.ts') || entry.endsWith('.test.tsx')) continue;
    newest = Math.max(newest, await newestMtime(join(path, entry)));
  }
  return newest;
}

async function isBuildStale() {
  let builtAt;
  try {
    builtAt = (await stat(join(distDir, 'index.html'))).mtimeMs;
  } catch {
    return true;
  }
  const sourceTimes = await Promise.all(SOURCES.map((s) => newestMtime(join(demoDir, s))));
  return Math.max(...sourceTimes) > builtAt;
}

/** Builds demo/dist with Vite, in a child process so that it also works from test runners' VM sandboxes. */
export function buildDemo() {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [join(demoDir, 'build.mjs')], { cwd: demoDir }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`Bygging av demoen feilet: ${stderr || error.message}`));
      else resolve(undefined);
    });
  });
}

function resolveFile(urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const full = join(distDir, relative);
  if (full !== distDir && !full.startsWith(distDir + sep)) return null;
  return full;
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  let file = resolveFile(req.url ?? '/');
  if (!file) {
    res.writeHead(400).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
  } catch {
    // Unknown paths get the app shell, like any single-page app host.
    file = join(distDir, 'index.html');
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Ikke funnet');
  }
}

/**
 * Starts the demo server. `port: 0` picks a free port. `build`: 'auto' (default) rebuilds when
 * sources are newer than demo/dist, 'always' rebuilds, 'never' serves what is there.
 * @param {{ port?: number, host?: string, build?: 'auto' | 'always' | 'never' }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startDemoServer({ port = 5199, host = '127.0.0.1', build = 'auto' } = {}) {
  if (build === 'always' || (build === 'auto' && (await isBuildStale()))) await buildDemo();

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
