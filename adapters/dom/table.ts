import { CONTROL_SELECTOR, tagOf } from './controls';

/**
 * A table as header cells and body rows of cells, for `<table>` and for ARIA grids
 * (`role=table|grid` > `role=row` > `role=columnheader|cell|gridcell`), with colspans honoured.
 */
export interface TableGrid {
  header: Element[] | null;
  /** Body rows, each cell placed at its column index (a colspan repeats the cell). */
  body: Array<{ row: Element; cells: Element[] }>;
}

export function tableOf(cell: Element): Element | null {
  return cell.closest('table,[role=table],[role=grid],[role=treegrid]');
}

export function tableGrid(table: Element): TableGrid {
  const rows = tagOf(table) === 'TABLE'
    ? Array.from((table as HTMLTableElement).rows).filter((r) => tableOf(r) === table)
    : Array.from(table.querySelectorAll('[role=row]')).filter((r) => tableOf(r) === table);
  let header: Element[] | null = null;
  const body: TableGrid['body'] = [];
  for (const row of rows) {
    const cells = rowCells(row);
    const isHeader = isHeaderRow(cells, row === rows[0]);
    if (isHeader && body.length === 0) header = cells;
    else if (!isHeader) body.push({ row, cells });
  }
  return { header, body };
}

function rowCells(row: Element): Element[] {
  const cells: Element[] = [];
  for (const cell of Array.from(row.children)) {
    const tag = tagOf(cell);
    const role = cell.getAttribute('role');
    if (tag !== 'TD' && tag !== 'TH' && !(role && /^(cell|gridcell|columnheader|rowheader)$/.test(role))) continue;
    const span = Math.max(1, Math.min(20, Number(cell.getAttribute('colspan')) || 1));
    for (let i = 0; i < span; i++) cells.push(cell);
  }
  return cells;
}

/**
 * Header cells, or (first row only) legacy headers drawn as plain cells: «<td><b>Delmål</b></td>…» over rows
 * of fields — two or more short texts, no control, and a control in the row below.
 */
function isHeaderRow(cells: Element[], first: boolean): boolean {
  if (!cells.length) return false;
  if (cells.every(isHeaderCell)) return true;
  if (!first || new Set(cells).size < 2) return false;
  for (const cell of cells) {
    const text = (cell.textContent ?? '').trim();
    if (!text || text.length > 60 || cell.querySelector(CONTROL)) return false;
  }
  const next = cells[0]!.parentElement?.nextElementSibling;
  return !!next && !!next.querySelector(CONTROL);
}

const CONTROL = `${CONTROL_SELECTOR},[role=combobox]`;

function isHeaderCell(cell: Element): boolean {
  return tagOf(cell) === 'TH' || cell.getAttribute('role') === 'columnheader' ||
    (tagOf(cell.parentElement!) === 'TR' && tagOf(cell.parentElement!.parentElement!) === 'THEAD');
}

/** The column header of the cell holding `el`, when the table has a header row (read without building the grid). */
export function columnHeader(el: Element): Element | null {
  const cell = el.closest('td,th,[role=cell],[role=gridcell]');
  const table = cell && tableOf(cell);
  const row = cell?.parentElement;
  if (!cell || !table || !row) return null;
  const first = tagOf(table) === 'TABLE' ? (table as HTMLTableElement).rows[0] : table.querySelector('[role=row]');
  if (!first || first === row) return null;
  const header = rowCells(first);
  if (!isHeaderRow(header, true)) return null;
  let index = 0;
  for (let sib = cell.previousElementSibling; sib; sib = sib.previousElementSibling) {
    index += Math.max(1, Number(sib.getAttribute('colspan')) || 1);
  }
  return header[index] ?? null;
}
