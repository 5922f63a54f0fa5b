import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, foreignRequests, retype, test } from './support/fixtures';
import { launchWithExtension } from './support/browser';
import { markerFor, summaryPanel, waitForStableTotal } from './support/overlay';
import { AFTER_DEBOUNCE, centerInView, expectRuleOnField, openCard, overlayHosts } from './editors/e2e-helpers';

/**
 * Fixture pages of invented fagsystems that only the generic adapter can read (tests/fixtures/pages; the same
 * pages the adapter's unit tests read in jsdom): <label for>, <th> rows, a delmål table, fieldset groups with
 * aria-labelledby contenteditables, TinyMCE-style iframes, Quill/CKEditor markup — and a page that is no document.
 * For each, markers sit at the right canonical field, typing moves a rule's finding on or off that field within
 * the debounce, and the page (markup, values, focus) ends exactly as the same keystrokes leave it without the extension.
 */

interface Step {
  /** Canonical ref of the field, and where to type. */
  ref: string;
  field: (page: Page) => Locator;
  /** A rule on the field as loaded; after typing it must be gone ('off') or (for 'on') must appear. */
  ruleId: string;
  expect: 'off' | 'on';
  /** 'replace': select all, then type; 'append': click, Ctrl+End, type. */
  mode: 'replace' | 'append';
  text: string;
}

interface PageCase {
  page: string;
  what: string;
  steps: Step[];
}

const css = (selector: string) => (page: Page) => page.locator(selector);
const inFrame = (frame: string) => (page: Page) => page.frameLocator(frame).locator('body');

const PAGES: PageCase[] = [
  {
    page: 'familia-vedtak.html',
    what: 'Familia-like vedtak: <label for>, textareas, a CKEditor-5-like contenteditable',
    steps: [
      {
        ref: 'barnetsBeste',
        field: css('#f-beste'),
        ruleId: 'barnets-beste/konkret-ikke-pastand',
        expect: 'off',
        mode: 'replace',
        text: 'Lise har stort fravær og sover lite. Familieveileder to ganger i uka kan hjelpe mor med faste leggetider, noe som gir henne overskudd på skolen.',
      },
      {
        ref: 'vurdering',
        field: css('.ck-editor__editable'),
        ruleId: 'dokumentasjon/barnevernstjenestens-vurdering',
        expect: 'off',
        mode: 'append',
        text:
          ' Barnevernstjenesten vurderer at Lise trenger faste rutiner, og vi mener at foreldreveiledning er riktig fordi mor selv ønsker hjelp og skolen ser bedring når hjemmet er forutsigbart.',
      },
    ],
  },
  {
    page: 'modulus-tiltaksplan.html',
    what: 'Modulus-like tiltaksplan: <th> labels and a delmål table (an empty delmål cell continues the delmål above)',
    steps: [
      {
        ref: 'delmal[1].tiltak[0].omfang',
        field: css('#delmal tbody tr:nth-child(3) td:nth-child(5) input'),
        ruleId: 'mal-tiltak/omfang-per-tiltak',
        expect: 'off',
        mode: 'replace',
        text: 'To ganger i uken',
      },
      {
        ref: 'delmal[1].indikatorer',
        field: css('#delmal tbody tr:nth-child(3) td:nth-child(2) textarea'),
        ruleId: 'mal-tiltak/delmal-har-indikatorer',
        expect: 'off',
        mode: 'replace',
        text: 'Emil er med på trening minst én gang i uken.',
      },
    ],
  },
  {
    page: 'nynorsk-delmal-fieldsets.html',
    what: 'nynorsk tiltaksplan: fieldset groups «Delmål n» / «Tiltak n», aria-labelledby contenteditables',
    steps: [
      {
        ref: 'delmal[1].indikatorer',
        field: css('[aria-labelledby="d2-ind"]'),
        ruleId: 'mal-tiltak/delmal-har-indikatorer',
        expect: 'off',
        mode: 'append',
        text: 'Sigrid fortel om ein vaksen ho snakkar med kvar veke.',
      },
      {
        ref: 'delmal[1].tiltak[1].ansvarlig',
        field: css('#d2t2-ansv'),
        ruleId: 'mal-tiltak/ansvarlig-per-tiltak',
        expect: 'off',
        mode: 'replace',
        text: 'Helsesjukepleiar',
      },
    ],
  },
  {
    page: 'iframe-editor-evaluering.html',
    what: 'evaluering with TinyMCE-style iframe editors, a måloppnåelse table and «Tiltak n» sections',
    steps: [
      {
        ref: 'tiltak[1].begrunnelse',
        field: css('#t2-begr'),
        ruleId: 'dokumentasjon/begrunnelse-per-tiltak',
        expect: 'off',
        mode: 'replace',
        text: 'Samarbeidsmøtene avsluttes fordi skolen nå følger opp Emil selv hver uke, og Emil sier at det er nok.',
      },
      {
        ref: 'barnetsSynspunkter',
        field: inFrame('#e-barnet_ifr'),
        ruleId: 'medvirkning/hvordan-barnet-er-hort',
        expect: 'off',
        mode: 'append',
        text: ' Det kom fram i samtale med Emil alene på skolen.',
      },
    ],
  },
  {
    page: 'quill-ckeditor-vedtak.html',
    what: 'Quill and CKEditor 5 markup: label for the Quill container, a heading above, the hidden textarea’s label',
    steps: [
      {
        ref: 'barnetsSynspunkter',
        field: css('.ql-editor.ql-blank'),
        ruleId: 'medvirkning/barnets-mening-i-vedtak',
        expect: 'off',
        mode: 'append',
        text: 'I samtale på skolen forteller Lise at hun liker støttekontakten og vil fortsette med fotball.',
      },
    ],
  },
];

/** The whole page as the host sees it: markup without our host element, values, iframe documents, focus. */
async function pageSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('vedtakslos-overlay').forEach((n) => n.remove());
    const values = Array.from(document.querySelectorAll('input,textarea,select')).map((el) => {
      const e = el as HTMLInputElement;
      return `${e.value}|${e.checked}`;
    });
    const frames = Array.from(document.querySelectorAll('iframe')).map((f) => f.contentDocument?.documentElement?.outerHTML ?? '');
    return [clone.outerHTML, ...values, ...frames].join('\n§\n');
  });
}

async function typeInto(page: Page, step: Step): Promise<void> {
  const field = step.field(page);
  await field.click();
  if (step.mode === 'replace') {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
  } else {
    await page.keyboard.press('ControlOrMeta+End');
  }
  await page.keyboard.type(step.text, { delay: 5 });
}

/** Where the keyboard is: the focused element (inside a focused iframe, its focused element) and the caret. */
async function focusOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    let doc = document;
    let active = doc.activeElement;
    while (active instanceof HTMLIFrameElement && active.contentDocument) {
      doc = active.contentDocument;
      active = doc.activeElement;
    }
    const sel = doc.getSelection();
    const caret = sel && sel.rangeCount ? `${sel.anchorNode?.nodeName}:${sel.anchorOffset}` : '';
    const input = active as HTMLInputElement | null;
    const range = input && 'selectionStart' in input && typeof input.selectionStart === 'number' ? `${input.selectionStart}-${input.selectionEnd}` : '';
    return `${active?.tagName}#${active?.id}|${active?.getAttribute('aria-labelledby') ?? ''}|${caret}|${range}`;
  });
}

/** The box a marker should sit on: the field, or its iframe. */
async function fieldBox(page: Page, step: Step) {
  const loc = step.field(page);
  const handle = await loc.elementHandle();
  const owner = await handle!.evaluateHandle((el) => (el.ownerDocument === document ? el : el.ownerDocument.defaultView!.frameElement!));
  return (await owner.asElement()!.boundingBox())!;
}

let baseline: BrowserContext | undefined;
test.afterAll(async () => {
  await baseline?.close();
  baseline = undefined;
});

for (const pc of PAGES) {
  test(`${pc.page}: ${pc.what}`, async ({ page, pagesUrl, requests }) => {
    const url = `${pagesUrl}/pages/${pc.page}`;
    await page.goto(url);
    await waitForStableTotal(page);
    expect(await overlayHosts(page)).toBe(1);

    const focusAfterTyping: string[] = [];
    for (const step of pc.steps) {
      await centerInView(step.field(page));
      // Before typing: the marker is at this field, on the field's box, and its card lists the rule.
      const marker = markerFor(page, step.ref);
      await expect(marker, `marker for ${step.ref}`).toHaveCount(1, AFTER_DEBOUNCE);
      const box = await fieldBox(page, step);
      const m = (await marker.boundingBox())!;
      expect(m.x + m.width / 2).toBeGreaterThanOrEqual(box.x - 48);
      expect(m.x + m.width / 2).toBeLessThanOrEqual(box.x + box.width + 48);
      expect(m.y + m.height / 2).toBeGreaterThanOrEqual(box.y - 48);
      expect(m.y + m.height / 2).toBeLessThanOrEqual(box.y + box.height + 16);
      const card = await openCard(page, step.ref);
      if (step.expect === 'off') expect(card.rules).toContain(step.ruleId);
      else expect(card.rules).not.toContain(step.ruleId);

      // Typing moves the rule on or off this field (the panel names the field as the card does), and the
      // caret stays in the field while the overlay updates.
      await typeInto(page, step);
      await expectRuleOnField(page, step.ruleId, card.title, step.expect === 'on');
      focusAfterTyping.push(await focusOf(page));
    }
    await waitForStableTotal(page);

    // The same keystrokes without the extension leave the page exactly the same.
    baseline ??= await launchWithExtension({ withExtension: false });
    const plain = baseline.pages()[0] ?? (await baseline.newPage());
    await plain.goto(url);
    const plainFocus: string[] = [];
    for (const step of pc.steps) {
      await centerInView(step.field(plain));
      await typeInto(plain, step);
      await plain.waitForTimeout(600);
      plainFocus.push(await focusOf(plain));
    }
    expect(focusAfterTyping).toEqual(plainFocus);
    await plain.waitForTimeout(500);
    expect(await pageSnapshot(page)).toBe(await pageSnapshot(plain));
    expect(foreignRequests(requests, [pagesUrl])).toEqual([]);
  });
}

test('a page that is not a vedtak, tiltaksplan or evaluering gets no overlay, even after typing', async ({ page, pagesUrl }) => {
  // Control: in this same browser the extension checks a document page.
  await page.goto(`${pagesUrl}/pages/familia-vedtak.html`);
  await expect(summaryPanel(page)).toHaveCount(1, { timeout: 15_000 });

  await page.goto(`${pagesUrl}/pages/journalnotat-not-a-document.html`);
  await retype(page, '#j-barnet', 'Lise forteller at hun vil bo hjemme.');
  // Longer than document_idle + the structure and typing debounces; nothing may appear meanwhile or after.
  for (let i = 0; i < 15; i++) {
    expect(await overlayHosts(page)).toBe(0);
    await page.waitForTimeout(100);
  }
  await expect(page.locator('vedtakslos-overlay')).toHaveCount(0);
  await expect(page.locator('#j-barnet')).toHaveValue('Lise forteller at hun vil bo hjemme.');
});
