// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from './App';
import { findCase } from '../cases';
import { clearSavedDocuments } from './session-store';

let root: HTMLElement;

async function go(hash: string) {
  await act(async () => {
    location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

async function click(element: Element | null | undefined) {
  if (!element) throw new Error('element not found');
  await act(async () => {
    (element as HTMLElement).click();
  });
}

function button(text: string, scope: ParentNode = root): HTMLButtonElement | undefined {
  return [...scope.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
}

function labelOf(control: Element): string | undefined {
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
  return root.querySelector(`label[for="${control.id}"]`)?.textContent ?? undefined;
}

beforeEach(async () => {
  clearSavedDocuments();
  location.hash = '#/sak/ella-brattvik/vedtak';
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<App />, root);
  });
});

afterEach(async () => {
  await act(async () => {
    render(null, root);
  });
  root.remove();
});

describe('fagsystem demo app', () => {
  it('shows the vedtak form with labelled fields holding the case values', () => {
    const c = findCase('ella-brattvik')!;
    expect(root.querySelector('h1')?.textContent).toBe('Vedtak om hjelpetiltak');
    expect(document.title).toContain('Vedtak om hjelpetiltak');

    const synspunkter = root.querySelector<HTMLTextAreaElement>('#vedtak-barnets-synspunkter')!;
    expect(labelOf(synspunkter)).toBe('Barnets synspunkter');
    expect(synspunkter.value).toBe(c.dokumenter.vedtak.fields.barnetsSynspunkter);

    const meldt = root.querySelector<HTMLInputElement>('#vedtak-melding-mottatt')!;
    expect(labelOf(meldt)).toBe('Melding mottatt');
    expect(meldt.type).toBe('text');
    expect(meldt.value).toBe('04.05.2026');

    const vurdering = root.querySelector<HTMLElement>('#vedtak-vurdering')!;
    expect(vurdering.getAttribute('contenteditable')).toBe('true');
    expect(labelOf(vurdering)).toBe('Barnevernstjenestens vurdering');
    expect(vurdering.querySelectorAll('p').length).toBeGreaterThan(1);
    expect(vurdering.textContent).toContain('særlig behov for hjelpetiltak');

    const avslutter = root.querySelector<HTMLInputElement>('#vedtak-avslutter-tiltak')!;
    expect(labelOf(avslutter)).toBe('Vedtaket avslutter et tiltak');
    expect(avslutter.checked).toBe(false);
  });

  it('labels every form control on every document', async () => {
    for (const type of ['vedtak', 'tiltaksplan', 'evaluering']) {
      await go(`#/sak/aksel-tindeland/${type}`);
      const controls = root.querySelectorAll('form input, form textarea, form select, form [contenteditable]');
      expect(controls.length).toBeGreaterThan(5);
      for (const control of controls) expect(labelOf(control)?.trim(), `${type} #${control.id}`).toBeTruthy();
    }
  });

  it('swaps the form without a page load when the hash changes', async () => {
    await go('#/sak/nora-saeterlid/evaluering');
    expect(root.querySelector('h1')?.textContent).toBe('Evaluering av tiltaksplan');
    expect(document.title).toContain('Nora Sæterlid');
    const legends = [...root.querySelectorAll('fieldset > legend')].map((l) => l.textContent);
    expect(legends).toEqual(['Delmål 1', 'Delmål 2', 'Delmål 3']);
    expect(root.querySelector<HTMLSelectElement>('#evaluering-tiltak-0-beslutning')?.value).toBe('fortsette');
  });

  it('adds and removes delmål and tiltak rows in the tiltaksplan', async () => {
    await go('#/sak/ella-brattvik/tiltaksplan');
    expect(root.querySelector('h1')?.textContent).toBe('Tiltaksplan');
    const headers = [...root.querySelectorAll('#tiltaksplan-delmal thead th')].map((th) => th.textContent);
    expect(headers.slice(0, 5)).toEqual(['Delmål', 'Indikatorer', 'Tiltak', 'Ansvarlig', 'Omfang']);

    const groups = () => root.querySelectorAll('#tiltaksplan-delmal tbody.delmal-group');
    expect(groups().length).toBe(4);
    await click(button('Legg til delmål'));
    expect(groups().length).toBe(5);
    expect(root.querySelector<HTMLTextAreaElement>('#tiltaksplan-delmal-4')?.value).toBe('');

    const first = groups()[0]!;
    expect(first.querySelectorAll('tr').length).toBe(2);
    await click(button('Legg til tiltak', first));
    expect(groups()[0]!.querySelectorAll('tr').length).toBe(3);
    const continuation = groups()[0]!.querySelectorAll('tr')[2]!;
    expect(continuation.querySelector('td.col-delmal textarea')).toBeNull();
    expect(continuation.querySelector('td.col-tiltak textarea')).not.toBeNull();

    await click(button('Fjern', continuation));
    expect(groups()[0]!.querySelectorAll('tr').length).toBe(2);
    await click(button('Fjern delmål', groups()[4]!));
    expect(groups().length).toBe(4);
  });

  it('keeps saved edits for the session and shows «Lagret»', async () => {
    const field = () => root.querySelector<HTMLTextAreaElement>('#vedtak-barnets-synspunkter')!;
    await act(async () => {
      field().value = 'Endret tekst.';
      field().dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(root.textContent).toContain('Ulagrede endringer');
    await click(button('Lagre'));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Lagret');

    await go('#/sak/ella-brattvik/tiltaksplan');
    await go('#/sak/ella-brattvik/vedtak');
    expect(field().value).toBe('Endret tekst.');
    expect(localStorage.length).toBe(0);
  });
});
