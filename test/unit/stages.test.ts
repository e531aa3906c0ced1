import * as assert from 'node:assert/strict';
import { StageClock } from '../../server/src/node/stages';

/** Busy for at least `ms` milliseconds (a clock that measured nothing would read 0). */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('StageClock', () => {
  it('times each stage from the end of the one before, adding up a stage met twice', () => {
    const clock = new StageClock().start();
    spin(3);
    clock.lap('reading');
    spin(2);
    clock.lap('analysing');
    spin(2);
    clock.lap('reading');
    const line = clock.describe(1);
    const m = /^reading (\d+\.\d) ms, analysing (\d+\.\d) ms$/.exec(line);
    assert.ok(m, line);
    assert.ok(Number(m[1]) >= 5 && Number(m[2]) >= 2, line);
    // start() begins a new series
    clock.start().lap('indexing');
    assert.match(clock.describe(), /^indexing \d+ ms$/);
  });

  it('keeps nothing when disabled', () => {
    const clock = new StageClock(false).start();
    clock.lap('reading');
    assert.equal(clock.describe(), '');
  });
});
