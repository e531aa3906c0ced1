import * as assert from 'node:assert/strict';
import { getHeapSpaceStatistics } from 'node:v8';
import { collectGarbage } from '../../server/src/node/idleGc';

/** Leaves some 50 MB behind that nothing refers to (as publishing a scan's diagnostics does). */
function leaveGarbage(): number {
  const list: { i: number; s: string }[] = [];
  for (let i = 0; i < 500_000; i++) list.push({ i, s: `article-${i}` });
  return list.length;
}

describe('idle garbage collection', () => {
  it('frees what a scan left behind, at once', () => {
    assert.equal(leaveGarbage(), 500_000);
    const held = process.memoryUsage().heapUsed;
    collectGarbage();
    const freed = held - process.memoryUsage().heapUsed;
    assert.ok(freed > 20e6, `only ${(freed / 1e6).toFixed(1)} MB freed`);
  });

  it('gives back the pages its few survivors were spread over (compaction)', () => {
    const oldSpace = (): { size: number; used: number } => {
      const s = getHeapSpaceStatistics().find((x) => x.space_name === 'old_space');
      return { size: s?.space_size ?? 0, used: s?.space_used_size ?? 0 };
    };
    // ~100 MB of objects that live long enough to reach the old space, then one in fifty kept
    let grown = 0;
    const survivors = (): { i: number; s: string }[] => {
      const all: { i: number; s: string }[] = [];
      for (let i = 0; i < 1_500_000; i++) all.push({ i, s: `article-${i}` });
      collectGarbage();
      grown = oldSpace().size;
      return all.filter((_, i) => i % 50 === 0);
    };
    const kept = survivors();
    collectGarbage();
    const after = oldSpace();
    assert.equal(kept.length, 30_000);
    // without compaction the old space stays at its grown size (~100 MB here) around the survivors
    assert.ok(after.size < grown / 3 && after.size < after.used + 32e6, `old space ${(after.size / 1e6).toFixed(0)} MB committed for ${(after.used / 1e6).toFixed(0)} MB used (was ${(grown / 1e6).toFixed(0)} MB)`);
  });
});
