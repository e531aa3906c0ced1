import * as assert from 'node:assert/strict';
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
});
