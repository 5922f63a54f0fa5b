import type { BrowserContext, Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { expect } from './support/fixtures';
import { launchObserved, lightDom, observedTest as test, type Observed } from './support/observe';
import { summaryPanel, waitForStableTotal } from './support/overlay';
import { serveFolders, type StaticServer } from './support/static-server';
import { editorState, type EditorKind } from './editors/editor-session';

/**
 * «Ingenting går tapt eller endres i fagsystemet» (tests/e2e/SECURITY.md, promise 3).
 *
 * The same scripted session — typing, line breaks, a paste (a real ClipboardEvent with a DataTransfer, then the
 * text inserted as the browser inserts a paste), a selection replaced by typing, undo, redo, rows added and
 * removed — runs step by step in two browsers at once: one with the extension, one without. After EVERY step
 * both pages must be identical in:
 * - the whole light DOM (markup of every element, every form value and checkedness, same-origin iframes),
 *   with our `<vedtakslos-overlay>` host taken out: no node, no attribute of ours anywhere else;
 * - focus and caret: the focused element, selectionStart/End/direction, the DOM selection's anchor and focus;
 * - for CKEditor 5 and Quill: the editor's own data (getData()/getText()) and its selection model;
 * - the document's adopted style sheets, apart from our `::highlight()` rules (the one, node-free, thing the
 *   underlines add to a host document).
 * Pages: the demo's vedtak (textarea, contenteditable) and tiltaksplan (delmål rows), CKEditor 5, Quill 2, and a
 * textarea holding 100,000 characters.
 */

/** The extension re-reads after 250 ms without typing (120 ms after structure changes); then a frame. */
const SETTLE_MS = 400;

interface Step {
  name: string;
  run(page: Page): Promise<void>;
}

const press = (name: string, ...keys: string[]): Step => ({
  name,
  run: async (page) => {
    for (const k of keys) await page.keyboard.press(k);
  },
});
const type = (text: string): Step => ({ name: `type «${text.slice(0, 24)}»`, run: (page) => page.keyboard.type(text) });
const click = (selector: string, name = `click ${selector}`): Step => ({ name, run: (page) => page.locator(selector).first().click() });
const clickEnd = (selector: string): Step => ({
  name: `click ${selector}, Ctrl+End`,
  run: async (page) => {
    await page.locator(selector).first().click();
    await page.keyboard.press('ControlOrMeta+End');
  },
});
/** A paste as the host sees it: a trusted-shaped ClipboardEvent carrying the text (editors insert it
 *  themselves), and for plain fields, which ignore untrusted paste events, the browser's own text insertion. */
const paste = (text: string, insert: boolean): Step => ({
  name: `paste «${text.slice(0, 24)}»`,
  run: async (page) => {
    const handled = await page.evaluate((t) => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (el instanceof HTMLIFrameElement) el = el.contentDocument?.activeElement ?? el;
      const data = new DataTransfer();
      data.setData('text/plain', t);
      data.setData('text/html', `<span>${t}</span>`);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
      return !(el ?? document.body).dispatchEvent(event);
    }, text);
    if (insert && !handled) await page.keyboard.insertText(text);
  },
});
const hash = (route: string): Step => ({
  name: `SPA route ${route}`,
  run: async (page) => {
    await page.evaluate((r) => (location.hash = r), route);
    await page.waitForTimeout(50);
  },
});

const UNDO = 'ControlOrMeta+Z';
const REDO = 'ControlOrMeta+Shift+Z';

/** The focused element (through shadow roots and frames), its caret, and the DOM selection. */
async function caret(page: Page): Promise<string> {
  return page.evaluate(() => {
    const path = (node: Node | null): string => {
      if (!node) return 'null';
      const out: string[] = [];
      for (let n: Node | null = node; n && n.parentNode; n = n.parentNode) out.unshift(String(Array.prototype.indexOf.call(n.parentNode.childNodes, n)));
      return out.join('/');
    };
    let doc: Document = document;
    let el: Element | null = document.activeElement;
    const chain: string[] = [];
    for (;;) {
      chain.push(el ? `${el.tagName}#${el.id}.${path(el)}` : 'none');
      if (el instanceof HTMLIFrameElement && el.contentDocument) {
        doc = el.contentDocument;
        el = doc.activeElement;
      } else if (el?.shadowRoot?.activeElement) {
        el = el.shadowRoot.activeElement;
      } else break;
    }
    const field = el as HTMLTextAreaElement | null;
    const fieldCaret =
      field && 'selectionStart' in field && typeof field.selectionStart === 'number'
        ? `${field.selectionStart}-${field.selectionEnd}-${field.selectionDirection}`
        : '';
    const sel = doc.getSelection();
    const dom = sel && sel.rangeCount ? `${path(sel.anchorNode)}:${sel.anchorOffset}>${path(sel.focusNode)}:${sel.focusOffset}` : 'none';
    return `${chain.join(' > ')} | ${fieldCaret} | ${dom} | hasFocus=${doc.hasFocus()}`;
  });
}

/** The adopted style sheets of the page, without rules that only style `::highlight()` (ours). */
async function adoptedSheets(page: Page): Promise<{ foreign: string[]; ours: number }> {
  return page.evaluate(() => {
    const rules = document.adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules).map((r) => r.cssText));
    const ours = rules.filter((r) => /^::highlight\(vedtakslos-[\w-]+\)\s*\{/.test(r) || /^::highlight\(/.test(r));
    return { foreign: rules.filter((r) => !ours.includes(r)), ours: ours.length };
  });
}

interface Snapshot {
  dom: string;
  caret: string;
  sheets: string[];
  editors: unknown[];
}

async function snapshot(page: Page, editors: Array<[EditorKind, string]>): Promise<Snapshot> {
  const dom = (await lightDom(page))
    // CKEditor 5 gives its UI elements random ids (e + 32 hex digits), different in every browser.
    .replace(/e[0-9a-f]{32}(?![0-9a-f])/g, 'e#')
    // One tag per line, so a difference shows as the one element that differs.
    .replace(/></g, '>\n<');
  const editorStates = [];
  for (const [kind, id] of editors) editorStates.push(await editorState(page, kind, id));
  return { dom, caret: await caret(page), sheets: (await adoptedSheets(page)).foreign, editors: editorStates };
}

interface HostPage {
  name: string;
  path: string;
  ready(page: Page): Promise<void>;
  editors: Array<[EditorKind, string]>;
  steps: Step[];
}

const editorsReady = async (page: Page) => {
  await page.waitForFunction(() => document.documentElement.dataset.editorsReady === 'true');
};

const HOSTS: HostPage[] = [
  {
    name: 'the demo’s vedtak and tiltaksplan (textarea, contenteditable, delmål rows)',
    path: 'demo:/#/sak/emil-holtevik/vedtak',
    ready: async (page) => {
      await page.locator('#vedtak-barnets-synspunkter').waitFor();
    },
    editors: [],
    steps: [
      clickEnd('#vedtak-barnets-synspunkter'),
      type(' Gutten sier at han vil bo hjemme.'),
      press('Enter', 'Enter'),
      type('Han vil ha mer tid med far.'),
      paste(' Limt inn: mor er enig i planen.', true),
      press('select six characters backwards', ...Array(6).fill('Shift+ArrowLeft')),
      type('X'),
      press('undo', UNDO),
      press('undo again', UNDO),
      press('redo', REDO),
      clickEnd('#vedtak-vurdering'),
      type(' Vi vurderer at tiltaket hjelper.'),
      press('Enter', 'Enter'),
      type('Ny paragraf i vurderingen.'),
      paste(' Limt inn i rik tekst.', true),
      press('undo', UNDO),
      press('redo', REDO),
      press('Ctrl+Home', 'ControlOrMeta+Home'),
      type('Først: '),
      clickEnd('#vedtak-hjemmel'),
      type(' § 3-1'),
      hash('#/sak/emil-holtevik/tiltaksplan'),
      click('button:has-text("+ Legg til delmål")', 'add a delmål row'),
      click('#tiltaksplan-delmal tbody.delmal-group >> nth=-1 >> td.col-delmal textarea', 'click the new delmål'),
      type('Emil går på skolen hver dag.'),
      click('#tiltaksplan-delmal tbody.delmal-group >> nth=-1 >> td.col-tiltak textarea', 'click the new tiltak'),
      type('Støttekontakt to timer i uken.'),
      press('undo', UNDO),
      click('#tiltaksplan-delmal tbody.delmal-group >> nth=0 >> button:has-text("Fjern delmål")', 'remove the first delmål'),
      click('#tiltaksplan-delmal tbody.delmal-group >> nth=-1 >> td.col-delmal textarea', 'back into the new delmål'),
      press('End', 'End'),
      type(' Mer.'),
      hash('#/sak/emil-holtevik/evaluering'),
      hash('#/sak/emil-holtevik/tiltaksplan'),
    ],
  },
  {
    name: 'CKEditor 5',
    path: 'pages:/editors/dist/ckeditor-vedtak.html',
    ready: editorsReady,
    editors: [
      ['ckeditor', 'v-barnet'],
      ['ckeditor', 'v-beste'],
    ],
    steps: [
      clickEnd('#v-barnet ~ .ck-editor .ck-editor__editable'),
      type('Mia sier at hun liker å være hjemme.'),
      press('Enter', 'Enter'),
      type('Hun gruer seg til kveldene.'),
      paste(' Limt inn: «Jeg vil at noen hjelper mamma.»', true),
      press('bold on', 'ControlOrMeta+B'),
      type(' Viktig'),
      press('select five characters backwards', ...Array(5).fill('Shift+ArrowLeft')),
      type('y'),
      press('undo', UNDO),
      press('undo twice more', UNDO, UNDO),
      press('redo', 'ControlOrMeta+Y'),
      clickEnd('#v-beste ~ .ck-editor .ck-editor__editable'),
      type(' Mia får sove mer og møter uthvilt på skolen.'),
      press('select to start', 'Shift+ControlOrMeta+Home'),
      press('delete', 'Delete'),
      press('undo', UNDO),
    ],
  },
  {
    name: 'Quill 2',
    path: 'pages:/editors/dist/quill-tiltaksplan.html',
    ready: editorsReady,
    editors: [
      ['quill', 'q-situasjon'],
      ['quill', 'q-stemme'],
    ],
    steps: [
      clickEnd('#q-situasjon .ql-editor'),
      type(' Han har mye fravær fra skolen.'),
      press('Enter', 'Enter'),
      type('Far jobber skift.'),
      paste(' Limt inn: skolen melder bekymring.', true),
      press('select eight characters backwards', ...Array(8).fill('Shift+ArrowLeft')),
      type('bekymring!'),
      press('undo', UNDO),
      press('redo', REDO),
      clickEnd('#q-stemme .ql-editor'),
      type(' Emil sier selv: «Jeg vil spille fotball.»'),
      press('select all', 'ControlOrMeta+A'),
      press('delete', 'Delete'),
      press('undo', UNDO),
    ],
  },
  {
    name: 'a textarea holding 100,000 characters',
    path: 'hostile:/hostile/long-textarea.html',
    ready: async (page) => {
      await expect(page.locator('#bakgrunn')).toHaveJSProperty('textLength', 100_000);
    },
    editors: [],
    steps: [
      clickEnd('#bakgrunn'),
      type(' Siste setning om Kari.'),
      paste(' Limt inn: fra helsesykepleier.', true),
      press('Ctrl+Home', 'ControlOrMeta+Home'),
      type('Først: '),
      press('select a line', 'Shift+End'),
      type('Erstattet linje.'),
      press('undo', UNDO),
      press('undo', UNDO),
      press('redo', REDO),
      press('select everything to the end', 'Shift+ControlOrMeta+End'),
      press('delete', 'Delete'),
      press('undo', UNDO),
      clickEnd('#barnet'),
      type(' Kari sier: «Jeg vil bo hos mamma.»'),
    ],
  },
];

let plain: Observed | undefined;
let server: StaticServer;
test.beforeAll(async () => {
  server = await serveFolders({ '/hostile': 'tests/fixtures/hostile' });
});
test.afterAll(async () => {
  await plain?.close();
  if (plain) rmSync(plain.profileDir, { recursive: true, force: true });
  plain = undefined;
  await server?.close();
});

async function plainPage(): Promise<Page> {
  plain ??= await launchObserved({ withExtension: false });
  const ctx: BrowserContext = plain.context;
  return ctx.pages()[0] ?? (await ctx.newPage());
}

for (const host of HOSTS) {
  test(`${host.name}: every step leaves the same DOM, values and caret as without the extension`, async ({ page, demoUrl, pagesUrl }) => {
    test.setTimeout(90_000);
    const [origin, path] = host.path.split(':') as [string, string];
    const base = origin === 'demo' ? demoUrl : origin === 'pages' ? pagesUrl : server.url;
    const without = await plainPage();
    await Promise.all([page.goto(`${base}${path}`), without.goto(`${base}${path}`)]);
    await Promise.all([host.ready(page), host.ready(without)]);
    await waitForStableTotal(page);
    await without.waitForTimeout(200);
    expect(await without.locator('vedtakslos-overlay').count()).toBe(0);

    expect(await snapshot(page, host.editors), 'as loaded').toEqual(await snapshot(without, host.editors));
    const totals = new Set<string | null>();
    for (const [i, step] of host.steps.entries()) {
      await Promise.all([step.run(page), step.run(without)]);
      await page.waitForTimeout(SETTLE_MS);
      const [a, b] = await Promise.all([snapshot(page, host.editors), snapshot(without, host.editors)]);
      expect(a, `after step ${i + 1}: ${step.name}`).toEqual(b);
      totals.add(await summaryPanel(page).getAttribute('data-total'));
    }
    // The extension was at work throughout: one overlay, and its findings changed with the edits.
    expect(await page.locator('vedtakslos-overlay').count()).toBe(1);
    expect(totals.size, 'the findings followed the edits').toBeGreaterThan(1);
  });
}
