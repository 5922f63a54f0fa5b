import type { FieldSpec, RowSpec } from '../../rules/model/fields';
import { tagOf } from '../dom/controls';
import { tableGrid } from '../dom/table';
import { labelText } from '../dom/text';
import { insideEditable, type FieldUnit, type UnitIndex } from '../dom/units';
import type { FieldPlan, GroupPlan, RowPlan } from '../plan';
import { labelSources } from './labels';
import { assign, type Matcher, type UnitMatch } from './matching';
import { buildVocabulary, matchLabel, words, type Vocabulary } from './vocabulary';

/**
 * Repeated groups (delmål with their tiltak; tiltak in an evaluering), found three ways, in this order:
 * a table whose column headers name the row's fields; sections titled «Delmål 1», «Mål 2», «Delmål nr. 3»;
 * and, failing both, a flat run of labelled fields where a repeated label starts the next row.
 */
export interface RowContext {
  index: UnitIndex;
  matcher: Matcher;
  /** Units and tables already used (by a site adapter or an earlier group). */
  claimed: Set<Element>;
  /** The top-level vocabulary: a field that names a top-level field at least as well stays top-level. */
  top: Vocabulary;
  extra: Record<string, string[]>;
  vocabularies: Map<RowSpec, { own: Vocabulary; all: Vocabulary }>;
}

export interface Scope {
  container: ParentNode;
  units: FieldUnit[];
  contains(node: Node): boolean;
}

const TITLE_SELECTOR =
  'legend,h1,h2,h3,h4,h5,h6,[role=heading],summary,caption,[class*=title],[class*=heading],[class*=header],[class*=tittel],[class*=overskrift]';
const HEADING = /^H([1-6])$/;
const FREE_TEXT = new Set(['text', 'editor', 'frame']);

function vocabularies(spec: RowSpec, ctx: RowContext) {
  let v = ctx.vocabularies.get(spec);
  if (!v) {
    const nested: FieldSpec[] = (spec.rows ?? []).flatMap((n) => n.fields.map((f) => ({ ...f, name: `${n.name}.${f.name}` })));
    const nestedExtra: Record<string, string[]> = {};
    for (const n of spec.rows ?? []) for (const f of n.fields) nestedExtra[`${n.name}.${f.name}`] = ctx.extra[f.name] ?? [];
    v = { own: buildVocabulary(spec.fields, ctx.extra), all: buildVocabulary([...spec.fields, ...nested], { ...ctx.extra, ...nestedExtra }) };
    ctx.vocabularies.set(spec, v);
  }
  return v;
}

function keyOf(spec: RowSpec): string {
  return (spec.fields.find((f) => f.name === spec.name) ?? spec.fields[0])!.name;
}

/** Reads the groups of one level (e.g. `delmal` and `tiltak` of an evaluering) inside a scope. */
export function findGroups(specs: RowSpec[], scope: Scope, ctx: RowContext, depth: number): Record<string, GroupPlan> {
  const out: Record<string, GroupPlan> = {};
  for (const [spec, group] of findTables(specs, scope, ctx, true)) out[spec.name] = group;
  for (const spec of specs) {
    if (out[spec.name]) continue;
    const group = findSections(spec, scope, ctx, depth) ?? findSequence(spec, scope, ctx);
    if (group) out[spec.name] = group;
  }
  // Last resort: a tiltak table with no delmål column anywhere → delmål rows with no delmål text.
  const rest = specs.filter((s) => !out[s.name]);
  for (const [spec, group] of findTables(rest, scope, ctx, false)) out[spec.name] = group;
  return out;
}

// ---- tables -------------------------------------------------------------------------------------------

/**
 * Tables whose headers name a group's fields. With `ownColumn`, a table must name one of the group's own
 * fields (a «Delmål» column), so a tiltak table inside a «Delmål 1» card is left for that card.
 */
function findTables(specs: RowSpec[], scope: Scope, ctx: RowContext, ownColumn: boolean): Map<RowSpec, GroupPlan> {
  const found = new Map<RowSpec, GroupPlan>();
  if (!specs.length) return found;
  const tables = Array.from(scope.container.querySelectorAll('table,[role=table],[role=grid]'))
    .filter((t) => scope.contains(t) && !ctx.claimed.has(t));
  for (const table of tables) {
    const grid = tableGrid(table);
    if (!grid.header || !grid.body.length) continue;
    let best: { spec: RowSpec; columns: Map<string, number> } | null = null;
    for (const spec of specs) {
      const columns = headerColumns(grid.header, vocabularies(spec, ctx).all, (col) => writable(grid.body[0]?.cells[col], ctx.index));
      const key = keyOf(spec);
      const nestedKey = (spec.rows ?? []).some((n) => columns.has(`${n.name}.${keyOf(n)}`));
      const own = spec.fields.some((f) => columns.has(f.name));
      if (columns.size < 2 || !(columns.has(key) || nestedKey) || (ownColumn && !own)) continue;
      if (!best || columns.size > best.columns.size) best = { spec, columns };
    }
    if (!best) continue;
    const { spec, columns } = best;
    const rows: RowPlan[] = [];
    // One <tbody> (or role=rowgroup) per delmål: further rows in the same group are its further tiltak.
    const groups = new Set(grid.body.map((r) => r.row.parentElement));
    const grouped = groups.size > 1 && !!spec.rows?.length;
    for (const { row, cells } of grid.body) {
      const own: FieldPlan[] = [];
      const nested = new Map<string, FieldPlan[]>();
      for (const [name, col] of [...columns].sort((a, b) => a[1] - b[1])) {
        const cell = cells[col];
        if (!cell) continue;
        const unit = unitIn(cell, ctx.index);
        const el = unit ?? cell;
        const label = labelText(grid.header[col]!);
        const dot = name.indexOf('.');
        if (dot < 0) own.push({ name, el, label });
        else if (unit || (cell.textContent ?? '').trim()) {
          // An empty cell with no control in it is no tiltak (a delmål row without tiltak).
          const group = name.slice(0, dot);
          if (!nested.has(group)) nested.set(group, []);
          nested.get(group)!.push({ name: name.slice(dot + 1), el, label });
        }
      }
      const sub = emptyGroups(spec);
      for (const [group, fields] of nested) sub[group] = { rows: [{ fields, rows: {} }] };
      const plan: RowPlan = { fields: own, rows: sub };
      if (grouped) plan.continues = row.previousElementSibling !== null && row.parentElement === row.previousElementSibling.parentElement;
      rows.push(plan);
    }
    ctx.claimed.add(table);
    for (const u of ctx.index.units) if (table.contains(u.el)) ctx.claimed.add(u.el);
    const previous = found.get(spec);
    const group: GroupPlan = { rows: [...(previous?.rows ?? []), ...rows] };
    if (spec.rows?.length && columns.has(keyOf(spec))) group.continueOnEmpty = keyOf(spec);
    found.set(spec, group);
  }
  return found;
}

/** Columns to field names; when two headers name the same field equally well, a free-text column wins. */
function headerColumns(header: Element[], vocab: Vocabulary, bonus: (col: number) => number): Map<string, number> {
  const candidates: Array<{ name: string; score: number; col: number }> = [];
  header.forEach((cell, col) => {
    if (header.indexOf(cell) !== col) return; // a colspan repeats the cell
    for (const m of matchLabel(labelText(cell), vocab)) candidates.push({ name: m.name, score: m.score + bonus(col), col });
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const columns = new Map<string, number>();
  const usedCols = new Set<number>();
  for (const c of candidates) {
    if (columns.has(c.name) || usedCols.has(c.col)) continue;
    columns.set(c.name, c.col);
    usedCols.add(c.col);
  }
  return columns;
}

function writable(cell: Element | undefined, index: UnitIndex): number {
  const el = cell && unitIn(cell, index);
  const kind = el && index.byElement.get(el)?.kind;
  return kind === 'text' || kind === 'editor' || kind === 'frame' ? 0.01 : 0;
}

function unitIn(cell: Element, index: UnitIndex): Element | null {
  if (!index.countIn.has(cell)) return null;
  for (const u of index.units) if (cell.contains(u.el)) return u.el;
  return null;
}

// ---- titled sections ----------------------------------------------------------------------------------

/** «Delmål 1», «Mål 2», «Delmål nr. 3: …», «Evaluering av delmål 1» (matched on the title's words). */
function titlePattern(spec: RowSpec, ctx: RowContext): RegExp {
  const key = spec.fields.find((f) => f.name === keyOf(spec));
  const names = [...spec.labels, ...(key?.labels ?? []), ...(ctx.extra[spec.name] ?? [])]
    .map(words)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:${names.join('|')}) (?:nr |nummer )?\\d+(?: |$)`);
}

function findSections(spec: RowSpec, scope: Scope, ctx: RowContext, depth: number): GroupPlan | null {
  const pattern = titlePattern(spec, ctx);
  const titles: Array<{ el: Element; rest: string }> = [];
  for (const el of Array.from(scope.container.querySelectorAll(TITLE_SELECTOR))) {
    if (!scope.contains(el) || insideClaimed(el, ctx) || insideEditable(el)) continue;
    if (pattern.test(words(labelText(el)) + ' ')) titles.push({ el, rest: labelText(el).replace(/^[^\d]*\d+\s*[:.\-\u2013\u2014)]?\s*/u, '') });
  }
  // Keep the innermost of nested matches (<div class="card-header"><h3>Delmål 1</h3></div>).
  const inner = titles.filter((t) => !titles.some((o) => o !== t && t.el.contains(o.el)));
  if (!inner.length) return null;

  const rows: RowPlan[] = [];
  inner.forEach((title, i) => {
    const next = inner[i + 1]?.el;
    const box = sectionBox(title.el, ctx.index, scope);
    const stop = sectionEnd(title.el, box);
    const units = scope.units.filter((u) =>
      !ctx.claimed.has(u.el) && box.contains(u.el) && follows(title.el, u.el) &&
      (!next || follows(u.el, next)) && (!stop || follows(u.el, stop)));
    const row = readRow(spec, units, box, ctx, depth);
    if (!row.fields.some((f) => f.name === keyOf(spec))) {
      // «Delmål 1» over «Beskrivelse» / «Tekst»: the section's first free-text field, named by nothing else, is its text.
      const first = units[0];
      if (title.rest) {
        row.fields.unshift({ name: keyOf(spec), el: title.el, label: labelText(title.el), fixedText: title.rest });
      } else if (first && !ctx.claimed.has(first.el) && FREE_TEXT.has(first.kind) && ctx.matcher.unnamed(first)) {
        ctx.claimed.add(first.el);
        row.fields.unshift({ name: keyOf(spec), el: first.el, label: labelSources(first, ctx.index)[0]?.text ?? labelText(title.el) });
      }
    }
    if (row.fields.length || Object.keys(row.rows).length) rows.push(row);
  });
  return rows.length ? { rows } : null;
}

/** The smallest ancestor of a section title that holds fields (a fieldset, card, or the whole form). */
function sectionBox(title: Element, index: UnitIndex, scope: Scope): Element {
  if (tagOf(title) === 'LEGEND' && title.parentElement) return title.parentElement;
  if (tagOf(title) === 'SUMMARY' && title.parentElement) return title.parentElement;
  let box: Element = title;
  while (box.parentElement && !index.countIn.has(box) && scope.contains(box.parentElement)) box = box.parentElement;
  return box;
}

/** In flat layouts a heading of the same or a higher level after the title ends the section. */
function sectionEnd(title: Element, box: Element): Element | null {
  const m = HEADING.exec(tagOf(title));
  if (!m) return null;
  const level = Number(m[1]);
  for (const h of Array.from(box.querySelectorAll('h1,h2,h3,h4,h5,h6'))) {
    if (h !== title && follows(title, h) && Number(tagOf(h)[1]) <= level) return h;
  }
  return null;
}

// ---- one row, and flat runs ---------------------------------------------------------------------------

/** The fields of one row among `units`; what is left goes to the nested groups. */
function readRow(spec: RowSpec, units: FieldUnit[], box: Element, ctx: RowContext, depth: number): RowPlan {
  const { own } = vocabularies(spec, ctx);
  const candidates = units
    .map((u) => ctx.matcher.match(u, own))
    .filter((m): m is UnitMatch => !!m && m.matches[0]!.score >= ctx.matcher.score(m.unit, ctx.top));
  const fields: FieldPlan[] = assign(candidates).map((a) => ({ name: a.name, el: a.match.unit.el, label: a.match.label }));
  for (const f of fields) ctx.claimed.add(f.el);
  const rest = units.filter((u) => !ctx.claimed.has(u.el));
  const rows = spec.rows?.length
    ? findGroups(spec.rows, { container: box, units: rest, contains: (n) => box.contains(n) }, ctx, depth + 1)
    : {};
  return { fields, rows: { ...emptyGroups(spec), ...rows } };
}

/** Every nested group of a row, empty: a delmål without tiltak reads as `rows: { tiltak: [] }`. */
function emptyGroups(spec: RowSpec): Record<string, GroupPlan> {
  const out: Record<string, GroupPlan> = {};
  for (const n of spec.rows ?? []) out[n.name] = { rows: [] };
  return out;
}

/** Flat runs: a label that repeats (a second «Delmål») starts the next row. */
function findSequence(spec: RowSpec, scope: Scope, ctx: RowContext): GroupPlan | null {
  const { all } = vocabularies(spec, ctx);
  const key = keyOf(spec);
  const nestedKeys = new Set((spec.rows ?? []).map((n) => `${n.name}.${keyOf(n)}`));
  const picks: Array<{ unit: FieldUnit; name: string; label: string }> = [];
  for (const unit of scope.units) {
    if (ctx.claimed.has(unit.el)) continue;
    const m = ctx.matcher.match(unit, all);
    if (!m) continue;
    const best = m.matches[0]!;
    if (best.score <= ctx.matcher.score(unit, ctx.top)) continue;
    picks.push({ unit, name: best.name, label: m.label });
  }
  if (!picks.some((p) => p.name === key || nestedKeys.has(p.name))) return null;

  const rows: RowPlan[] = [];
  let current: RowPlan | null = null;
  for (const p of picks) {
    ctx.claimed.add(p.unit.el);
    const dot = p.name.indexOf('.');
    if (dot < 0) {
      if (!current || current.fields.some((f) => f.name === p.name)) rows.push((current = { fields: [], rows: emptyGroups(spec) }));
      current.fields.push({ name: p.name, el: p.unit.el, label: p.label });
      continue;
    }
    if (!current) rows.push((current = { fields: [], rows: emptyGroups(spec) }));
    const group = p.name.slice(0, dot);
    const name = p.name.slice(dot + 1);
    const sub = (current.rows[group] ??= { rows: [] });
    let last = sub.rows[sub.rows.length - 1];
    if (!last || last.fields.some((f) => f.name === name)) sub.rows.push((last = { fields: [], rows: {} }));
    last.fields.push({ name, el: p.unit.el, label: p.label });
  }
  return { rows };
}

function insideClaimed(el: Element, ctx: RowContext): boolean {
  const table = el.closest('table,[role=table],[role=grid]');
  return !!table && ctx.claimed.has(table);
}

function follows(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0;
}
