// Reads every fixture page in Chromium (file://) and prints the models as JSON, to compare with jsdom.
// Run: node adapters/bench/chromium-fixtures.mjs > /tmp/chromium-models.json
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';

const bundle = await build({ entryPoints: ['adapters/read.ts'], bundle: true, format: 'iife', globalName: 'VL', write: false });
const dir = resolve('tests/fixtures/pages');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const out = {};
for (const name of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
  await page.goto(`file://${dir}/${name}`);
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  out[name] = await page.evaluate(() => {
    const before = document.documentElement.outerHTML;
    const r = VL.readDocument(document);
    if (document.documentElement.outerHTML !== before) throw new Error('DOM changed');
    return r && r.model;
  });
}
console.log(JSON.stringify(out, null, 1));
await browser.close();
