/**
 * The analysis pool with its real worker threads (the bundled out/worker.js), on enough text that
 * it does not stay in this thread alone: what comes back through the workers' encoding must be
 * what this thread's analysis gives, every article once, in input order, with this thread and the
 * workers sharing the work.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSummary } from '../../server/src/core/analysis/summary';
import { summarize } from '../../server/src/core/analysis/summarize';
import { Knowledge } from '../../server/src/core/knowledge/knowledge';
import { AnalysisPool } from '../../server/src/node/pool';
import { DEV_CORPUS, ROOT } from '../support/paths';

const WORKER_DIR = join(ROOT, 'out');

function devDocs(copies: number): { uri: string; version: number; text: string }[] {
  const dir = join(DEV_CORPUS, 'articles');
  const texts = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const docs = [];
  for (let c = 0; c < copies; c++) for (let i = 0; i < texts.length; i++) docs.push({ uri: `file:///pool/${c}/${i}.txt`, version: c, text: texts[i] });
  return docs;
}

describe('analysis pool (worker threads)', () => {
  it('gives the summaries this thread would, each article once, in input order', async () => {
    const docs = devDocs(2);
    assert.ok(docs.reduce((n, d) => n + d.text.length, 0) > 1_500_000, 'enough text for the workers');
    const pool = new AnalysisPool(Knowledge.default(), { jobs: 2, extraEntities: [], workerDir: WORKER_DIR });
    const batches: DocumentSummary[][] = [];
    const done: number[] = [];
    try {
      const out = await pool.summarize(docs, (batch, n) => {
        batches.push([...batch]);
        done.push(n);
      });
      assert.equal(out.length, docs.length);
      for (let i = 0; i < docs.length; i += 7) {
        assert.equal(JSON.stringify(out[i]), JSON.stringify(summarize(docs[i], Knowledge.default())), docs[i].uri);
      }
      assert.deepEqual(out.map((s) => s.uri), docs.map((d) => d.uri));
      assert.ok(batches.length > 2, `${batches.length} batches`);
      const seen = batches.flat().map((s) => s.uri).sort();
      assert.deepEqual(seen, docs.map((d) => d.uri).sort(), 'every article handed over once');
      assert.deepEqual(done, [...done].sort((a, b) => a - b));
      assert.equal(done[done.length - 1], docs.length);
      // both kinds of thread took a share: neither only waited for the other
      const { inThread, workers } = pool.counts;
      assert.equal(inThread + workers, docs.length);
      assert.ok(inThread > docs.length / 10 && workers > docs.length / 10, `${inThread} in this thread, ${workers} in the worker`);
    } finally {
      await pool.close();
    }
  });

  it('fails with the analysis error when an article cannot be analysed, and nothing crashes', async () => {
    const docs: { uri: string; version: number; text: string }[] = devDocs(2);
    // not a string: the analysis throws in every batch (the queued ones too), in the worker and here
    for (let i = 3; i < docs.length; i += 50) docs[i] = { ...docs[i], text: { length: 3000 } as unknown as string };
    const pool = new AnalysisPool(Knowledge.default(), { jobs: 2, extraEntities: [], workerDir: WORKER_DIR });
    const unhandled: unknown[] = [];
    const onUnhandled = (err: unknown): void => void unhandled.push(err);
    process.on('unhandledRejection', onUnhandled);
    try {
      await assert.rejects(pool.summarize(docs), /TypeError/);
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await pool.close();
    }
  });

  it('rejects a batch whose worker stops before answering, instead of waiting for ever', async () => {
    // one long article (the dev corpus twice, run together) goes to the worker whole
    const text = devDocs(2).map((d) => d.text).join('\n\n');
    const pool = new AnalysisPool(Knowledge.default(), { jobs: 2, extraEntities: [], workerDir: WORKER_DIR });
    const pending = pool.summarize([{ uri: 'file:///pool/export.txt', version: 1, text }]);
    // stopped while it analyses (as when it runs out of memory)
    setTimeout(() => void pool.close(), 50);
    await assert.rejects(pending, /the analysis worker stopped \(exit code \d+\)/);
  });
});
