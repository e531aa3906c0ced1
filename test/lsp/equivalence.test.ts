/**
 * Incremental must never drift from batch: after a few hundred random edits across several
 * articles (typing, deleting, pasted sentences with names and figures, renames), the server's
 * diagnostics for every article equal those of a from-scratch run of the core on the same texts.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CorpusLinter } from '../../server/src/core/linter';
import { presentMessage } from '../../server/src/core/present';
import { applyEdit, randomEdit } from '../support/edits';
import { pick, rng } from '../support/random';
import { seedsCopy } from '../support/run';
import { msg, positionAt, TestClient } from './client';

describe('incremental server equals a batch run', function () {
  this.timeout(120000);

  it('after 300 random edits in four articles', async () => {
    const dir = seedsCopy();
    const client = new TestClient({ settings: { debounce: 0 } });
    try {
      await client.initialize(dir.dir);
      await client.ready();
      const files = readdirSync(dir.seeds).sort();
      const texts = new Map(files.map((f) => [pathToFileURL(join(dir.seeds, f)).href, readFileSync(join(dir.seeds, f), 'utf8')]));
      const edited = files.slice(0, 4).map((f) => client.open(join(dir.seeds, f)));
      const r = rng(11);
      for (let i = 0; i < 300; i++) {
        const uri = pick(r, edited);
        const before = texts.get(uri) as string;
        const e = randomEdit(r, before);
        client.change(uri, { start: positionAt(before, e.start), end: positionAt(before, e.end) }, e.text);
        texts.set(uri, applyEdit(before, e));
        if (i % 25 === 0) await client.until(() => client.diagnosticVersions.get(uri) === client.version(uri), `edit ${i}`);
      }
      await client.until(() => edited.every((u) => client.diagnosticVersions.get(u) === client.version(u)), 'the last edits');
      const batch = new CorpusLinter();
      for (const [uri, text] of texts) batch.set({ uri, version: 0, text });
      for (const [uri, text] of texts) {
        const want = batch.findings(uri).map((f) => `${JSON.stringify(positionAt(text, f.start))} ${f.ruleId} ${presentMessage(f)}`);
        const got = (client.diagnostics.get(uri) ?? []).map((d) => `${JSON.stringify(d.range.start)} ${d.code} ${msg(d)}`);
        assert.deepEqual(got, want, `diagnostics of ${uri}`);
      }
    } finally {
      await client.shutdown();
      dir.cleanup();
    }
  });
});
