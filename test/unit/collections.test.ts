import * as assert from 'node:assert/strict';
import { logCollections } from '../../server/src/node/collections';
import { collectGarbage } from '../../server/src/node/idleGc';

/** Waits until `lines` has one matching `re`, or `ms` have passed. */
async function waitFor(lines: string[], re: RegExp, ms: number): Promise<string | undefined> {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((ok) => setTimeout(ok, 10))) {
    const found = lines.find((l) => re.test(l));
    if (found) return found;
  }
  return undefined;
}

describe('logging full collections', () => {
  it('logs a full collection with its pause and when it started, on the epoch clock', async () => {
    const lines: string[] = [];
    const stop = logCollections((line) => lines.push(line));
    try {
      const before = Date.now();
      collectGarbage({ compact: false });
      const line = await waitFor(lines, /^collection major /, 2000);
      assert.ok(line, `no full collection logged (logged: ${JSON.stringify(lines)})`);
      const m = /^collection major (\d+\.\d) ms at (\d+\.\d\d)$/.exec(line);
      assert.ok(m, line);
      // started after the call was made and before now (the clocks differ by rounding only)
      const at = Number(m[2]);
      assert.ok(at >= before - 5 && at <= Date.now() + 5, `${at} not between ${before} and ${Date.now()}`);
      assert.ok(Number(m[1]) >= 0);
    } finally {
      stop();
    }
  });

  it('logs no young-generation collection, and nothing once stopped', async () => {
    const lines: string[] = [];
    const stop = logCollections((line) => lines.push(line));
    // ~40 MB of short-lived objects: several scavenges, and nothing that lives on
    let kept = 0;
    for (let round = 0; round < 40; round++) {
      const list: { i: number }[] = [];
      for (let i = 0; i < 50_000; i++) list.push({ i });
      kept += list.length;
    }
    await new Promise((ok) => setTimeout(ok, 50));
    assert.equal(kept, 2_000_000);
    assert.deepEqual(lines.filter((l) => !/^collection (major|incremental) /.test(l)), []);
    stop();
    const logged = lines.length;
    collectGarbage({ compact: false });
    await new Promise((ok) => setTimeout(ok, 100));
    assert.equal(lines.length, logged);
  });
});
