import { describe, expect, it } from 'vitest';
import { startDemoServer } from './server.mjs';

describe('startDemoServer', () => {
  it('builds if needed, serves the app shell and its assets on 127.0.0.1, and closes', async () => {
    const server = await startDemoServer({ port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(server.url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      const html = await page.text();
      expect(html).toContain('<div id="app">');
      const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      const asset = await fetch(new URL(script!, server.url));
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toContain('javascript');

      expect((await fetch(new URL('sak/ukjent', server.url))).status).toBe(200);
      expect((await fetch(new URL('/%2e%2e/%2e%2e/package.json', server.url))).status).not.toBe(500);
      const traversal = await fetch(new URL('/..%2f..%2fpackage.json', server.url));
      expect(await traversal.text()).not.toContain('"name": "vedtakslos"');
    } finally {
      await server.close();
    }
  }, 60_000);
});
