// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { waitForWritingSurface } from './writing-surface';
import type { Lifecycle } from './page-watch';

function lifecycle(): Lifecycle & { end(): void } {
  const controller = new AbortController();
  const callbacks: (() => void)[] = [];
  return {
    signal: controller.signal,
    onInvalidated: (callback) => void callbacks.push(callback),
    end() {
      controller.abort();
      for (const c of callbacks) c();
    },
  };
}

const settled = (p: Promise<boolean>, ms: number) => Promise.race([p, new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms))]);

describe('the loader waits for somewhere a document can be written', () => {
  it.each([
    ['a textarea', '<label>Vurdering<textarea></textarea></label>'],
    ['a rich-text editor', '<div contenteditable="true"><p>Tekst</p></div>'],
    ['an empty contenteditable attribute', '<div contenteditable></div>'],
    ['a role=textbox editor', '<div role="textbox" aria-multiline="true"></div>'],
    ['an iframe editor', '<iframe title="Redigering"></iframe>'],
  ])('finds %s at once', async (_, html) => {
    document.body.innerHTML = html;
    expect(await waitForWritingSurface(document, lifecycle())).toBe(true);
  });

  it('does not load on a list or search page (single-line inputs, read-only text)', async () => {
    document.body.innerHTML = '<form role="search"><input type="search"><input type="text" name="q"></form><div contenteditable="false">Sak 12</div><table><tr><td>Emil</td></tr></table>';
    expect(await settled(waitForWritingSurface(document, lifecycle()), 400)).toBe('pending');
  });

  it('finds a form the single-page app renders later, or an editor switched on later', async () => {
    document.body.innerHTML = '<main><input type="search"></main>';
    const waiting = waitForWritingSurface(document, lifecycle());
    setTimeout(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<section><textarea></textarea></section>'), 50);
    expect(await settled(waiting, 2000)).toBe(true);

    document.body.innerHTML = '<div id="e" contenteditable="false"></div>';
    const editor = waitForWritingSurface(document, lifecycle());
    setTimeout(() => document.getElementById('e')!.setAttribute('contenteditable', 'true'), 50);
    expect(await settled(editor, 2000)).toBe(true);
  });

  it('gives up (false) when the content script is stopped while it waits', async () => {
    document.body.innerHTML = '<p>Ingen skjema</p>';
    const ctx = lifecycle();
    const waiting = waitForWritingSurface(document, ctx);
    ctx.end();
    expect(await waiting).toBe(false);
  });
});
