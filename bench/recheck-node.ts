// The re-check benchmark in Node, for working on incremental re-checks (no browser, no build): each
// generated page read through the built-in adapters with jsdom, then one field typed into a character at a
// time and re-checked through the content script's re-checker, as the browser benchmark's `recheck` probe
// does (bench/probe-entry.ts). The floor here is jsdom's, not Chromium's: compare re-check times, not ratios.
//
//   npx tsx bench/recheck-node.ts [samples] [sizes: small,medium,large]
//   node --import tsx --cpu-prof bench/recheck-node.ts      (then read the .cpuprofile)
import { JSDOM } from 'jsdom';
import { readDocument, readField } from '../adapters/read';
import { BUILT_IN_ADAPTERS } from '../adapters/sites';
import { compilePack, evaluate } from '../rules/engine';
import { createRechecker } from '../entrypoints/content/recheck';
import { standardPack } from '../rules/standard';
import { generatePages, SIZES, TYPING_FIELD, type Size } from './pages';

const TODAY = '2026-11-23';
const SAMPLES = Number(process.argv[2] ?? 2000);
const ONLY = (process.argv[3]?.split(',') ?? SIZES) as Size[];
const WARM = 200;
const TYPED = 'Hun sier selv at hun vil bo hjemme og fortsette på skolen, og at hun liker kontaktpersonen sin. ';

const compiled = compilePack(standardPack);
const pages = generatePages();

for (const size of ONLY) {
  const url = `http://127.0.0.1/${size}.html`;
  const doc = new JSDOM(pages[size], { url }).window.document;
  const read = readDocument(doc, { url, adapters: BUILT_IN_ADAPTERS, vocabulary: standardPack.vocabulary });
  if (!read) throw new Error(`the adapters read no document from the ${size} page`);
  const el = doc.querySelector(TYPING_FIELD[size]) as HTMLTextAreaElement;
  const ref = [...read.elements].find(([, e]) => e === el)?.[0];
  if (!ref) throw new Error(`${TYPING_FIELD[size]} is not a field the adapter read`);
  const rechecker = createRechecker(compiled, () => TODAY);
  rechecker.full(read.model);
  const original = el.value;
  let model = read.model;
  const samples: number[] = [];
  for (let i = 0; i < WARM + SAMPLES; i++) {
    el.value = `${original} ${TYPED.repeat(Math.ceil((i + 2) / TYPED.length)).slice(0, (i % 400) + 1)}${i}`;
    const t = performance.now();
    const result = rechecker.fieldsChanged(model, [[ref, readField(el)]]);
    const dt = performance.now() - t;
    if (!result) throw new Error('re-check fell back to a full read');
    model = result.model;
    if (i >= WARM) samples.push(dt);
  }
  const expected = evaluate(compiled, model, { today: TODAY }).findings.length;
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  const us = (x: number) => `${(x * 1000).toFixed(0).padStart(5)} µs`;
  console.log(`${size.padEnd(6)} ${String(read.elements.size).padStart(3)} fields  ${expected} findings  re-check p50 ${us(at(0.5))}  p95 ${us(at(0.95))}`);
  doc.defaultView?.close();
}
