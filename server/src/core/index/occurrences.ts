/**
 * The articles a spelling occurs in, each with its count and first location. The first few
 * articles by URI are the spelling's example locations; they are kept between updates, so a
 * scope of thousands of articles is not walked again on every keystroke in one of them (an edit
 * replaces its article's occurrence, which leaves the URIs in order unchanged).
 */
export interface Occurrence {
  count: number;
  first: number;
  firstEnd: number;
}

/** How many first URIs are kept: the most example locations a finding shows for a spelling. */
export const FIRST_KEPT = 4;

export class Occurrences {
  private readonly byUri = new Map<string, Occurrence>();
  /** The FIRST_KEPT smallest URIs in order; null when an update may have changed them. */
  private firstUris: string[] | null = null;

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

  /** Adds an article, or replaces its occurrence (its place among the first is unchanged). */
  set(uri: string, occ: Occurrence): void {
    const known = this.byUri.has(uri);
    this.byUri.set(uri, occ);
    const first = this.firstUris;
    if (!known && first && (first.length < FIRST_KEPT || uri < first[first.length - 1])) this.firstUris = null;
  }

  delete(uri: string): void {
    if (this.byUri.delete(uri) && this.firstUris?.includes(uri)) this.firstUris = null;
  }

  /** The k (at most FIRST_KEPT) smallest URIs, in order. */
  first(k: number): string[] {
    if (!this.firstUris) {
      const best: string[] = [];
      for (const uri of this.byUri.keys()) {
        if (best.length === FIRST_KEPT && uri >= best[FIRST_KEPT - 1]) continue;
        let i = best.length < FIRST_KEPT ? best.length : FIRST_KEPT - 1;
        while (i > 0 && best[i - 1] > uri) {
          best[i] = best[i - 1];
          i--;
        }
        best[i] = uri;
      }
      this.firstUris = best;
    }
    return this.firstUris.slice(0, k);
  }
}
