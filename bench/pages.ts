// Generated Fagsystem-demo pages for the benchmark: the demo's DOM conventions (demo/README.md), filled
// with the text of a flawed demo case (Emil Holtevik), scaled to three sizes. Static HTML, no scripts.
import { readFileSync } from 'node:fs';
import { TILTAKSPLAN_FIELDS, VEDTAK_FIELDS, DOCUMENT_HEADINGS, type FormField } from '../demo/cases/form-fields';

export type Size = 'small' | 'medium' | 'large';
export const SIZES: Size[] = ['small', 'medium', 'large'];

interface Tiltak { tiltak: string; ansvarlig: string; omfang: string }
interface Delmal { delmal: string; indikatorer: string; tiltak: Tiltak[] }

const CASE = JSON.parse(readFileSync(new URL('../demo/cases/emil-holtevik.json', import.meta.url), 'utf8'));
const VEDTAK: Record<string, string> = CASE.dokumenter.vedtak.fields;
const PLAN: Record<string, string> = CASE.dokumenter.tiltaksplan.fields;
const PLAN_DELMAL: Delmal[] = CASE.dokumenter.tiltaksplan.delmal;
const CHILD = { navn: `${CASE.barn.fornavn} ${CASE.barn.etternavn}`, fodselsdato: CASE.barn.fodselsdato as string };

/** Sentences of the case's own prose, to grow a field to a given length without inventing content. */
const PROSE = Object.values({ ...VEDTAK, ...PLAN })
  .filter((t) => typeof t === 'string' && t.length > 40)
  .join(' ')
  .split(/(?<=[.!?])\s+/u)
  .filter((s) => s.length > 20);

function prose(chars: number, seed: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = seed; n < chars; i++) {
    const s = PROSE[i % PROSE.length]!;
    out.push(s);
    n += s.length + 1;
    if (out.length % 6 === 0) { out.push('\n\n'); }
  }
  return out.join(' ').replace(/ \n\n /g, '\n\n').slice(0, chars);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function control(f: FormField, value: string, opts: { readonly?: boolean; rich?: boolean; input?: boolean } = {}): string {
  const label = `<label for="${f.id}" id="${f.id}-label">${esc(f.label)}</label>`;
  if (opts.rich) {
    const paragraphs = value.split(/\n\n+/).map((p) => `<p>${esc(p)}</p>`).join('');
    return `<div class="felt">${label}<div class="toolbar">B I U</div><div id="${f.id}" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="${f.id}-label" class="rik">${paragraphs}</div></div>`;
  }
  if (opts.input) return `<div class="felt">${label}<input type="text" id="${f.id}" name="${f.htmlName}" value="${esc(value)}"${opts.readonly ? ' readonly' : ''}></div>`;
  return `<div class="felt">${label}<textarea id="${f.id}" name="${f.htmlName}" rows="4">${esc(value)}</textarea></div>`;
}

const DATE_FIELDS = new Set(['fodselsdato', 'meldingMottatt', 'undersokelseAvsluttet', 'vedtaksdato', 'planperiodeFra', 'planperiodeTil', 'forrigeEvaluering', 'nesteEvaluering', 'planNummer', 'hjemmel']);

function page(type: 'vedtak' | 'tiltaksplan', body: string): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${DOCUMENT_HEADINGS[type]} – ${esc(CHILD.navn)} – Fagsystem-demo</title>
<style>body{font:15px system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:16px}.felt{margin:10px 0}label{display:block;font-weight:600}
textarea,input,.rik{width:100%;box-sizing:border-box;font:inherit}.rik{border:1px solid #888;min-height:5em;padding:4px}
table{border-collapse:collapse;width:100%}td{border:1px solid #ccc;vertical-align:top}td textarea{min-height:3em}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>
</head><body><header>Fagsystem-demo — Fjordvik barneverntjeneste</header><main>
<form id="${type}-skjema"><h1 id="dokument-tittel">${DOCUMENT_HEADINGS[type]}</h1>
${body}
<button type="button">Lagre</button></form></main></body></html>`;
}

/** small: a 10-field vedtak (the case's own text). */
function small(): string {
  const keys = ['barnetsNavn', 'fodselsdato', 'vedtaksdato', 'hjemmel', 'bakgrunn', 'barnetsSynspunkter', 'vurdering', 'barnetsBeste', 'vedtak', 'mal'] as const;
  const value = (k: string) => (k === 'barnetsNavn' ? CHILD.navn : k === 'fodselsdato' ? CHILD.fodselsdato : VEDTAK[k] ?? '');
  const body = keys
    .map((k) => control(VEDTAK_FIELDS[k], value(k), { readonly: k === 'barnetsNavn' || k === 'fodselsdato', rich: k === 'vurdering', input: DATE_FIELDS.has(k) || k === 'barnetsNavn' }))
    .join('\n');
  return page('vedtak', body);
}

function delmalTable(delmal: Delmal[]): string {
  const cell = (cls: string, name: string, label: string, value: string) =>
    `<td class="${cls}"><label class="sr-only" for="${name}">${esc(label)}</label><textarea id="${name}" name="${name}" rows="2">${esc(value)}</textarea></td>`;
  const groups = delmal.map((d, i) => {
    const rows = d.tiltak.map((t, j) => {
      const head = j === 0
        ? cell('col-delmal', `delmal[${i}].tekst`, `Delmål ${i + 1}`, d.delmal) + cell('col-indikatorer', `delmal[${i}].indikatorer`, `Indikatorer for delmål ${i + 1}`, d.indikatorer)
        : '<td class="col-delmal"></td><td class="col-indikatorer"></td>';
      const p = `delmal[${i}].tiltak[${j}]`;
      return `<tr class="${j === 0 ? 'delmal-first-row' : 'delmal-continuation-row'}">${head}${cell('col-tiltak', `${p}.beskrivelse`, `Tiltak ${j + 1}, delmål ${i + 1}`, t.tiltak)}${cell('col-ansvarlig', `${p}.ansvarlig`, `Ansvarlig for tiltak ${j + 1}, delmål ${i + 1}`, t.ansvarlig)}${cell('col-omfang', `${p}.omfang`, `Omfang for tiltak ${j + 1}, delmål ${i + 1}`, t.omfang)}<td class="col-handling"><button type="button">Fjern</button></td></tr>`;
    });
    return `<tbody class="delmal-group">${rows.join('')}</tbody>`;
  });
  return `<table id="tiltaksplan-delmal"><thead><tr><th>Delmål</th><th>Indikatorer</th><th>Tiltak</th><th>Ansvarlig</th><th>Omfang</th><th></th></tr></thead>${groups.join('')}</table><button type="button">+ Legg til delmål</button>`;
}

function plan(delmal: Delmal[], textOf: (k: string) => string): string {
  const keys = Object.keys(TILTAKSPLAN_FIELDS) as (keyof typeof TILTAKSPLAN_FIELDS)[];
  const head = keys
    .map((k) => control(TILTAKSPLAN_FIELDS[k], k === 'barnetsNavn' ? CHILD.navn : k === 'fodselsdato' ? CHILD.fodselsdato : textOf(k), {
      readonly: k === 'barnetsNavn' || k === 'fodselsdato', rich: k === 'situasjonsbeskrivelse', input: DATE_FIELDS.has(k) || k === 'barnetsNavn',
    }))
    .join('\n');
  return page('tiltaksplan', `${head}\n${delmalTable(delmal)}`);
}

/** medium: a tiltaksplan with 8 delmål rows (the case's two delmål, varied). */
function medium(): string {
  const delmal = Array.from({ length: 8 }, (_, i) => {
    const d = PLAN_DELMAL[i % PLAN_DELMAL.length]!;
    return { ...d, delmal: `${d.delmal} (${i + 1})`, tiltak: d.tiltak.slice(0, 1 + (i % 2)) };
  });
  return plan(delmal, (k) => PLAN[k] ?? '');
}

/** large: a tiltaksplan with 10 fields + 4 delmål × 2 tiltak (42 fields), 30,000+ characters of text. */
function large(): string {
  const long: Record<string, number> = { situasjonsbeskrivelse: 13000, barnetsSynspunkter: 6200, hovedmal: 1500 };
  const delmal = Array.from({ length: 4 }, (_, i) => ({
    delmal: prose(900, i * 3),
    indikatorer: prose(600, i * 5 + 1),
    tiltak: [0, 1].map((j) => ({ tiltak: prose(400, i * 7 + j), ansvarlig: 'Barneverntjenesten og mor', omfang: j ? 'Ved behov' : '3 timer per uke' })),
  }));
  return plan(delmal, (k) => (long[k] ? prose(long[k]!, k.length) : PLAN[k] ?? ''));
}

export function generatePages(): Record<Size, string> {
  return { small: small(), medium: medium(), large: large() };
}

/** Where the keystroke benchmark types, per size: a long free-text textarea. */
export const TYPING_FIELD: Record<Size, string> = {
  small: '#vedtak-barnets-synspunkter',
  medium: '#tiltaksplan-barnets-stemme',
  large: '#tiltaksplan-barnets-stemme',
};
