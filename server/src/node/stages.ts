/**
 * Times the stages of one piece of work (a scan, an edit) as laps of one clock, for a log line
 * such as "reading 412 ms, analysing 5071 ms". A disabled clock reads no time and keeps nothing,
 * so the hot path of an edit pays one branch per lap when nobody asked for the figures.
 */
export class StageClock {
  private last = 0;
  private readonly laps: [string, number][] = [];

  constructor(readonly enabled = true) {}

  /** Starts over: the next lap is measured from now. */
  start(): this {
    if (this.enabled) {
      this.laps.length = 0;
      this.last = performance.now();
    }
    return this;
  }

  /** Ends the stage `name` now (added to an earlier lap of that name). */
  lap(name: string): void {
    if (!this.enabled) return;
    const now = performance.now();
    const found = this.laps.find((l) => l[0] === name);
    if (found) found[1] += now - this.last;
    else this.laps.push([name, now - this.last]);
    this.last = now;
  }

  /** "name 1.234 ms, other 0.567 ms" with `digits` decimals; empty when disabled. */
  describe(digits = 0): string {
    return this.laps.map(([name, ms]) => `${name} ${ms.toFixed(digits)} ms`).join(', ');
  }
}
