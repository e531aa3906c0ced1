/**
 * Which articles' example locations an update changes. A finding links the first mentions of a
 * few articles that follow its own on each example spelling's ring (occurrences.ts); an article
 * entering or leaving a spelling changes the windows that hold it, recorded as a touch and
 * resolved into affected articles once the scope's new state is known.
 */
import type { Occurrence, Occurrences, RingInterval } from './occurrences';
import { EXAMPLES_CANONICAL, EXAMPLES_OTHER } from './scopeState';

/** An article entered or left a spelling: the windows holding it change. */
export interface RingTouch {
  spelling: string;
  /** The articles whose windows hold the touched one, for each window size (limit + 1). */
  intervals: Map<number, RingInterval>;
}

/** The example windows: the locations an article shows, and one more (see `resolveTouches`). */
const WINDOWS = [EXAMPLES_OTHER, EXAMPLES_CANONICAL, EXAMPLES_OTHER + 1, EXAMPLES_CANONICAL + 1];

export function windowsHolding(docs: Occurrences, uri: string): Map<number, RingInterval> {
  return new Map(WINDOWS.map((k) => [k, docs.windowsHolding(uri, k)]));
}

export function touchesOf(all: Map<string, RingTouch[]>, key: string): RingTouch[] {
  let list = all.get(key);
  if (!list) all.set(key, (list = []));
  return list;
}

/** Removes an article from a spelling; the windows that held it (before) change. */
export function leave(docs: Occurrences, uri: string, spelling: string, touches: RingTouch[] | undefined): void {
  if (touches && docs.has(uri)) touches.push({ spelling, intervals: windowsHolding(docs, uri) });
  docs.delete(uri);
}

/**
 * Adds or replaces an article's occurrence. The windows that hold a new one (after) change
 * (`touches`); returns whether the article was there with its first mention elsewhere (moved).
 */
export function enter(docs: Occurrences, uri: string, spelling: string, occ: Occurrence, touches: RingTouch[] | undefined): boolean {
  const old = docs.get(uri);
  if (old) {
    // updated where it is, ring and map alike (the object is the index's own): no search of the ring
    const moved = old.first !== occ.first || old.firstEnd !== occ.firstEnd;
    old.count = occ.count;
    old.first = occ.first;
    old.firstEnd = occ.firstEnd;
    return moved;
  }
  docs.set(uri, { count: occ.count, first: occ.first, firstEnd: occ.firstEnd });
  if (touches) touches.push({ spelling, intervals: windowsHolding(docs, uri) });
  return false;
}
