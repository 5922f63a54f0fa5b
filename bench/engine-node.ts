// The engine benchmark in Node, for working on the engine (no browser, no build): the large generated page
// read through the built-in adapters with jsdom (as the CLI reads HTML), then evaluate() timed on fresh
// text per sample, as the browser benchmark's `engine` probe does (bench/probe-entry.ts), at 1× and 8× text.
//
//   npx tsx bench/engine-node.ts [samples] [sizes: 1,8]
//   node --import tsx --cpu-prof bench/engine-node.ts      (then read the .cpuprofile)
import { JSDOM } from 'jsdom';
import { readDocument } from '../adapters/read';
import { BUILT_IN_ADAPTERS } from '../adapters/sites';
import { compilePack, evaluate } from '../rules/engine';
import type { DocumentModel } from '../rules/model/document';
import { fresh, mapTexts, repeated } from './model-variants';
import { standardPack } from '../rules/standard';
import { generatePages } from './pages';

const TODAY = '2026-11-23';
const URL = 'http://127.0.0.1/large.html';
const SAMPLES = Number(process.argv[2] ?? 300);
/** Which text sizes to measure: `1`, `8` or both (default). */
const SIZES = (process.argv[3] ?? '1,8').split(',');
const WARM = 30;
/** A field this long is prose; the 8× model repeats only these (dates and names stay readable). */
const LONG = 200;

const eightTimes = (model: DocumentModel) => mapTexts(model, (t) => (t.length >= LONG ? repeated(t, 8) : t));

function readLarge(): DocumentModel {
  const html = generatePages().large;
  const doc = new JSDOM(html, { url: URL }).window.document;
  const read = readDocument(doc, { url: URL, adapters: BUILT_IN_ADAPTERS, vocabulary: standardPack.vocabulary });
  doc.defaultView?.close();
  if (!read) throw new Error('the adapters read no document from the large page');
  return read.model;
}

function charsOf(model: DocumentModel): number {
  let n = 0;
  mapTexts(model, (t) => { n += t.length; return t; });
  return n;
}

const compiled = compilePack(standardPack);
let round = 0;

function measure(label: string, model: DocumentModel) {
  const findings = evaluate(compiled, model, { today: TODAY }).findings.length;
  const samples: number[] = [];
  let cpu = 0;
  for (let i = 0; i < WARM + SAMPLES; i++) {
    const m = fresh(model, round++);
    const c = process.cpuUsage();
    const t = performance.now();
    evaluate(compiled, m, { today: TODAY });
    if (i >= WARM) {
      samples.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu += (used.user + used.system) / 1000;
    }
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const ms = (x: number) => x.toFixed(2).padStart(7);
  // CPU time (all of the process's threads, GC helpers included) is less disturbed by other work on the machine.
  console.log(`${label.padEnd(4)} ${String(charsOf(model)).padStart(7)} chars  ${findings} findings  p50 ${ms(at(0.5))} ms  p95 ${ms(at(0.95))} ms  mean ${ms(mean)} ms  max ${ms(samples.at(-1)!)} ms  cpu/eval ${ms(cpu / SAMPLES)} ms`);
  return at(0.5);
}

const large = readLarge();
const one = SIZES.includes('1') ? measure('1×', large) : undefined;
const eight = SIZES.includes('8') ? measure('8×', eightTimes(large)) : undefined;
if (one && eight) console.log(`8× / 1× p50: ${(eight / one).toFixed(1)} (linear: about 8)`);
