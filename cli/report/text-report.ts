import type { Finding } from '../../rules/engine';
import type { Severity } from '../../rules/pack/schema';
import type { Palette } from './colours';
import { countLine, SEVERITY_ORDER } from './counts';
import { fieldLabels } from './field-labels';
import type { FileResult } from './file-result';

export interface TextReportOptions {
  palette: Palette;
  /** Wrap messages to this width (a terminal's); no wrapping when undefined. */
  width?: number;
  /** What the findings depend on, shown under the total: the pack and the day compared with. */
  packName: string;
  today: string;
}

const DOCUMENT_NAMES = { vedtak: 'vedtak', tiltaksplan: 'tiltaksplan', evaluering: 'evaluering' } as const;
const SEVERITY_WIDTH = 9;
const MESSAGE_INDENT = 4 + SEVERITY_WIDTH + 1;

/**
 * `--format text`: per file its document type and the findings grouped by field (the document-level
 * ones first, then the fields in document order), each with severity, rule id and message; then a total.
 */
export function textReport(results: readonly FileResult[], opts: TextReportOptions): string {
  const { palette: p } = opts;
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`${p.bold(result.file)} ${p.dim('–')} ${DOCUMENT_NAMES[result.documentType]}${p.dim(sourceNote(result.source))}`);
    for (const group of groupByField(result)) {
      lines.push(`  ${p.bold(group.heading)}`);
      for (const f of group.findings) {
        lines.push(`    ${colourSeverity(f.severity, p)}${' '.repeat(SEVERITY_WIDTH - f.severity.length + 1)}${p.dim(f.ruleId)}`);
        for (const line of wrap(f.message, opts.width ? opts.width - MESSAGE_INDENT : undefined)) {
          lines.push(`${' '.repeat(MESSAGE_INDENT)}${line}`);
        }
      }
    }
    lines.push(`  ${capitalise(countLine(result.findings))}.`, '');
  }
  const all = results.flatMap((r) => r.findings);
  const documents = `${results.length} ${results.length === 1 ? 'dokument' : 'dokumenter'}`;
  const total = `Totalt: ${documents}, ${countLine(all)}.`;
  lines.push(all.some((f) => f.severity === 'feil') ? p.bold(total) : p.green(total));
  lines.push(p.dim(`Regelpakke: ${opts.packName}. Dato for fristene: ${opts.today}.`));
  return `${lines.join('\n')}\n`;
}

function sourceNote(source: string): string {
  return source === 'json' ? '' : ` (lest fra HTML med adapteren «${source}»)`;
}

interface FieldGroup {
  heading: string;
  findings: Finding[];
}

function groupByField(result: FileResult): FieldGroup[] {
  const labels = fieldLabels(result.model);
  const order = [...labels.keys()];
  const byRef = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const key = f.field ?? '';
    byRef.set(key, [...(byRef.get(key) ?? []), f]);
  }
  const rank = (ref: string) => (ref === '' ? -1 : order.indexOf(ref) === -1 ? order.length : order.indexOf(ref));
  return [...byRef.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([ref, findings]) => ({
      heading: ref === '' ? 'Hele dokumentet' : labels.get(ref) ? `${labels.get(ref)} (${ref})` : ref,
      findings: [...findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)),
    }));
}

function colourSeverity(severity: Severity, p: Palette): string {
  if (severity === 'feil') return p.red(p.bold(severity));
  if (severity === 'advarsel') return p.yellow(severity);
  return p.cyan(severity);
}

function wrap(text: string, width: number | undefined): string[] {
  if (!width || width < 30) return text.split('\n');
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
