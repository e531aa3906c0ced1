import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusLinter } from '../../server/src/core/linter';
import { applyEdit, randomEdit } from '../support/edits';
import { DEV_CORPUS, SEEDS } from '../support/paths';
import { pick, rng } from '../support/random';

describe('incremental index', () => {
  it('after hundreds of random edits, equals a from-scratch run on the same texts', () => {
    const texts = new Map<string, string>();
    for (const f of readdirSync(SEEDS)) texts.set(f, readFileSync(join(SEEDS, f), 'utf8'));
    const live = new CorpusLinter();
    for (const [uri, text] of texts) live.set({ uri, version: 0, text });
    const r = rng(7);
    const uris = [...texts.keys()];
    let version = 0;
    for (let i = 0; i < 300; i++) {
      const uri = pick(r, uris);
      const next = applyEdit(texts.get(uri) as string, randomEdit(r, texts.get(uri) as string));
      texts.set(uri, next);
      const affected = live.set({ uri, version: ++version, text: next });
      // findings outside the affected set must not have changed: compare with a fresh linter
      if (i % 50 === 49) {
        const batch = new CorpusLinter();
        for (const [u, t] of texts) batch.set({ uri: u, version: 0, text: t });
        for (const u of uris) assert.deepEqual(live.findings(u), batch.findings(u), `article ${u} after edit ${i}`);
      }
      assert.ok(affected.has(uri));
    }
  });

  it('a batch load (the cold scan) equals adding the articles one by one, on real articles', () => {
    const dir = join(DEV_CORPUS, 'articles');
    const docs = readdirSync(dir)
      .sort()
      .slice(0, 200)
      .map((f) => ({ uri: `file:///dev/${f}`, version: 0, text: readFileSync(join(dir, f), 'utf8') }));
    const oneByOne = new CorpusLinter();
    for (const d of docs) oneByOne.set(d);
    const batch = new CorpusLinter();
    batch.setAll(docs.map((d) => batch.summarize(d)));
    let conflicts = 0;
    for (const d of docs) {
      const findings = batch.findings(d.uri);
      conflicts += findings.filter((f) => f.ruleId === 'figure-conflict').length;
      assert.deepEqual(findings, oneByOne.findings(d.uri), d.uri);
    }
    assert.ok(conflicts > 0, 'the sample has figure conflicts to compare');
  });

  it('removing an article removes its spellings from the others\' findings', () => {
    const linter = new CorpusLinter();
    linter.set({ uri: 'a', version: 0, text: 'Raqqa fell. Raqqa burned.' });
    linter.set({ uri: 'b', version: 0, text: 'Raqqah fell.' });
    assert.equal(linter.findings('b').length, 1);
    const affected = linter.remove('a');
    assert.ok(affected.has('b'));
    assert.equal(linter.findings('b').length, 0);
  });
});
