// Which sources make up a built bundle: bytes of generated code per source file, from its sourcemap.
// Usage: node bench/bundle-sources.mjs path/to/content.js [topN]
import { readFileSync } from 'node:fs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const decodeVlq = (s) => {
  const out = [];
  let value = 0, shift = 0;
  for (const ch of s) {
    const d = B64.indexOf(ch);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else { out.push(value & 1 ? -(value >>> 1) : value >>> 1); value = 0; shift = 0; }
  }
  return out;
};

export function bytesPerSource(code, map) {
  const lines = code.split('\n');
  const sizes = new Map();
  let src = 0;
  map.mappings.split(';').forEach((line, li) => {
    const text = lines[li] ?? '';
    let col = 0;
    const segs = line ? line.split(',').map(decodeVlq) : [];
    const starts = [];
    for (const seg of segs) {
      col += seg[0];
      if (seg.length >= 4) src += seg[1];
      starts.push([col, seg.length >= 4 ? src : -1]);
    }
    for (let i = 0; i < starts.length; i++) {
      const [c, s] = starts[i];
      const end = i + 1 < starts.length ? starts[i + 1][0] : text.length;
      const name = s < 0 ? '(unmapped)' : map.sources[s];
      sizes.set(name, (sizes.get(name) ?? 0) + Buffer.byteLength(text.slice(c, end)));
    }
  });
  return sizes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  const top = Number(process.argv[3] ?? 40);
  const sizes = bytesPerSource(readFileSync(file, 'utf8'), JSON.parse(readFileSync(file + '.map', 'utf8')));
  const group = (name) => {
    const m = name.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    if (m) return 'npm:' + m[1];
    const p = name.replace(/^(\.\.\/)+/, '');
    return p.split('/').slice(0, 2).join('/');
  };
  const groups = new Map();
  for (const [n, b] of sizes) groups.set(group(n), (groups.get(group(n)) ?? 0) + b);
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  console.log(`total ${total} B`);
  console.log('\n-- by package / folder');
  for (const [n, b] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(String(b).padStart(8), n);
  console.log('\n-- by file');
  for (const [n, b] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(String(b).padStart(8), n.replace(/^(\.\.\/)+/, ''));
}
