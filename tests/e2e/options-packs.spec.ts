import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { extensionIdOf } from './support/browser';
import { readOverlayFindings } from './support/overlay';

/**
 * The quality lead's workbench against the real checker: a pack imported and published in the options
 * page changes the overlay on an open demo form at once (no reload of page or extension); a broken pack
 * is refused with path-precise errors and changes nothing; rolling back brings the old behaviour back.
 */
const CASE = 'emil-holtevik';
const THRESHOLD_RULE = 'frister/planperiode-maks-12-mnd'; // the plan runs 13.06.2023–05.02.2025 (20 months)
const DISABLED_RULE = 'mal-tiltak/vage-mal';

function localPack(overrides: Record<string, unknown>, version = '1.0.0') {
  return {
    id: 'lokal.bydel-nord',
    version,
    language: 'nb',
    extends: 'standard',
    metadata: { name: 'Bydel Nord' },
    overrides,
    rules: [],
  };
}

async function openWorkbench(context: BrowserContext): Promise<Page> {
  const id = await extensionIdOf(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await expect(page.getByRole('heading', { name: 'Regelpakker', exact: true })).toBeVisible();
  return page;
}

async function importPack(workbench: Page, name: string, pack: unknown): Promise<void> {
  const text = typeof pack === 'string' ? pack : JSON.stringify(pack, null, 2);
  await workbench.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function ruleIdsOn(form: Page): Promise<string[]> {
  return (await readOverlayFindings(form)).map((f) => f.ruleId);
}

async function expectRules(form: Page, expected: { present?: string[]; absent?: string[] }): Promise<void> {
  await expect
    .poll(async () => {
      const ids = new Set(await ruleIdsOn(form));
      return [...(expected.present ?? []).filter((r) => !ids.has(r)), ...(expected.absent ?? []).filter((r) => ids.has(r))];
    }, { timeout: 15_000 })
    .toEqual([]);
}

test('an imported pack that disables a rule and raises a threshold changes the overlay at once', async ({ context, page, demoUrl }) => {
  await page.goto(`${demoUrl}/#/sak/${CASE}/tiltaksplan`);
  await expectRules(page, { present: [THRESHOLD_RULE, DISABLED_RULE] });

  const workbench = await openWorkbench(context);
  await importPack(workbench, 'bydel-nord.json', localPack({ [DISABLED_RULE]: { enabled: false }, [THRESHOLD_RULE]: { params: { maksMnd: 24 } } }));
  await expect(workbench.getByTestId('notice')).toContainText('er importert som versjon 1');
  await expect(workbench.locator('[data-pack-id="lokal.bydel-nord"]')).toBeVisible();

  // The forms show what the file changed: the rule is off, the threshold is 24.
  await workbench.locator(`[data-rule-id="${THRESHOLD_RULE}"] .wb-rule__toggle`).click();
  await expect(workbench.locator(`[data-rule-id="${THRESHOLD_RULE}"] input[data-param="maksMnd"]`)).toHaveValue('24');
  await expect(workbench.locator(`[data-rule-id="${DISABLED_RULE}"] .wb-badge`, { hasText: 'Av' })).toBeVisible();

  // Raising the threshold breaks the rule's own bad examples: publishing asks for a second yes first.
  await workbench.getByTestId('publish').click();
  const check = workbench.getByTestId('publish-check');
  await expect(check.locator(`[data-rule-id="${THRESHOLD_RULE}"]`).first()).toBeVisible();
  await expect(workbench.getByTestId('in-force')).toContainText('Nasjonal standardpakke');
  await check.getByRole('button', { name: 'Publiser likevel' }).click();
  await expect(workbench.getByTestId('notice')).toContainText('er publisert');
  await expect(workbench.getByTestId('in-force')).toContainText('Bydel Nord');

  await page.bringToFront();
  await expectRules(page, { absent: [THRESHOLD_RULE, DISABLED_RULE] });
});

test('a broken pack is refused with path-precise errors and the active pack stays in force', async ({ context, page, demoUrl }) => {
  const workbench = await openWorkbench(context);
  await importPack(workbench, 'god.json', localPack({ [DISABLED_RULE]: { enabled: false } }));
  await workbench.getByTestId('publish').click();
  await expect(workbench.getByTestId('in-force')).toContainText('Bydel Nord');

  await page.goto(`${demoUrl}/#/sak/${CASE}/tiltaksplan`);
  await expectRules(page, { present: [THRESHOLD_RULE], absent: [DISABLED_RULE] });

  const broken = localPack({ [DISABLED_RULE]: { enabled: 'nei' }, [THRESHOLD_RULE]: { severity: 'kritisk' } }, '2.0.0');
  await importPack(workbench, 'ødelagt.json', broken);
  const errors = workbench.locator('#wb-import-errors');
  await expect(errors).toBeVisible();
  await expect(errors).toContainText('ødelagt.json');
  await expect(errors.locator('[data-path]')).toHaveCount(2);
  const paths = await errors.locator('[data-path]').evaluateAll((els) => els.map((e) => e.getAttribute('data-path')));
  expect(paths.join(' ')).toContain(DISABLED_RULE);
  expect(paths.join(' ')).toContain('severity');
  await expect(workbench.getByTestId('notice')).toContainText('ble ikke importert');

  // Syntax errors say where, too.
  await importPack(workbench, 'halv.json', '{ "id": "lokal.x", ');
  await expect(errors).toContainText('linje');

  await expect(workbench.getByTestId('in-force')).toContainText('Bydel Nord');
  await expect(workbench.locator('[data-pack-id="lokal.bydel-nord"] td').nth(2)).toHaveText('1');
  await page.bringToFront();
  await page.waitForTimeout(1000);
  await expectRules(page, { present: [THRESHOLD_RULE], absent: [DISABLED_RULE] });
});

test('rolling back to an earlier version brings its behaviour back', async ({ context, page, demoUrl }) => {
  const workbench = await openWorkbench(context);
  await importPack(workbench, 'v1.json', localPack({ [DISABLED_RULE]: { enabled: false } }));
  await workbench.getByTestId('publish').click();
  await expect(workbench.getByTestId('notice')).toContainText('versjon 1 er publisert');

  await importPack(workbench, 'v2.json', localPack({ [DISABLED_RULE]: { enabled: false }, [THRESHOLD_RULE]: { params: { maksMnd: 24 } } }, '1.1.0'));
  await expect(workbench.getByTestId('notice')).toContainText('versjon 2');
  await workbench.getByTestId('publish').click();
  await workbench.getByTestId('publish-check').getByRole('button', { name: 'Publiser likevel' }).click();
  await expect(workbench.getByTestId('notice')).toContainText('versjon 2 er publisert');

  await page.goto(`${demoUrl}/#/sak/${CASE}/tiltaksplan`);
  await expectRules(page, { absent: [THRESHOLD_RULE, DISABLED_RULE] });

  await workbench.bringToFront();
  await workbench.locator('[data-tab="versjoner"]').click();
  await expect(workbench.getByTestId('version-changes')).toContainText('maksMnd');
  await workbench.locator('tr[data-version="1"]').getByRole('button', { name: 'Rull tilbake hit' }).click();
  await expect(workbench.getByTestId('notice')).toContainText('Rullet tilbake til versjon 1');
  await expect(workbench.locator('tr[data-version="3"]')).toHaveAttribute('data-in-force', 'true');

  await page.bringToFront();
  await expectRules(page, { present: [THRESHOLD_RULE], absent: [DISABLED_RULE] });
});
