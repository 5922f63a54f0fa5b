import { useLayoutEffect, useRef } from 'preact/hooks';
import type { FormField } from '../../cases/form-fields';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paragraphs (separated by blank lines) become <p> elements, single line breaks <br>. */
export function textToHtml(text: string): string {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  if (paragraphs.length === 0) return '<p><br></p>';
  return paragraphs.map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`).join('');
}

/** The editor's text with a blank line between blocks (paragraphs and list items). */
export function htmlToText(root: HTMLElement): string {
  const blocks: string[] = [];
  const inline: string[] = [];
  const flush = () => {
    const text = inline.join('').trim();
    if (text) blocks.push(text);
    inline.length = 0;
  };
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) {
      inline.push(node.textContent ?? '');
    } else if (node instanceof HTMLElement && ['UL', 'OL'].includes(node.tagName)) {
      flush();
      for (const li of Array.from(node.children)) blocks.push(`• ${(li.textContent ?? '').trim()}`);
    } else if (node instanceof HTMLElement && ['P', 'DIV', 'H3', 'H4', 'BLOCKQUOTE'].includes(node.tagName)) {
      flush();
      const text = (node.textContent ?? '').trim();
      if (text) blocks.push(text);
    } else {
      inline.push(node.textContent ?? '');
    }
  }
  flush();
  return blocks.join('\n\n');
}

interface RichTextFieldProps {
  field: FormField;
  value: string;
  onChange: (value: string) => void;
}

const TOOLBAR = [
  { command: 'bold', label: 'Fet', text: 'F', className: 'rte-bold' },
  { command: 'italic', label: 'Kursiv', text: 'K', className: 'rte-italic' },
  { command: 'underline', label: 'Understreket', text: 'U', className: 'rte-underline' },
  { command: 'insertUnorderedList', label: 'Punktliste', text: '•≡', className: '' },
] as const;

/** A small rich-text editor like the ones fagsystems embed for long free-text sections. */
export function RichTextField({ field, value, onChange }: RichTextFieldProps) {
  const editor = useRef<HTMLDivElement>(null);
  const labelId = `${field.id}-label`;

  // The editor owns its DOM after mount; the form is re-mounted when the case or document changes.
  useLayoutEffect(() => {
    if (editor.current) editor.current.innerHTML = textToHtml(value);
  }, []);

  const run = (command: string) => {
    editor.current?.focus();
    // execCommand is deprecated but is still what small embedded editors use; fine for a demo.
    document.execCommand?.(command, false);
    if (editor.current) onChange(htmlToText(editor.current));
  };

  return (
    <div class="field field-wide">
      <span class="field-label" id={labelId}>
        {field.label}
      </span>
      <div class="rte">
        <div class="rte-toolbar" role="toolbar" aria-label={`Formatering – ${field.label}`}>
          {TOOLBAR.map((tool) => (
            <button
              key={tool.command}
              type="button"
              class={`rte-button ${tool.className}`}
              title={tool.label}
              aria-label={tool.label}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => run(tool.command)}
            >
              {tool.text}
            </button>
          ))}
        </div>
        <div
          ref={editor}
          id={field.id}
          class="rte-content"
          contentEditable
          role="textbox"
          aria-multiline="true"
          aria-labelledby={labelId}
          onInput={(e) => onChange(htmlToText(e.currentTarget))}
        />
      </div>
    </div>
  );
}
