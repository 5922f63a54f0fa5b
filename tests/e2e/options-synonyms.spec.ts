import { expect, test } from './support/fixtures';
import { extensionIdOf } from './support/browser';
import { readOverlayFindings } from './support/overlay';

/**
 * Label synonyms for the generic adapter: a form whose child's-view field is labelled «Jentas egne ord»
 * is not understood until the quality lead adds that label; the preview shows the effect on a pasted page,
 * and once published the checker on an open form finds the field at once.
 */
const VOICE_RULE = 'medvirkning/barnets-stemme-i-tiltaksplan';
const FORM = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Tiltaksplan</title></head><body>
<h1>Tiltaksplan</h1>
<label for="n">Barnets navn</label><input id="n" value="Sofie Hansen">
<label for="f">Fødselsdato</label><input id="f" value="03.04.2014">
<label for="s">Jentas egne ord</label><textarea id="s">Sofie sier: «Jeg vil gjerne begynne på fotball igjen.» Hun forteller at hun liker den nye læreren, men at friminuttene er vanskelige.</textarea>
<label for="h">Hovedmål</label><textarea id="h">Sofie skal ha en trygg og forutsigbar hverdag hjemme og på skolen.</textarea>
</body></html>`;

test('a label synonym added in the workbench lets the generic adapter read the field', async ({ context, page }) => {
  const formUrl = 'http://127.0.0.1:9/fagsystem/tiltaksplan.html';
  await context.route(formUrl, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: FORM }));
  await page.goto(formUrl);
  await expect.poll(async () => (await readOverlayFindings(page)).map((f) => f.ruleId), { timeout: 15_000 }).toContain(VOICE_RULE);

  const id = await extensionIdOf(context);
  const workbench = await context.newPage();
  await workbench.goto(`chrome-extension://${id}/options.html`);
  await workbench.getByLabel('Ny lokal pakke som bygger på standardpakken:').fill('Bydel Vest');
  await workbench.getByRole('button', { name: 'Lag lokal pakke', exact: true }).click();
  await expect(workbench.getByTestId('notice')).toContainText('er laget');

  await workbench.locator('[data-tab="feltnavn"]').click();
  await expect(workbench.locator('[data-adapter="fagsystem-demo"]')).toBeVisible();
  await expect(workbench.locator('[data-adapter="generic"]')).toBeVisible();
  const synonyms = workbench.locator('textarea[data-synonyms="barnetsSynspunkter"]');
  await synonyms.fill('Jentas egne ord');
  await synonyms.blur();

  await workbench.locator('[data-tab="forhandsvisning"]').click();
  await workbench.getByTestId('preview-source').selectOption('paste');
  await workbench.getByLabel(/Lim inn et dokument\. Det blir bare vist her/).fill(FORM);
  await expect(workbench.getByTestId('fields-differ')).toBeVisible();
  await expect(workbench.getByTestId('diff-summary')).toContainText('1 forsvinner');
  await expect(workbench.locator(`.wb-findings--removed [data-rule-id="${VOICE_RULE}"]`)).toBeVisible();

  await workbench.getByTestId('version-note').fill('Etikett i vårt fagsystem');
  await workbench.getByTestId('publish').click();
  await expect(workbench.getByTestId('notice')).toContainText('er publisert');

  await page.bringToFront();
  await expect.poll(async () => (await readOverlayFindings(page)).map((f) => f.ruleId), { timeout: 15_000 }).not.toContain(VOICE_RULE);
});
