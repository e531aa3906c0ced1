/**
 * test/snapshots/REVIEW.md holds an editor's verdict on every finding of the seeds snapshot. This
 * test keeps the two in step: a finding added, moved or dropped without a new review fails here.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/paths';

const FINDING = /^seeds\/(\d{3})_\w+\.txt:(\d+):(\d+)\s+\w+\s+.*\s(\S+)$/;
const ROW = /^\| (\d{3}:\d+:\d+) \| ([a-z-]+) \| (\w+) \| (.+) \|$/;

describe('seeds snapshot review', () => {
  it('gives a verdict and a reason for every finding of the snapshot, and no disagreement stands', () => {
    const snapshot = readFileSync(join(ROOT, 'test/snapshots/seeds.txt'), 'utf8').split('\n');
    const findings = snapshot.map((l) => FINDING.exec(l)).filter((m): m is RegExpExecArray => m !== null).map((m) => `${m[1]}:${m[2]}:${m[3]} ${m[4]}`);
    const rows = readFileSync(join(ROOT, 'test/snapshots/REVIEW.md'), 'utf8')
      .split('\n')
      .map((l) => ROW.exec(l))
      .filter((m): m is RegExpExecArray => m !== null);
    assert.ok(findings.length > 0, 'the snapshot has findings');
    assert.deepEqual(
      rows.map((r) => `${r[1]} ${r[2]}`),
      findings,
      'REVIEW.md lists the snapshot findings in order; review the new ones',
    );
    for (const r of rows) {
      assert.equal(r[3], 'agree', `${r[1]}: a finding an editor disagrees with is a bug to fix, not to record`);
      assert.ok(r[4].length > 10, `${r[1]}: say why`);
    }
  });
});
