// Reads every Fagsystem-demo document in Chromium with the site adapter and with the generic adapter and
// compares both with the case files' expected models. Run: node adapters/bench/chromium-demo.mjs
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { startDemoServer } from '../../demo/server.mjs';

const bundle = await build({ entryPoints: ['adapters/bench/demo-entry.ts'], bundle: true, format: 'iife', globalName: 'VL', write: false, loader: { '.json': 'json' } });
const server = await startDemoServer({ port: 0, build: 'never' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
let failed = 0;
const cases = await (async () => {
  await page.goto(server.url);
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  return page.evaluate(() => VL.caseIds());
})();
for (const id of cases) {
  for (const type of ['vedtak', 'tiltaksplan', 'evaluering']) {
    await page.goto(`${server.url}#/sak/${id}/${type}`);
    await page.waitForSelector(`form#${type}-skjema`);
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const r = await page.evaluate(([id, type]) => VL.compare(id, type), [id, type]);
    if (!r.ok) failed++;
    console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${id}/${type} ${r.ok ? '' : r.detail}`);
  }
}
await browser.close();
await server.close();
process.exit(failed ? 1 : 0);
