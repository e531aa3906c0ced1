/**
 * The text report over seeds/ compared with a committed snapshot: a change in behaviour shows up
 * as a reviewed diff. Update with UPDATE_SNAPSHOTS=1 npm test, and review the diff.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/paths';
import { runCli } from '../support/run';

const SNAPSHOT = join(ROOT, 'test/snapshots/seeds.txt');

describe('seeds snapshot', () => {
  it('the text report over seeds/ matches test/snapshots/seeds.txt', () => {
    const run = runCli(['seeds', '--no-color'], ROOT);
    assert.equal(run.stderr, '');
    if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(SNAPSHOT)) {
      writeFileSync(SNAPSHOT, run.stdout);
      if (process.env.UPDATE_SNAPSHOTS !== '1') assert.fail('snapshot was missing and has been written; review and commit it');
    }
    assert.equal(run.stdout, readFileSync(SNAPSHOT, 'utf8'));
  });
});
