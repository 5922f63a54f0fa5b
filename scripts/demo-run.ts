import { parseArgs } from 'node:util';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { startDemoServer } from '../demo/server.mjs';
import { loadCases, childName } from '../demo/cases';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { readOverlayFindings } from '../tests/e2e/support/overlay';

const { values } = parseArgs({
  options: {
    case: { type: 'string' },
    form: { type: 'string', default: 'tiltaksplan' },
    port: { type: 'string', default: '5199' },
    screenshot: { type: 'string', default: 'demo-output/vedtakslos-demo.png' },
  },
});

const headed = Boolean(process.env.DISPLAY) || process.env.VEDTAKSLOS_HEADED === '1';
const form = values.form as 'vedtak' | 'tiltaksplan' | 'evaluering';
const cases = loadCases();
const chosen = values.case
  ? cases.find((c) => c.id === values.case)
  : cases.find((c) => c.dokumenter[form].quality === 'mangelfull');
if (!chosen) {
  console.error(`Fant ingen sak ${values.case ?? `med mangelfull ${form}`}. Saker: ${cases.map((c) => c.id).join(', ')}`);
  process.exit(2);
}

const server = await startDemoServer({ port: Number(values.port) });
const context = await launchWithExtension({ headless: !headed });
const page = context.pages()[0] ?? (await context.newPage());
const url = `${server.url.replace(/\/$/, '')}/#/sak/${encodeURIComponent(chosen.id)}/${form}`;
console.log(`Fagsystem-demo: ${server.url}`);
console.log(`Åpner ${form} for ${childName(chosen)} (${chosen.id}): ${url}\n`);
await page.goto(url);

const findings = await readOverlayFindings(page);
printFindings(findings);
await showFirstCard(page);
const screenshot = resolve(values.screenshot!);
mkdirSync(resolve(screenshot, '..'), { recursive: true });
await page.screenshot({ path: screenshot });
console.log(`\nSkjermbilde: ${screenshot}`);

if (headed) {
  console.log('Vinduet er åpent. Lukk det eller trykk Ctrl+C for å avslutte.');
  await new Promise<void>((done) => {
    context.on('close', () => done());
    process.on('SIGINT', () => done());
  });
}
await context.close().catch(() => {});
await server.close();

function printFindings(list: Awaited<ReturnType<typeof readOverlayFindings>>): void {
  if (list.length === 0) {
    console.log('Ingen funn på siden.');
    return;
  }
  console.log(`${list.length} funn på siden:`);
  let lastField: string | undefined;
  for (const f of list) {
    if (f.fieldLabel !== lastField) console.log(`\n  ${f.fieldLabel}`);
    lastField = f.fieldLabel;
    console.log(`    [${f.severity}] ${f.ruleId}: ${f.message}`);
  }
}

async function showFirstCard(p: Page): Promise<void> {
  const marker = p.locator('vedtakslos-overlay .vl-marker').first();
  if ((await marker.count()) === 0) return;
  await marker.scrollIntoViewIfNeeded();
  await marker.click();
  await p.waitForTimeout(200);
}
