/**
 * The example locations of a spelling are its first articles by URI; Occurrences keeps them
 * between updates instead of walking every article of the spelling again.
 */
import * as assert from 'node:assert/strict';
import { FIRST_KEPT, Occurrences } from '../../server/src/core/index/occurrences';
import { pick, rng } from '../support/random';

describe('occurrences of a spelling', () => {
  it('keep their first URIs right through random adds, replacements and removals', () => {
    const r = rng(11);
    const uris = Array.from({ length: 40 }, (_, i) => `file:///corpus/article-${String(i).padStart(3, '0')}.txt`);
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
      const k = 1 + Math.floor(r() * FIRST_KEPT);
      const expected = [...truth.keys()].sort().slice(0, k);
      assert.deepEqual(occ.first(k), expected, `step ${step}`);
      assert.equal(occ.size, truth.size);
      for (const u of expected) assert.equal(occ.get(u)?.first, truth.get(u));
    }
  });
});
