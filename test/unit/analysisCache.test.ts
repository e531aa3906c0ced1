/**
 * The analysis cache behind summarizeAll, on the seeds: what a second run takes from it, what a
 * run with a new article appends, and that a released cache keeps only hashes yet saves the same.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Knowledge } from '../../server/src/core/knowledge/knowledge';
import { fnv1a } from '../../server/src/core/text/hash';
import { AnalysisCache } from '../../server/src/node/analysisCache';
import { collectGarbage } from '../../server/src/node/idleGc';
import { summarizeAll } from '../../server/src/node/summarizeAll';
import { ROOT, SEEDS } from '../support/paths';
import { withoutUndefined } from '../support/plain';
import { tempDir } from '../support/run';

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f, i) => ({ uri: `file:///seeds/${f}`, version: i, text: readFileSync(join(SEEDS, f), 'utf8') }));
const options = (cache: string) => ({ cache, version: 'test', extraEntities: [], workerDir: join(ROOT, 'out') });
const linesOf = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter(Boolean);

describe('analysis cache', () => {
  it('a second run takes every summary from it; a new article is appended, not the file rewritten', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'cache');
      const knowledge = Knowledge.default();
      const cold = await summarizeAll(seeds.slice(0, 4), knowledge, options(file));
      assert.deepEqual(cold.stats, { analysed: 4, fromCache: 0, inThread: 4 });
      assert.equal(await cold.save(), true);
      assert.equal(linesOf(file).length, 1 + 4, 'a header and a line per article');
      const warm = await summarizeAll(seeds.slice(0, 4), knowledge, options(file));
      assert.deepEqual(warm.stats, { analysed: 0, fromCache: 4, inThread: 0 });
      assert.deepEqual(warm.summaries, withoutUndefined(cold.summaries), 'the cached summaries are the analysed ones');
      assert.equal(await warm.save(), false, 'nothing new: nothing written');
      const before = readFileSync(file, 'utf8');
      const grown = await summarizeAll(seeds, knowledge, options(file));
      assert.deepEqual(grown.stats, { analysed: 1, fromCache: 4, inThread: 1 });
      assert.equal(await grown.save(), true);
      const after = readFileSync(file, 'utf8');
      assert.ok(after.startsWith(before), 'appended');
      assert.equal(linesOf(file).length, 1 + 5);
      assert.equal(JSON.parse(linesOf(file)[5]).hash, fnv1a(seeds[4].text));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('once released it holds no summary, and still knows which ones it has', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'cache');
      const knowledge = Knowledge.default();
      await (await summarizeAll(seeds.slice(0, 3), knowledge, options(file))).save();
      const cache = await AnalysisCache.load(file, 'test', knowledge.fingerprint);
      const hash = fnv1a(seeds[0].text);
      assert.equal(cache.get(hash, seeds[0].uri, 0)?.hash, hash);
      const known = new Set(seeds.slice(0, 3).map((d) => fnv1a(d.text)));
      assert.equal(cache.isStale(known), false);
      cache.release();
      assert.equal(cache.get(hash, seeds[0].uri, 0), undefined, 'no second copy of the summaries');
      assert.equal(cache.isStale(known), false, 'the hashes are kept');
      assert.equal(cache.isStale(new Set([...known, fnv1a(seeds[3].text)])), true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('what it returns to save with does not hold the articles it was given (their texts)', async () => {
    const dir = tempDir();
    try {
      const knowledge = Knowledge.default();
      let docs: typeof seeds | undefined = seeds.map((d) => ({ ...d }));
      const result = await summarizeAll(docs, knowledge, options(join(dir, 'cache')));
      const held = new WeakRef(docs);
      docs = undefined;
      // a WeakRef keeps its target until the job that made it ends
      await new Promise((resolve) => setImmediate(resolve));
      collectGarbage();
      assert.equal(held.deref(), undefined, 'the articles were collected while save is kept');
      assert.equal(await result.save(), true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
