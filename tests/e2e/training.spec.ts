import type { BrowserContext, Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, foreignRequests, retype } from './support/fixtures';
import { extensionPath } from './support/browser';
import { markerFor, readOverlayFindings, summaryPanel, waitForStableTotal } from './support/overlay';

/** The shipped scenarios, read as files (the test checks the page against its own data). */
const SCENARIOS = readdirSync('components/training/scenarios')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`components/training/scenarios/${f}`, 'utf8')) as { id: string; targetRules: string[] });
const scenario = (id: string) => SCENARIOS.find((s) => s.id === id)!;

const panelFinding = (rule: string) => `vedtakslos-overlay [data-place="panel"][data-rule-id="${rule}"]`;
const walkthroughRule = (page: Page) => page.locator('[data-walkthrough-step] [data-rule-id]');

/**
 * The id Chromium gives an unpacked extension without a manifest key: SHA-256 of its absolute path, first
 * 32 hex digits written with a–p. The service worker's URL says the same, but the worker may not be up yet
 * (or already idle) when a test starts; the popup loading below proves the id right.
 */
function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0];
  return worker ? new URL(worker.url()).host : unpackedExtensionId(extensionPath);
}

/** As a trainer does: the toolbar popup, then «Øvingsmiljø», which opens the training page in a new tab. */
async function openTrainingFromPopup(context: BrowserContext, page: Page): Promise<Page> {
  const id = await extensionId(context);
  // Right after launch the extension may still be registering: load the popup again until it is there.
  await expect(async () => {
    await page.goto(`chrome-extension://${id}/popup.html`);
    await expect(page.getByRole('button', { name: 'Øvingsmiljø' })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Øvingsmiljø' }).click();
  const training = await opened;
  await training.waitForLoadState('domcontentloaded');
  expect(training.url()).toMatch(new RegExp(`^chrome-extension://${id}/training\\.html`));
  return training;
}

async function chooseScenario(page: Page, id: string): Promise<void> {
  await page.locator(`[data-scenario-id="${id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#/${id}/mangelfull$`));
  await waitForStableTotal(page);
}

test('from the popup: choose a scenario, step through every finding, then the improved version has none of the learning goal', async ({
  context,
  page,
  requests,
}) => {
  const training = await openTrainingFromPopup(context, page);
  const { id, targetRules } = scenario('vedtak-barnets-stemme-via-mor');
  await chooseScenario(training, id);

  // The real overlay (same checker, engine and pack) shows the scenario's target findings.
  const onPage = await readOverlayFindings(training);
  for (const rule of targetRules) await expect(training.locator(panelFinding(rule))).toHaveCount(1);
  await expect(training.locator('[data-target-count]')).toHaveAttribute('data-target-count', String(targetRules.length));

  // The walkthrough visits every finding once, learning goal first, each with its basis and explanation.
  const visited: string[] = [];
  for (let step = 1; step <= onPage.length; step++) {
    await expect(training.locator('[data-walkthrough-step]')).toHaveAttribute('data-walkthrough-step', String(step));
    visited.push((await walkthroughRule(training).getAttribute('data-rule-id'))!);
    await expect(training.locator('[data-walkthrough-step] .vl-basis')).toContainText(/Barnevernsloven|Bufdir|Rundskriv|§/i);
    await expect(training.locator('[data-walkthrough-step] .tr-step__explanation')).not.toBeEmpty();
    if (step < onPage.length) await training.getByRole('button', { name: 'Neste →' }).click();
  }
  await expect(training.getByRole('button', { name: 'Neste →' })).toBeDisabled();
  expect([...visited].sort()).toEqual(onPage.map((f) => f.ruleId).sort());
  expect(visited.slice(0, targetRules.length).sort()).toEqual([...targetRules].sort());

  // «Gå til feltet» takes the learner to the field the step is about.
  await training.locator('[data-walkthrough-step]').getByRole('button', { name: 'Gå til feltet' }).click();
  await expect(training.locator('#vedtak-barnets-synspunkter')).toBeFocused();

  // «Vis forbedret versjon»: the findings disappear from the overlay.
  await training.getByRole('button', { name: 'Vis forbedret versjon' }).click();
  await expect(training).toHaveURL(new RegExp(`#/${id}/forbedret$`));
  expect(await waitForStableTotal(training)).toBe(0);
  for (const rule of targetRules) await expect(training.locator(panelFinding(rule))).toHaveCount(0);
  await expect(summaryPanel(training)).toHaveAttribute('data-total', '0');
  await expect(training.locator('[data-target-count]')).toHaveAttribute('data-target-count', '0');
  await expect(training.locator('#vedtak-barnets-synspunkter')).toHaveValue(/Mina sa|Hun sa/);

  expect(foreignRequests(requests, [])).toEqual([]);
});

test('exercise: fixing a flawed field makes its finding disappear and the progress reach the end', async ({ context, page, requests }) => {
  const training = await openTrainingFromPopup(context, page);
  const { id } = scenario('tiltaksplan-planperiode-20-mnd');
  await chooseScenario(training, id);

  const rule = 'frister/planperiode-maks-12-mnd';
  await expect(training.locator(panelFinding(rule))).toHaveCount(1);
  // Markers are drawn for fields in view (as on a fagsystem page).
  await training.locator('#tiltaksplan-periode-til').scrollIntoViewIfNeeded();
  await expect(markerFor(training, 'planperiodeTil')).toBeVisible();
  await expect(training.locator('[data-progress-text]')).toHaveText('0 av 1 funn rettet · 1 igjen for læringsmålet');

  await retype(training, '#tiltaksplan-periode-til', '14.06.2027');
  await expect(training.locator(panelFinding(rule))).toHaveCount(0);
  await expect(summaryPanel(training)).toHaveAttribute('data-total', '0');
  await expect(training.getByText('Ingen funn igjen – godt jobbet!')).toBeVisible();
  await expect(training.getByRole('progressbar', { name: 'Rettede funn' })).toHaveAttribute('aria-valuenow', '1');

  // «Begynn på nytt» brings back the flawed text (the edit lived only in the form's memory).
  await training.getByRole('button', { name: 'Begynn på nytt' }).click();
  await expect(training.locator('#tiltaksplan-periode-til')).toHaveValue('14.02.2028');
  await expect(training.locator(panelFinding(rule))).toHaveCount(1);

  expect(foreignRequests(requests, [])).toEqual([]);
});

test('exercise in free text: the child\'s own words replace the mother\'s account, and that finding goes', async ({ context, page }) => {
  const training = await openTrainingFromPopup(context, page);
  await chooseScenario(training, 'vedtak-barnets-stemme-via-mor');
  const rule = 'medvirkning/barnets-egne-ord';
  await expect(training.locator(panelFinding(rule))).toHaveCount(1);

  await retype(
    training,
    '#vedtak-barnets-synspunkter',
    'Saksbehandler snakket med Mina alene på skolen 04.03.2026. Mina sa: «Jeg får vondt i magen når mamma og pappa krangler i gangen.» Hun ønsker å bo hos begge.',
  );
  await expect(training.locator(panelFinding(rule))).toHaveCount(0);
  await expect(training.locator('[data-progress-text]')).toContainText(/^[1-9] av \d+ funn rettet/);
});

test('a nynorsk scenario: its frozen «today», nynorsk text, and only its own fictional child on the page', async ({ context, page, requests }) => {
  const training = await openTrainingFromPopup(context, page);
  await chooseScenario(training, 'tiltaksplan-utgatt-planperiode-nynorsk');
  await expect(training.getByText('Dagens dato i øvelsen: 23.11.2026')).toBeVisible();
  await expect(training.locator(panelFinding('frister/planperiode-utlopt'))).toHaveCount(1);
  // The overlay speaks the scenario's language too.
  await expect(training.locator(`${panelFinding('frister/planperiode-utlopt')} .vl-finding__msg`)).toHaveText(/^Planperioden er ute\./);
  await expect(training.locator('.training-document')).toHaveAttribute('lang', 'nn');
  await expect(training.locator('#tiltaksplan-hovedmal')).toHaveValue(/kvardag med skule/);

  await training.getByRole('button', { name: 'Vis forbedret versjon' }).click();
  expect(await waitForStableTotal(training)).toBe(0);

  // No demo case is anywhere on the page: only the scenario's fictional child.
  const text = await training.locator('body').innerText();
  for (const demoChild of ['Holtevik', 'Lindgjerde', 'Myrstrand', 'Brattvik', 'Sæterlid', 'Tindeland']) expect(text).not.toContain(demoChild);
  await expect(training.locator('#tiltaksplan-barnets-navn')).toHaveValue('Eirik Haugland');

  expect(foreignRequests(requests, [])).toEqual([]);
});

test('presentation mode hides the library, enlarges the guide, and steps with a presenter\'s keys', async ({ context, page }) => {
  const training = await openTrainingFromPopup(context, page);
  await chooseScenario(training, 'evaluering-tiltakene-fortsetter');
  const goal = training.locator('.tr-goal');
  const before = await goal.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await training.getByRole('button', { name: 'Presentasjonsmodus' }).click();
  await expect(training.getByRole('button', { name: 'Presentasjonsmodus' })).toHaveAttribute('aria-pressed', 'true');
  await expect(training.locator('.training-library')).toBeHidden();
  const after = await goal.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(after).toBeGreaterThanOrEqual(before * 1.4);
  // The overlay still sits on the (zoomed) form.
  await expect(summaryPanel(training)).toHaveCount(1);
  // A presenter's remote (PageDown/PageUp) or the arrow keys step through the walkthrough.
  await expect(training.locator('[data-walkthrough-step]')).toHaveAttribute('data-walkthrough-step', '1');
  await training.keyboard.press('PageDown');
  await training.keyboard.press('ArrowRight');
  await expect(training.locator('[data-walkthrough-step]')).toHaveAttribute('data-walkthrough-step', '3');
  await training.keyboard.press('PageUp');
  await expect(training.locator('[data-walkthrough-step]')).toHaveAttribute('data-walkthrough-step', '2');
});

test('a trainer imports a scenario file with its own frozen «today»; a broken file is refused with exact Norwegian errors', async ({ context, page }) => {
  const training = await openTrainingFromPopup(context, page);
  const own = { ...JSON.parse(readFileSync('components/training/scenarios/07-tiltaksplan-planperiode-20-mnd.json', 'utf8')) };
  own.id = 'egen-planperiode';
  own.title = 'Egen øvelse: planperiode';
  // The trainer freezes «today» after the improved plan's end (14.06.2027): its plan period has then run out.
  own.today = '2028-01-01';
  const file = { format: 'vedtakslos-ovingsscenarier', version: 1, scenarios: [own] };

  const chooser = training.waitForEvent('filechooser');
  await training.getByRole('button', { name: 'Importer scenarier …' }).click();
  await (await chooser).setFiles({ name: 'egne.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(training).toHaveURL(/#\/egen-planperiode\/mangelfull$/);
  await expect(training.locator('[data-scenario-id="egen-planperiode"]')).toHaveAttribute('aria-current', 'true');
  await waitForStableTotal(training);
  await expect(training.locator(panelFinding('frister/planperiode-maks-12-mnd'))).toHaveCount(1);
  await expect(training.getByText('Dagens dato i øvelsen: 01.01.2028')).toBeVisible();
  await training.getByRole('button', { name: 'Vis forbedret versjon' }).click();
  await waitForStableTotal(training);
  await expect(training.locator(panelFinding('frister/planperiode-utlopt'))).toHaveCount(1);
  await expect(training.locator(panelFinding('frister/planperiode-maks-12-mnd'))).toHaveCount(0);

  const broken = structuredClone(file);
  broken.scenarios[0].flawed.fields.planperiodeTil = '2028-02-14';
  const again = training.waitForEvent('filechooser');
  await training.getByRole('button', { name: 'Importer scenarier …' }).click();
  await (await again).setFiles({ name: 'feil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(training.locator('[data-import-errors]')).toContainText('scenarios[0].flawed.fields.planperiodeTil: Dato må skrives som dd.mm.åååå');
});
