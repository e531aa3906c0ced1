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
import { DEV_CORPUS, ROOT } from '../support/paths';
import { withoutUndefined } from '../support/plain';

describe('article summary', () => {
  it('survives a JSON round trip unchanged, open-ended figures included', () => {
    const seeds = join(ROOT, 'seeds');
    const texts = readdirSync(seeds).map((f) => readFileSync(join(seeds, f), 'utf8'));
    texts.push('At least 72 people were killed and more than 100 wounded in Khan Sheikhoun, the monitor said.');
    for (const text of texts) {
      const summary = summarize({ uri: 'file:///a.txt', version: 1, text }, Knowledge.default());
      assert.deepEqual(JSON.parse(JSON.stringify(summary)), withoutUndefined(summary));
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
      assert.deepEqual(copy, withoutUndefined(summary));
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

  it('gives every record of a kind the same keys in the same order, absent ones undefined', () => {
    // One hidden class per kind: the analysis, the index and the rules read these records in their
    // hottest loops, and a second shape deoptimised and recompiled them on every thread.
    const dir = join(DEV_CORPUS, 'articles');
    const knowledge = Knowledge.default();
    const shapes = { mentions: new Set<string>(), candidates: new Set<string>(), sentences: new Set<string>(), figures: new Set<string>() };
    const defined = new Map<string, number>();
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 200);
    for (const f of files) {
      const summary = summarize({ uri: `file:///${f}`, version: 1, text: readFileSync(join(dir, f), 'utf8') }, knowledge);
      for (const kind of ['mentions', 'candidates', 'sentences', 'figures'] as const) {
        for (const record of summary[kind] as object[]) {
          shapes[kind].add(Object.keys(record).join(','));
          for (const [k, v] of Object.entries(record)) if (v !== undefined) defined.set(`${kind}.${k}`, (defined.get(`${kind}.${k}`) ?? 0) + 1);
        }
      }
    }
    for (const [kind, keys] of Object.entries(shapes)) assert.equal(keys.size, 1, `${kind}: ${[...keys].join(' | ')}`);
    // the optional fields are there, with a value in some records and undefined in others
    for (const field of ['candidates.region', 'sentences.unattributedQuote', 'figures.valueHigh', 'figures.of']) {
      assert.ok((defined.get(field) ?? 0) > 0, `${field} is set somewhere`);
    }
  });
});
