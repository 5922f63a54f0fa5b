import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const PAGES = resolve(__dirname, '../../tests/fixtures/pages') + '/';

export function fixtureHtml(name: string): string {
  return readFileSync(PAGES + name, 'utf8');
}

/**
 * Puts a fixture page into the test environment's (jsdom) document, replacing what was there, with its
 * inline scripts run as in the browser. (jsdom cannot be imported in Vitest's VM pool, so there is one document.)
 */
export function loadPage(name: string): Document {
  return pageFromHtml(fixtureHtml(name));
}

export function pageFromHtml(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

/** Everything a read could have changed: markup, values, checked states, focus, iframe documents. */
export function snapshot(doc: Document): string {
  const values = Array.from(doc.querySelectorAll('textarea,input,select')).map((el) => {
    const e = el as HTMLInputElement;
    return `${e.value}|${e.checked}`;
  });
  const frames = Array.from(doc.querySelectorAll('iframe')).map((f) => f.contentDocument?.documentElement?.outerHTML ?? '');
  return [doc.documentElement.outerHTML, ...values, ...frames, String(doc.activeElement?.tagName)].join('\n§\n');
}
