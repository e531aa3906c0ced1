import { lowerBound, upperBound } from '../text/sortedSpans';

/**
 * The articles a spelling occurs in, each with its count and first location, and their URIs in
 * order: a ring. An article's example locations for a spelling are the articles that follow it on
 * the ring (itself first, if it writes the spelling), so the links of a scope of thousands of
 * articles are spread over its articles instead of all pointing into the first few by URI. An
 * edit that moves text in one article then changes the related locations of the few articles
 * just before it on the ring, not of the whole scope.
 */
export interface Occurrence {
  count: number;
  first: number;
  firstEnd: number;
}

/**
 * The URIs whose windows may hold one URI: the ring interval after `from` up to and including
 * `to`; `from` null means every URI.
 */
export interface RingInterval {
  from: string | null;
  to: string;
}

export class Occurrences {
  private readonly byUri = new Map<string, Occurrence>();
  /** The URIs in order; null until asked for (a cold load adds thousands before any query). */
  private ring: string[] | null = null;
  /** The occurrence of each URI of the ring, at the same index: examples are read in ring order, not looked up. */
  private ringOcc: Occurrence[] = [];
  /** The ring position `forEachAround` found last (see `positionOf`). */
  private hint = 0;

  get size(): number {
    return this.byUri.size;
  }

  get(uri: string): Occurrence | undefined {
    return this.byUri.get(uri);
  }

  has(uri: string): boolean {
    return this.byUri.has(uri);
  }

  keys(): IterableIterator<string> {
    return this.byUri.keys();
  }

  /** Adds an article, or replaces its occurrence. */
  set(uri: string, occ: Occurrence): void {
    const known = this.byUri.has(uri);
    this.byUri.set(uri, occ);
    if (!this.ring) return;
    const i = lowerBound(this.ring, uri);
    if (known) this.ringOcc[i] = occ;
    else {
      this.ring.splice(i, 0, uri);
      this.ringOcc.splice(i, 0, occ);
    }
  }

  delete(uri: string): void {
    if (!this.byUri.delete(uri) || !this.ring) return;
    const i = lowerBound(this.ring, uri);
    if (this.ring[i] !== uri) return;
    this.ring.splice(i, 1);
    this.ringOcc.splice(i, 1);
  }

  /** The k smallest URIs, in order. */
  first(k: number): string[] {
    return this.sorted().slice(0, k);
  }

  /** The k URIs from `uri` on (itself included, if present), wrapping round to the smallest, each with its occurrence. */
  forEachAround(uri: string, k: number, fn: (uri: string, occ: Occurrence) => void): void {
    const ring = this.sorted();
    const n = Math.min(k, ring.length);
    const start = this.positionOf(ring, uri);
    for (let i = 0; i < n; i++) {
      const at = (start + i) % ring.length;
      fn(ring[at], this.ringOcc[at]);
    }
  }

  /** The URIs x whose `forEachAround(x, k)` holds `uri` (which must be present). */
  windowsHolding(uri: string, k: number): RingInterval {
    const ring = this.sorted();
    if (ring.length <= k) return { from: null, to: uri };
    const i = lowerBound(ring, uri);
    return { from: ring[(i - k + ring.length) % ring.length], to: uri };
  }

  /** The URIs of this spelling within a ring interval. */
  *within(interval: RingInterval): Generator<string> {
    const ring = this.sorted();
    if (interval.from === null) {
      yield* ring;
      return;
    }
    const { from, to } = interval;
    if (from < to) {
      for (let i = upperBound(ring, from); i < ring.length && ring[i] <= to; i++) yield ring[i];
      return;
    }
    // wrapped: after `from` to the end, then from the start up to `to`
    for (let i = upperBound(ring, from); i < ring.length; i++) yield ring[i];
    for (let i = 0; i < ring.length && ring[i] <= to; i++) yield ring[i];
  }

  /**
   * Where `uri` goes on the ring (`lowerBound`), starting from the last answer: a report asks for
   * its articles in order, so each ring's answer stays or moves on by a step, where a binary
   * search compared a dozen URIs that share a long prefix (~50 ms of a 10,000-article report's
   * rules). The answer is checked on both sides before it is taken.
   */
  private positionOf(ring: readonly string[], uri: string): number {
    let at = this.hint;
    if (at <= ring.length && (at === 0 || ring[at - 1] < uri)) {
      for (let step = 0; step < 4; step++, at++) if (at === ring.length || ring[at] >= uri) return (this.hint = at);
    }
    return (this.hint = lowerBound(ring, uri));
  }

  private sorted(): string[] {
    if (!this.ring) {
      this.ring = [...this.byUri.keys()].sort();
      this.ringOcc = this.ring.map((u) => this.byUri.get(u) as Occurrence);
    }
    return this.ring;
  }
}
