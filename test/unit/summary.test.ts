/**
 * A summary is plain JSON (ARCHITECTURE.md, invariant 2): the analysis cache, the worker threads'
 * messages and shard summary files all depend on a round trip that changes nothing.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { internSummary, StringPool } from '../../server/src/core/analysis/intern';
import { summarize } from '../../server/src/core/analysis/summarize';
import { Knowledge } from '../../server/src/core/knowledge/knowledge';
import { ROOT } from '../support/paths';

describe('article summary', () => {
  it('survives a JSON round trip unchanged, open-ended figures included', () => {
    const seeds = join(ROOT, 'seeds');
    const texts = readdirSync(seeds).map((f) => readFileSync(join(seeds, f), 'utf8'));
    texts.push('At least 72 people were killed and more than 100 wounded in Khan Sheikhoun, the monitor said.');
    for (const text of texts) {
      const summary = summarize({ uri: 'file:///a.txt', version: 1, text }, Knowledge.default());
      assert.deepEqual(JSON.parse(JSON.stringify(summary)), summary);
    }
    const open = summarize({ uri: 'x', version: 1, text: texts[texts.length - 1] }, Knowledge.default()).figures;
    assert.ok(open.length >= 2 && open.every((f) => f.high > 1e12), 'at least / more than: no upper bound');
  });

  it('keeps its values when a linter shares its repeated strings', () => {
    const seeds = join(ROOT, 'seeds');
    const pool = new StringPool();
    let strings = 0;
    const interned = [];
    for (const f of readdirSync(seeds)) {
      const summary = summarize({ uri: `file:///${f}`, version: 1, text: readFileSync(join(seeds, f), 'utf8') }, Knowledge.default());
      const copy = internSummary(JSON.parse(JSON.stringify(summary)), pool);
      assert.deepEqual(copy, summary);
      interned.push(copy);
      strings += summary.mentions.length * 3 + summary.lowerWords.length + summary.figures.length * 4;
    }
    // five articles on one story repeat their entity ids, spellings and measures
    assert.ok(pool.size > 50 && pool.size < strings / 2, `${pool.size} distinct of ${strings}`);
    // ... and their figures' places, groups and incident kinds: one copy of each list
    const lists = new Map<string, readonly string[]>();
    let shared = 0;
    for (const f of interned.flatMap((s) => s.figures)) {
      for (const list of [f.places, f.broadPlaces, f.groups, f.events]) {
        const seen = lists.get(list.join('|'));
        if (seen) assert.equal(list, seen, `one copy of [${list.join(', ')}]`);
        else lists.set(list.join('|'), list);
        if (seen && list.length > 0) shared++;
      }
    }
    assert.ok(shared > 5, `${shared} non-empty lists shared`);
  });
});
