// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelFromHtml } from '../../cli/input/model-from-html';
import { PAGES, runMain } from './support';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const page = (name: string) => readFileSync(join(PAGES, name), 'utf8');

describe('HTML input through the page adapters', () => {
  it('reads a filled form: values, textareas, selects and checkboxes', () => {
    const { model, adapterId } = modelFromHtml(page('familia-vedtak.html'), 'familia-vedtak.html', {
      url: 'file:///tmp/familia-vedtak.html', parseHtml,
    });
    expect(adapterId).toBe('generic');
    expect(model.documentType).toBe('vedtak');
    expect(Object.keys(model.fields).length).toBeGreaterThan(5);
    expect(Object.values(model.fields).some((f) => f.text.length > 20)).toBe(true);
  });

  it('uses a URL-matched site adapter when --url matches it', () => {
    const html = `<!doctype html><html><body><form id="vedtak-skjema">
      <label for="vedtak-hjemmel">Hjemmel</label><input id="vedtak-hjemmel" value="barnevernsloven § 3-1">
      <label for="vedtak-barnets-synspunkter">Barnets synspunkter</label>
      <textarea id="vedtak-barnets-synspunkter">Ella sier at hun liker barnehagen.</textarea>
    </form></body></html>`;
    const { model, adapterId } = modelFromHtml(html, 'demo.html', { url: 'http://localhost:5173/sak/ella/vedtak', parseHtml });
    expect(adapterId).toBe('fagsystem-demo');
    expect(model.fields.hjemmel?.text).toBe('barnevernsloven § 3-1');
    expect(model.fields.barnetsSynspunkter?.text).toBe('Ella sier at hun liker barnehagen.');
  });

  it('a page that is no document → Norwegian message and exit 2', async () => {
    const run = await runMain(['check', join(PAGES, 'journalnotat-not-a-document.html')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/journalnotat-not-a-document\.html: fant ikke et vedtak, en tiltaksplan eller en evaluering på siden\./);
  });

  it('check on an HTML page gives findings through the adapters', async () => {
    const run = await runMain(['check', join(PAGES, 'modulus-tiltaksplan.html'), '--today', '2026-11-23']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/modulus-tiltaksplan\.html – tiltaksplan \(lest fra HTML med adapteren «generic»\)/);
    expect(run.stdout).toMatch(/Totalt: 1 dokument, \d+ funn/);
  });
});
