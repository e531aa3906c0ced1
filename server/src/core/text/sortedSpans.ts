/**
 * Range queries on lists sorted by start (an article's mentions, name candidates, anchors): a
 * binary search rather than a pass, since an article of 10 MB holds tens of thousands of each
 * and a pass per sentence made its analysis quadratic.
 */

/** The index of the first item of a list sorted by start that starts at `offset` or later. */
export function firstStartingAt(sorted: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of a list sorted by start that lie inside a span. */
export function spansWithin<T extends { start: number; end: number }>(sorted: readonly T[], span: { start: number; end: number }): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(sorted, span.start); i < sorted.length && sorted[i].start < span.end; i++) if (sorted[i].end <= span.end) out.push(sorted[i]);
  return out;
}
