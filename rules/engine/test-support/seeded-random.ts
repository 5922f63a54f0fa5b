/**
 * A small deterministic generator (mulberry32) for tests that make random edits: the same seed gives the
 * same sequence, so a failure can be replayed. `rand(n)` is an integer in [0, n).
 */
export function seededRandom(seed: number): (n: number) => number {
  let s = seed;
  return (n: number) => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}
