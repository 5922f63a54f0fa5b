import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, foreignRequests, test } from './support/fixtures';
import { launchWithExtension } from './support/browser';
import { markerFor, summaryPanel, waitForStableTotal } from './support/overlay';
import { AFTER_DEBOUNCE, centerInView, expectRuleOnField, overlayHosts, panelFindings, rulesOnField } from './editors/e2e-helpers';
import { editorState, hostValues, type EditorKind, type EditorState } from './editors/editor-session';
import { buildEditorPages } from './editors/build';

/**
 * Real editors from npm (CKEditor 5, Quill 2) and a TinyMCE-style iframe editor, bundled offline into
 * tests/e2e/editors/dist (see tests/e2e/editors/build.ts). Each scenario types with the keyboard into one editor
 * and checks, against the same keystrokes in a Chromium WITHOUT the extension, that:
 * - the finding appears at the right field's marker, disappears after typing and returns when the text is cleared,
 *   each within the debounce plus a margin;
 * - the editor's own data is exactly what was typed, and its markup, DOM selection, editor selection, focus,
 *   undo/redo and the page's other values are identical to the session without the extension;
 * - nothing left the machine.
 */

interface Scenario {
  name: string;
  page: string;
  kind: EditorKind;
  /** Key in the page's window.vlEditors. */
  editorId: string;
  /** The element a user clicks to type (the visible editable, or the iframe). */
  editable: (page: Page) => Locator;
  /** Canonical field ref the marker must carry, and the label the panel shows for it. */
  fieldRef: string;
  label: string;
  /** A rule that fires on the field as loaded and when it is cleared, and is quiet once the paragraphs are typed. */
  ruleId: string;
  /** Typed at the end of the existing text; paragraphs are separated by Enter. */
  paragraphs: string[];
  /** The editor's data after typing, computed from what was typed. */
  expectedData: (paragraphs: string[]) => string;
  /** The editor's data when cleared with select-all + Delete. */
  clearedData: string;
  /** The rule expected on the field once it is cleared, when not `ruleId` (a bare claim is gone with the text). */
  clearedRuleId?: string;
  /**
   * Where the panel shows the cleared rule when not on this field: a check over several fields (the child's voice
   * in «Barnets stemme» or the situasjonsbeskrivelse) reports on the first field that has text.
   */
  clearedAnywhere?: boolean;
  /** Skip the finding check after select-all + Delete (a known bug, documented where it is set). */
  clearedUnchecked?: boolean;
}

const ckEditable = (textareaId: string) => (page: Page) => page.locator(`#${textareaId} ~ .ck-editor .ck-editor__editable`);
const quillEditable = (containerId: string) => (page: Page) => page.locator(`#${containerId} .ql-editor`);
const frameBody = (frameId: string) => (page: Page) => page.frameLocator(`#${frameId}`).locator('body');

const scenarios: Scenario[] = [
  {
    name: 'CKEditor 5 «Barnets synspunkter» (label for the hidden source textarea), empty at start',
    page: 'ckeditor-vedtak.html',
    kind: 'ckeditor',
    editorId: 'v-barnet',
    editable: ckEditable('v-barnet'),
    fieldRef: 'barnetsSynspunkter',
    label: 'Barnets synspunkter',
    ruleId: 'medvirkning/barnets-mening-i-vedtak',
    paragraphs: [
      'I samtale på skolen forteller Mia at hun liker å være hjemme, men at hun gruer seg til kveldene.',
      'Hun sier: «Jeg vil at noen hjelper mamma med leggingen.»',
    ],
    expectedData: (p) => p.map((t) => `<p>${t}</p>`).join(''),
    clearedData: '',
  },
  {
    name: 'CKEditor 5 «Vurdering av barnets beste» with a bare claim at start',
    page: 'ckeditor-vedtak.html',
    kind: 'ckeditor',
    editorId: 'v-beste',
    editable: ckEditable('v-beste'),
    fieldRef: 'barnetsBeste',
    label: 'Vurdering av barnets beste',
    ruleId: 'barnets-beste/konkret-ikke-pastand',
    paragraphs: [
      'Mia sover lite og har høyt fravær fra skolen.',
      'Foreldreveiledning to timer hver uke hjelper mor med faste leggetider, slik at Mia får mer overskudd på skolen og hjemme.',
    ],
    expectedData: (p) => `<p>Tiltaket anses å være til barnets beste.${p[0]}</p>${p.slice(1).map((t) => `<p>${t}</p>`).join('')}`,
    clearedData: '',
    clearedRuleId: 'barnets-beste/vurdering-av-barnets-beste',
  },
  {
    name: 'Quill «Situasjonsbeskrivelse» (label for the Quill container), too short at start',
    page: 'quill-tiltaksplan.html',
    kind: 'quill',
    editorId: 'q-situasjon',
    editable: quillEditable('q-situasjon'),
    fieldRef: 'situasjonsbeskrivelse',
    label: 'Situasjonsbeskrivelse',
    ruleId: 'dokumentasjon/situasjonsbeskrivelse',
    paragraphs: [
      ' Han har mye fravær fra skolen og lite kontakt med venner på fritiden.',
      'Far jobber skift og får ikke fulgt opp lekser og leggetider. Skolen melder at Emil er sliten og trist, og at han ofte sitter alene i friminuttene.',
    ],
    expectedData: (p) => `Emil bor med far og går i fjerde klasse.${p.join('\n')}\n`,
    clearedData: '\n',
  },
  {
    name: 'Quill «Barnets stemme» (section heading above the editor), only the father’s account at start',
    page: 'quill-tiltaksplan.html',
    kind: 'quill',
    editorId: 'q-stemme',
    editable: quillEditable('q-stemme'),
    fieldRef: 'barnetsSynspunkter',
    label: 'Barnets stemme',
    ruleId: 'medvirkning/barnets-stemme-i-tiltaksplan',
    paragraphs: [' Emil sier selv: «Jeg vil gjerne ha en voksen å snakke med, og jeg vil spille fotball.»'],
    expectedData: (p) => `Far forteller at Emil liker fotball.${p.join('\n')}\n`,
    clearedData: '\n',
    clearedAnywhere: true,
  },
  {
    name: 'iframe editor (TinyMCE-style about:blank body) «Barnets synspunkter», only the mother’s account at start',
    page: 'iframe-evaluering.html',
    kind: 'iframe',
    editorId: 'e-barnet_ifr',
    editable: frameBody('e-barnet_ifr'),
    fieldRef: 'barnetsSynspunkter',
    label: 'Barnets synspunkter',
    ruleId: 'medvirkning/barnets-stemme-i-evaluering',
    paragraphs: [' Emil sier: «Jeg liker støttekontakten, og jeg vil fortsette med fotball.»'],
    expectedData: (p) => `<p>Mor sier at Emil trives bedre på skolen nå.${p.join('')}</p>`,
    clearedData: '<p><br></p>',
    // KNOWN (open bug, see the issue note): after select-all + Delete in an about:blank iframe editor the
    // finding does not come back until the next keystroke; the data, caret and DOM checks still run.
    clearedUnchecked: true,
  },
];

/** For the iframe editor the data is markup: compare its text, with the NBSP a browser may leave at a space. */
function dataText(kind: EditorKind, data: string): string {
  return kind === 'iframe' ? data.replace(/&nbsp;|\u00a0/g, ' ') : data;
}

async function openEditorPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.editorsReady === 'true');
}

/** Puts the caret at the end of the editor's text the way a user does: click into it, then Ctrl+End. */
async function focusEnd(page: Page, s: Scenario): Promise<void> {
  await s.editable(page).click();
  await page.keyboard.press('ControlOrMeta+End');
}

async function typeParagraphs(page: Page, paragraphs: string[]): Promise<void> {
  for (const [i, text] of paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(text, { delay: 8 });
  }
}

async function undoUntil(page: Page, s: Scenario, done: (st: EditorState) => boolean, key: string): Promise<number> {
  for (let presses = 0; presses <= 60; presses++) {
    if (done(await editorState(page, s.kind, s.editorId))) return presses;
    await page.keyboard.press(key);
  }
  return -1;
}

interface SessionRecord {
  afterTyping: EditorState;
  afterUndo: EditorState;
  undoPresses: number;
  afterRedo: EditorState;
  afterClear: EditorState;
  values: string[];
}

/**
 * The same keystrokes with and without the extension. With it, each step waits until the overlay has
 * re-checked (the finding changed, or the panel total stayed still for longer than the debounce); the
 * session without it waits about as long, so timing-dependent editor behaviour sees the same pauses.
 */
async function session(page: Page, s: Scenario, checked: boolean): Promise<SessionRecord> {
  const settle = async (ruleShown?: boolean, ruleId = s.ruleId, anywhere = false) => {
    if (!checked) return page.waitForTimeout(900);
    if (ruleShown !== undefined && anywhere) {
      await expect
        .configure({ soft: true })
        .poll(async () => (await panelFindings(page)).some((f) => f.ruleId === ruleId), { ...AFTER_DEBOUNCE, message: `${ruleId} listed` })
        .toBe(ruleShown);
    } else if (ruleShown !== undefined) await expectRuleOnField(page, ruleId, s.label, ruleShown, true);
    await waitForStableTotal(page, 700);
  };
  const initial = await editorState(page, s.kind, s.editorId);

  await focusEnd(page, s);
  await typeParagraphs(page, s.paragraphs);
  await settle(false);
  const afterTyping = await editorState(page, s.kind, s.editorId);

  // Undo everything typed, then redo it: the undo stack holds only the user's edits.
  const undoPresses = await undoUntil(page, s, (st) => st.data === initial.data, 'ControlOrMeta+Z');
  await settle(true);
  const afterUndo = await editorState(page, s.kind, s.editorId);
  await undoUntil(page, s, (st) => st.data === afterTyping.data, s.kind === 'quill' ? 'ControlOrMeta+Shift+Z' : 'ControlOrMeta+Y');
  await settle(false);
  const afterRedo = await editorState(page, s.kind, s.editorId);

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await settle(s.clearedUnchecked ? undefined : true, s.clearedRuleId, s.clearedAnywhere);
  const afterClear = await editorState(page, s.kind, s.editorId);
  return { afterTyping, afterUndo, undoPresses, afterRedo, afterClear, values: await hostValues(page) };
}

// The pages are built from tests/e2e/editors/src when missing or stale (a no-op otherwise).
test.beforeAll(() => buildEditorPages());

let baseline: BrowserContext | undefined;
test.afterAll(async () => {
  await baseline?.close();
  baseline = undefined;
});

for (const s of scenarios) {
  test(s.name, async ({ page, pagesUrl, requests }) => {
    const url = `${pagesUrl}/editors/dist/${s.page}`;
    await openEditorPage(page, url);
    await waitForStableTotal(page);

    // At the right field: the marker carries the field's canonical ref and sits on the visible editor.
    await centerInView(s.editable(page));
    await expect.poll(() => rulesOnField(page, s.label), AFTER_DEBOUNCE).toContain(s.ruleId);
    const marker = markerFor(page, s.fieldRef);
    await expect(marker).toHaveCount(1, AFTER_DEBOUNCE);
    await expect(marker).toBeVisible();
    const box = (await (s.kind === 'iframe' ? page.locator(`#${s.editorId}`) : s.editable(page)).boundingBox())!;
    const m = (await marker.boundingBox())!;
    const [cx, cy] = [m.x + m.width / 2, m.y + m.height / 2];
    expect(cx, 'marker horizontally on the editor').toBeGreaterThanOrEqual(box.x - 48);
    expect(cx, 'marker horizontally on the editor').toBeLessThanOrEqual(box.x + box.width + 48);
    expect(cy, 'marker vertically on the editor').toBeGreaterThanOrEqual(box.y - 48);
    expect(cy, 'marker vertically on the editor').toBeLessThanOrEqual(box.y + box.height + 16);

    // Our UI is never inside an editor: one host, outside every editable.
    expect(await overlayHosts(page)).toBe(1);
    expect(await page.locator('[contenteditable] vedtakslos-overlay, .ck-editor vedtakslos-overlay, .ql-container vedtakslos-overlay').count()).toBe(0);

    const withExtension = await session(page, s, true);

    // The editor's own data is exactly what was typed (and what was cleared).
    expect(dataText(s.kind, withExtension.afterTyping.data)).toBe(s.expectedData(s.paragraphs));
    expect(withExtension.afterRedo.data).toBe(withExtension.afterTyping.data);
    expect(withExtension.undoPresses, 'undo reaches the text as loaded').toBeGreaterThan(0);
    expect(dataText(s.kind, withExtension.afterClear.data)).toBe(s.clearedData);
    expect(withExtension.afterTyping.focused, 'the editor keeps focus while the overlay updates').toBe(true);

    // The same keystrokes without the extension give the same data, markup, caret, undo history and values.
    baseline ??= await launchWithExtension({ withExtension: false });
    const plain = baseline.pages()[0] ?? (await baseline.newPage());
    await openEditorPage(plain, url);
    expect(await plain.locator('vedtakslos-overlay').count()).toBe(0);
    const withoutExtension = await session(plain, s, false);
    if (s.kind === 'quill') {
      // Quill groups edits into undo steps by time (history.delay = 1 s), so only the states are compared.
      withoutExtension.undoPresses = withExtension.undoPresses;
    }
    expect(withExtension).toEqual(withoutExtension);

    expect(foreignRequests(requests, [pagesUrl])).toEqual([]);
  });
}

test('CKEditor 5 «Barnevernstjenestens vurdering» labelled only by the section heading above it gets its marker', async ({ page, pagesUrl }) => {
  await openEditorPage(page, `${pagesUrl}/editors/dist/ckeditor-vedtak.html`);
  await waitForStableTotal(page);
  const editable = ckEditable('v-vurdering')(page);
  await centerInView(editable);
  await expect(markerFor(page, 'vurdering')).toHaveCount(1, AFTER_DEBOUNCE);
  await expect.poll(() => rulesOnField(page, 'Barnevernstjenestens vurdering'), AFTER_DEBOUNCE).not.toEqual([]);
  // The finding for a too-short assessment follows the text typed into this editor.
  const rule = 'dokumentasjon/barnevernstjenestens-vurdering';
  await editable.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type('Se journal.', { delay: 8 });
  await expectRuleOnField(page, rule, 'Barnevernstjenestens vurdering', true);
  expect(await editorState(page, 'ckeditor', 'v-vurdering')).toMatchObject({ data: '<p>Se journal.</p>', focused: true });
  await expect(summaryPanel(page)).toHaveCount(1);
});
