import type { Page } from '@playwright/test';
import { expect, foreignRequests, test } from './support/fixtures';
import { summaryPanel, waitForStableTotal } from './support/overlay';
import { readFileSync, readdirSync } from 'node:fs';
import { FIELDS, ROWS, type RowSpec } from '../../rules/model/fields';
import type { DocumentType } from '../../rules/model/document';
import { AFTER_DEBOUNCE, allMarkers, centerInView, markerCounts, overlayHosts, panelFindings, rulesAtMarker, total } from './editors/e2e-helpers';

/**
 * The Fagsystem-demo's three forms (vedtak, tiltaksplan, evaluering) with the built extension:
 * flawed cases get findings in every flawed area at canonical fields; good cases get no feil/advarsel;
 * delmål rows added and removed are checked; SPA navigation keeps one overlay whose findings follow the form.
 * Expectations come from the case files (demo/cases/*.json: quality and flaws[].area), not from message texts.
 */

const TYPES: DocumentType[] = ['vedtak', 'tiltaksplan', 'evaluering'];
interface Case {
  id: string;
  dokumenter: unknown;
}
// Read as JSON (Playwright's loader has no JSON import attributes); validated by demo/cases/cases.test.ts.
const cases: Case[] = readdirSync('demo/cases')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(`demo/cases/${f}`, 'utf8')) as Case);

interface DocInfo {
  quality?: 'god' | 'mangelfull';
  flaws?: { area: string; description: string }[];
}
const docOf = (c: Case, type: DocumentType) => (c.dokumenter as Record<string, DocInfo | undefined>)[type];

/** Whether a marker's ref is a canonical field of this document type (rules/model/fields.ts). */
function isCanonicalRef(type: DocumentType, ref: string): boolean {
  if (FIELDS[type].some((f) => f.name === ref)) return true;
  const inRows = (rows: RowSpec[], rest: string): boolean =>
    rows.some((row) => {
      const m = new RegExp(`^${row.name}\\[\\d+\\]\\.(.+)$`).exec(rest);
      if (!m) return false;
      return row.fields.some((f) => f.name === m[1]) || inRows(row.rows ?? [], m[1]!);
    });
  return inRows(ROWS[type], ref);
}

async function openForm(page: Page, demoUrl: string, caseId: string, type: DocumentType, how: 'load' | 'tab'): Promise<void> {
  if (how === 'load') await page.goto(`${demoUrl}/#/sak/${caseId}/${type}`);
  else await page.locator('nav.doc-tabs a').nth(TYPES.indexOf(type)).click();
  await expect(page.locator(`form#${type}-skjema`)).toHaveCount(1);
  await waitForStableTotal(page, 700);
}

const formsOf = (quality: 'god' | 'mangelfull') =>
  cases.flatMap((c) => TYPES.filter((t) => docOf(c, t)?.quality === quality).map((t) => [c, t] as const));

test.describe('flawed cases: findings in every flawed area, at canonical fields', () => {
  for (const c of cases.filter((c) => TYPES.some((t) => docOf(c, t)?.quality === 'mangelfull'))) {
    test(`${c.id}`, async ({ page, demoUrl, requests }) => {
      let first = true;
      for (const type of TYPES) {
        const info = docOf(c, type);
        if (info?.quality !== 'mangelfull') continue;
        await openForm(page, demoUrl, c.id, type, first ? 'load' : 'tab');
        first = false;
        const findings = await panelFindings(page);
        expect(await total(page), `${type}: data-total is the number of listed findings`).toBe(findings.length);
        const areas = new Set(findings.map((f) => f.area));
        for (const area of new Set((info.flaws ?? []).map((f) => f.area))) {
          expect([...areas], `${c.id} ${type}: a finding in the flawed area «${area}»`).toContain(area);
        }
        const markers = await allMarkers(page);
        const refs = Object.keys(markers);
        expect(refs.length, `${type}: at least one field marker`).toBeGreaterThan(0);
        for (const ref of refs) expect(isCanonicalRef(type, ref), `${type}: marker ref ${ref} is canonical`).toBe(true);
        // Every finding the panel puts on a field has that field's marker; the markers add up to those findings.
        const onFields = findings.filter((f) => f.field !== '' && f.field !== 'hele dokumentet');
        expect(Object.values(markers).reduce((a, b) => a + b, 0), `${type}: marker counts = findings on fields`).toBe(onFields.length);
      }
      expect(foreignRequests(requests, [demoUrl])).toEqual([]);
    });
  }
});

test.describe('good cases: no feil or advarsel', () => {
  for (const c of cases.filter((c) => TYPES.every((t) => docOf(c, t)?.quality !== 'mangelfull'))) {
    test(`${c.id}`, async ({ page, demoUrl }) => {
      const serious: string[] = [];
      let first = true;
      for (const type of TYPES) {
        if (docOf(c, type)?.quality !== 'god') continue;
        await openForm(page, demoUrl, c.id, type, first ? 'load' : 'tab');
        first = false;
        for (const f of await panelFindings(page)) {
          if (f.severity === 'feil' || f.severity === 'advarsel') serious.push(`${type}: ${f.ruleId} (${f.severity}) @ ${f.field || 'hele dokumentet'}`);
        }
      }
      expect(serious).toEqual([]);
    });
  }
});

test('adding a delmål row gets it checked; removing it takes its findings away; values are untouched', async ({ page, demoUrl }) => {
  const flawed = formsOf('mangelfull').find(([, t]) => t === 'tiltaksplan')!;
  const caseId = flawed[0].id;
  await openForm(page, demoUrl, caseId, 'tiltaksplan', 'load');
  const groups = page.locator('#tiltaksplan-delmal tbody.delmal-group');
  const n = await groups.count();
  const before = await total(page);
  const valuesBefore = await page.locator('form textarea, form input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

  await page.getByRole('button', { name: 'Legg til delmål' }).click();
  await expect(groups).toHaveCount(n + 1);
  const newDelmal = page.locator(`#tiltaksplan-delmal-${n}`);
  await newDelmal.click();
  await page.keyboard.type('Emil sover hjemme hver natt og kommer tidsnok til skolen.', { delay: 5 });
  await centerInView(newDelmal);

  // The new row is read: markers for delmal[n] appear, with row rules (no tiltak / no indikatorer).
  await expect
    .poll(async () => Object.keys(await markerCounts(page)).filter((r) => r.startsWith(`delmal[${n}].`)), AFTER_DEBOUNCE)
    .not.toEqual([]);
  const rowRefs = Object.keys(await markerCounts(page)).filter((r) => r.startsWith(`delmal[${n}].`));
  const rowRules: string[] = [];
  for (const ref of rowRefs) rowRules.push(...(await rulesAtMarker(page, ref)));
  expect(rowRules.some((r) => r.startsWith('mal-tiltak/')), `mal-tiltak findings on the new row: ${rowRules.join(', ')}`).toBe(true);
  await expect.poll(() => total(page), AFTER_DEBOUNCE).toBeGreaterThan(before);
  await expect(newDelmal).toHaveValue('Emil sover hjemme hver natt og kommer tidsnok til skolen.');

  // Remove it again: its markers go, the total returns, the other rows' values are as they were.
  await groups.nth(n).getByRole('button', { name: 'Fjern delmål' }).click();
  await expect(groups).toHaveCount(n);
  await expect.poll(() => total(page), AFTER_DEBOUNCE).toBe(before);
  expect(Object.keys(await allMarkers(page)).filter((r) => r.startsWith(`delmal[${n}]`))).toEqual([]);
  expect(await page.locator('form textarea, form input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(valuesBefore);
});

test('SPA navigation between the three forms: one overlay, findings follow the form, no stale markers', async ({ page, demoUrl }) => {
  const [c] = cases.filter((c) => TYPES.every((t) => docOf(c, t)?.quality === 'mangelfull'));
  const seen: Record<string, { total: number; markers: string[] }> = {};
  for (const [i, type] of [...TYPES, 'vedtak' as const].entries()) {
    await openForm(page, demoUrl, c!.id, type, i === 0 ? 'load' : 'tab');
    expect(await overlayHosts(page), `${type}: exactly one overlay host`).toBe(1);
    await expect(summaryPanel(page)).toHaveCount(1);
    const findings = await panelFindings(page);
    const markers = Object.keys(await allMarkers(page));
    expect(await total(page)).toBe(findings.length);
    // Only this form's fields carry markers: every ref is canonical for this document type and its field exists now.
    for (const ref of markers) expect(isCanonicalRef(type, ref), `${type}: marker ${ref} belongs to this form`).toBe(true);
    if (type === 'evaluering') expect(markers.filter((r) => /^delmal\[\d+\]\.tiltak/.test(r))).toEqual([]);
    if (type === 'vedtak') expect(markers.filter((r) => r.startsWith('delmal['))).toEqual([]);
    seen[`${type}${i}`] = { total: findings.length, markers };
  }
  // The panel changes with the form, and coming back to the vedtak gives the vedtak's findings again.
  expect(new Set([seen.vedtak0!.total, seen.tiltaksplan1!.total, seen.evaluering2!.total]).size).toBeGreaterThan(1);
  expect(seen.vedtak3).toEqual(seen.vedtak0);
});
