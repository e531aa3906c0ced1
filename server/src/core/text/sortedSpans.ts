/**
 * Range queries on lists sorted by start (an article's mentions, name candidates, anchors, and
 * the offsets of its tokens and units): a binary search rather than a pass, since an article of
 * 10 MB holds tens of thousands of each and a pass per sentence made its analysis quadratic; the
 * copy of a run of token or unit offsets that an edit moves; and the same searches in sorted
 * lists of strings (a spelling's ring of URIs, an article's rare words).
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

/** The index of the first of the ascending `starts` from `from` that is `offset` or later (typed arrays of tokens and units). */
export function firstOffsetAt(starts: Int32Array, offset: number, from = 0): number {
  let lo = from;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Copies the offsets [from, to) of `src` into `dst` from `at`, moved by `delta` (a splice's kept tokens and units). */
export function copyOffsets(src: { start: Int32Array; end: Int32Array }, from: number, to: number, dst: { start: Int32Array; end: Int32Array }, at: number, delta = 0): void {
  if (delta === 0) {
    dst.start.set(src.start.subarray(from, to), at);
    dst.end.set(src.end.subarray(from, to), at);
    return;
  }
  for (let k = from; k < to; k++, at++) {
    dst.start[at] = src.start[k] + delta;
    dst.end[at] = src.end[k] + delta;
  }
}

/** The items of a list sorted by start that lie inside a span. */
export function spansWithin<T extends { start: number; end: number }>(sorted: readonly T[], span: { start: number; end: number }): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(sorted, span.start); i < sorted.length && sorted[i].start < span.end; i++) if (sorted[i].end <= span.end) out.push(sorted[i]);
  return out;
}

/** The index of the first string of a sorted list that is `x` or after it. */
export function lowerBound(a: readonly string[], x: string): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first string of a sorted list after `x`. */
export function upperBound(a: readonly string[], x: string): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
