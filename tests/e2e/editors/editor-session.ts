import type { Page } from '@playwright/test';

/** Which editor a page uses, and the id it is registered under in the page's `window.vlEditors`. */
export type EditorKind = 'ckeditor' | 'quill' | 'iframe';

export interface EditorState {
  /** The editor's own data: CKEditor `getData()`, Quill `getText()`, the iframe body's `innerHTML`. */
  data: string;
  /** The editable element's markup as the browser holds it. */
  html: string;
  /** The DOM selection inside the editable: child-index paths from the editable root, and offsets. */
  domSelection: string;
  /** The editor's own selection model: CKEditor model ranges, Quill `getSelection()`; '' for the iframe. */
  editorSelection: string;
  /** Whether the editable has focus (the extension must never take it). */
  focused: boolean;
}

/** Reads an editor's data, markup and caret in the page's main world (where the editors live). */
export async function editorState(page: Page, kind: EditorKind, id: string): Promise<EditorState> {
  return page.evaluate(
    ([kind, id]) => {
      const w = window as unknown as { vlEditors: Record<string, any> };
      const ed = w.vlEditors[id];
      const root: HTMLElement =
        kind === 'ckeditor' ? ed.ui.getEditableElement() : kind === 'quill' ? ed.root : (ed as HTMLElement);
      const doc = root.ownerDocument;
      const sel = doc.getSelection();
      const pathOf = (node: Node | null): string => {
        if (!node) return 'null';
        if (!root.contains(node)) return 'outside';
        const path: number[] = [];
        for (let n: Node = node; n !== root; n = n.parentNode!) path.unshift(Array.prototype.indexOf.call(n.parentNode!.childNodes, n));
        return path.join('/');
      };
      const domSelection = sel && sel.rangeCount ? `${pathOf(sel.anchorNode)}:${sel.anchorOffset}-${pathOf(sel.focusNode)}:${sel.focusOffset}` : 'none';
      let data = '';
      let editorSelection = '';
      if (kind === 'ckeditor') {
        data = ed.getData();
        const ranges = Array.from(ed.model.document.selection.getRanges()) as Array<{ start: { path: number[] }; end: { path: number[] } }>;
        editorSelection = ranges.map((r) => `${r.start.path.join('.')}-${r.end.path.join('.')}`).join(',');
      } else if (kind === 'quill') {
        data = ed.getText();
        editorSelection = JSON.stringify(ed.getSelection());
      } else {
        data = root.innerHTML;
      }
      return { data, html: root.innerHTML, domSelection, editorSelection, focused: doc.activeElement === root && doc.hasFocus() };
    },
    [kind, id] as const,
  );
}

/** Every form value and the attributes of <html> and <body> in the page's main document. */
export async function hostValues(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const values = Array.from(document.querySelectorAll('input,textarea,select')).map((el) => {
      const e = el as HTMLInputElement;
      return `${e.id || e.name || e.tagName}=${JSON.stringify(e.value)}|${e.checked}`;
    });
    const attrs = (el: Element) => Array.from(el.attributes).map((a) => `${a.name}=${a.value}`).join(' ');
    return [...values, `html: ${attrs(document.documentElement)}`, `body: ${attrs(document.body)}`];
  });
}
