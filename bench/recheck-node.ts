// The re-check benchmark in Node, for working on incremental re-checks (no browser, no build): each
// generated page read through the built-in adapters with jsdom, then one field typed into a character at a
// time and re-checked through the content script's re-checker, as the browser benchmark's `recheck` probe
// does (bench/probe-entry.ts: the same sentence, 200 warm-up keystrokes, then the samples). Each round
// starts again from the page's text with a new re-checker; the first round is what the browser measures
// (later rounds meet the typed words' stems again). The floor here is jsdom's, not Chromium's: compare
// re-check times, not ratios.
//
//   npx tsx bench/recheck-node.ts [samples per round] [sizes: small,medium,large] [rounds]
//   node --import tsx --cpu-prof bench/recheck-node.ts      (then read the .cpuprofile)
import { JSDOM } from 'jsdom';
import { readDocument, readField } from '../adapters/read';
import { BUILT_IN_ADAPTERS } from '../adapters/sites';
import { compilePack, evaluate } from '../rules/engine';
import { createRechecker } from '../entrypoints/content/recheck';
import { standardPack } from '../rules/standard';
import { generatePages, SIZES, TYPING_FIELD, type Size } from './pages';

const TODAY = '2026-11-23';
const SAMPLES = Number(process.argv[2] ?? 200);
const ONLY = (process.argv[3]?.split(',') ?? SIZES) as Size[];
const ROUNDS = Number(process.argv[4] ?? 10);
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
  const original = el.value;
  const rounds: number[][] = [];
  let model = read.model;
  for (let round = 0; round < ROUNDS; round++) {
    el.value = `${original} `;
    model = read.model;
    const rechecker = createRechecker(compiled, () => TODAY);
    rechecker.full(model);
    const samples: number[] = [];
    for (let i = 0; i < WARM + SAMPLES; i++) {
      el.value += TYPED[i % TYPED.length];
      const t = performance.now();
      const result = rechecker.fieldsChanged(model, [[ref, readField(el)]]);
      const dt = performance.now() - t;
      if (!result) throw new Error('re-check fell back to a full read');
      model = result.model;
      if (i >= WARM) samples.push(dt);
    }
    rounds.push(samples);
  }
  const expected = evaluate(compiled, model, { today: TODAY }).findings.length;
  const us = (x: number) => `${(x * 1000).toFixed(0).padStart(5)} µs`;
  const p = (samples: number[], q: number) => {
    const sorted = [...samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  };
  const later = rounds.slice(1).flat();
  console.log(
    `${size.padEnd(6)} ${String(read.elements.size).padStart(3)} fields  ${expected} findings  re-check p50 ${us(p(rounds[0]!, 0.5))}  p95 ${us(p(rounds[0]!, 0.95))}` +
      (later.length ? `  (later rounds p50 ${us(p(later, 0.5))})` : ''),
  );
  doc.defaultView?.close();
}
