/**
 * The articles of a spelling in URI order, a ring: an article's examples are the articles that
 * follow it, and an update must find every article whose examples it changed. Checked against a
 * sort and a brute-force search through thousands of random adds, replacements and removals.
 */
import * as assert from 'node:assert/strict';
import { Occurrences } from '../../server/src/core/index/occurrences';
import { pick, rng } from '../support/random';

/** Larger than any window the rules ask for. */
const WINDOW_MAX = 5;

describe('occurrences of a spelling', () => {
  const r = rng(11);
  const uris = Array.from({ length: 40 }, (_, i) => `file:///corpus/article-${String(i).padStart(3, '0')}.txt`);

  /** forEachAround(x, k)'s URIs by brute force: the k smallest URIs >= x, then wrapping round. */
  const aroundTruth = (sorted: string[], x: string, k: number): string[] =>
    [...sorted.filter((u) => u >= x), ...sorted.filter((u) => u < x)].slice(0, k);

  it('give each article the ones that follow it, with their occurrences, through random adds, replacements and removals', () => {
    const occ = new Occurrences();
    const truth = new Map<string, number>();
    for (let step = 0; step < 3000; step++) {
      const uri = pick(r, uris);
      if (r() < 0.4) {
        occ.delete(uri);
        truth.delete(uri);
      } else {
        occ.set(uri, { count: 1, first: step, firstEnd: step + 4 });
        truth.set(uri, step);
      }
      const sorted = [...truth.keys()].sort();
      const k = 1 + Math.floor(r() * WINDOW_MAX);
      const probe = pick(r, uris);
      // the URIs, each with its latest occurrence
      const seen: [string, number][] = [];
      occ.forEachAround(probe, k, (u, o) => seen.push([u, o.first]));
      assert.deepEqual(seen.map(([u]) => u), aroundTruth(sorted, probe, k), `step ${step}`);
      assert.deepEqual(seen, aroundTruth(sorted, probe, k).map((u) => [u, truth.get(u)]), `step ${step}`);
      assert.deepEqual(occ.first(k), sorted.slice(0, k));
      assert.equal(occ.size, truth.size);
      for (const u of sorted) assert.equal(occ.get(u)?.first, truth.get(u));
    }
  });

  it('give the same examples when asked in URI order, as a report asks, while the ring changes', () => {
    // the ring starts each answer from the last one: sweeps up and down, and a change between two
    // questions, must not make it skip or repeat a URI
    const occ = new Occurrences();
    const truth = new Set<string>();
    const add = (u: string): void => {
      occ.set(u, { count: 1, first: 0, firstEnd: 1 });
      truth.add(u);
    };
    for (const u of uris) if (r() < 0.5) add(u);
    for (let sweep = 0; sweep < 60; sweep++) {
      const order = sweep % 3 === 2 ? [...uris].reverse() : uris;
      for (const probe of order) {
        if (r() < 0.1) {
          const u = pick(r, uris);
          if (!truth.has(u)) add(u);
          else {
            occ.delete(u);
            truth.delete(u);
          }
        }
        const k = 1 + Math.floor(r() * WINDOW_MAX);
        const seen: string[] = [];
        occ.forEachAround(probe, k, (u) => seen.push(u));
        assert.deepEqual(seen, aroundTruth([...truth].sort(), probe, k), `sweep ${sweep}, ${probe}`);
      }
    }
  });

  it('name exactly the articles whose windows hold a given one', () => {
    // Every URI of the corpus, to enumerate the interval with.
    const all = new Occurrences();
    for (const u of uris) all.set(u, { count: 1, first: 0, firstEnd: 1 });
    for (let trial = 0; trial < 500; trial++) {
      const occ = new Occurrences();
      const members = uris.filter(() => r() < 0.05 + r() * 0.3);
      if (members.length === 0) continue;
      for (const u of members) occ.set(u, { count: 1, first: 0, firstEnd: 1 });
      const held = pick(r, members);
      const k = 1 + Math.floor(r() * WINDOW_MAX);
      const expected = uris.filter((x) => aroundTruth(members, x, k).includes(held)).sort();
      const found = [...all.within(occ.windowsHolding(held, k))].sort();
      assert.deepEqual(found, expected, `trial ${trial}: ${members.length} members`);
    }
  });
});
