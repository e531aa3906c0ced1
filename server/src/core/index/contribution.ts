/**
 * What one article contributes to the entity index: its counted spellings per scope (with each
 * one's first mention), the scopes it writes in capitals only, and its name candidates per
 * discovery bucket; and the comparisons that tell what changed between two contributions.
 */
import { MentionFlag, type DocumentSummary } from '../analysis/summary';
import type { FormRole } from '../knowledge/entities';
import type { Occurrence } from './occurrences';
import { scopeIdOf } from './scopeState';

export interface Contribution {
  scopes: Map<string, Map<string, Occurrence & { nameIndex: number; role: FormRole }>>;
  /** Scopes the article mentions in capitals only (not counted, but possibly flagged). */
  caps: Set<string>;
  buckets: Map<string, BucketContribution>;
}

/** An article's spellings in one discovery bucket. */
export type BucketContribution = Map<string, Occurrence & { loose: string; persons: number; places: number; whole: number; regions: Map<string, number> }>;

export function contributionOf(summary: DocumentSummary): Contribution {
  const scopes: Contribution['scopes'] = new Map();
  const caps: Contribution['caps'] = new Set();
  for (const m of summary.mentions) {
    if ((m.flags & (MentionFlag.Neutral | MentionFlag.Caps | MentionFlag.Possessive)) === (MentionFlag.Neutral | MentionFlag.Caps) && m.role !== 'short') caps.add(scopeIdOf(m.entityId, m.role));
    // Glued possessives (Raqas) are not counted, as the gold guidelines count spellings.
    if (m.flags & (MentionFlag.Neutral | MentionFlag.Possessive) || m.role === 'short') continue;
    const id = scopeIdOf(m.entityId, m.role);
    let map = scopes.get(id);
    if (!map) scopes.set(id, (map = new Map()));
    const occ = map.get(m.spelling);
    if (occ) occ.count++;
    else map.set(m.spelling, { count: 1, first: m.start, firstEnd: m.end, nameIndex: m.nameIndex, role: m.role });
  }
  const buckets: Contribution['buckets'] = new Map();
  for (const c of summary.candidates) {
    let map = buckets.get(c.skeleton);
    if (!map) buckets.set(c.skeleton, (map = new Map()));
    let entry = map.get(c.spelling);
    if (entry) {
      entry.count++;
      if (c.whole) entry.whole++;
      if (c.person) entry.persons++;
      if (c.place) entry.places++;
    } else {
      entry = { count: 1, first: c.start, firstEnd: c.end, loose: c.loose, persons: c.person ? 1 : 0, places: c.place ? 1 : 0, whole: c.whole ? 1 : 0, regions: new Map() };
      map.set(c.spelling, entry);
    }
    if (c.region) entry.regions.set(c.region, (entry.regions.get(c.region) ?? 0) + 1);
  }
  return { scopes, caps, buckets };
}

/** The same spellings, each as often (wherever the first one is). */
export function sameCounts(a: Map<string, { count: number }> | undefined, b: Map<string, { count: number }> | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.size !== b.size) return false;
  for (const [k, x] of a) if (b.get(k)?.count !== x.count) return false;
  return true;
}

/** Each spelling's first mention in the same place (for maps that `sameCounts` found alike). */
export function sameFirsts(a: Map<string, Occurrence> | undefined, b: Map<string, Occurrence> | undefined): boolean {
  if (!a || !b) return a === b;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (!y || y.first !== x.first || y.firstEnd !== x.firstEnd) return false;
  }
  return true;
}

export function sameRegions(a: Map<string, { regions: Map<string, number> }> | undefined, b: Map<string, { regions: Map<string, number> }> | undefined): boolean {
  if (!a || !b) return a === b;
  for (const [k, x] of a) {
    const y = b.get(k)?.regions;
    if (!y || y.size !== x.regions.size) return false;
    for (const [r, n] of x.regions) if (y.get(r) !== n) return false;
  }
  return true;
}

/** The same spellings (for maps that `sameCounts` found alike) as often whole names, persons' names and places' names. */
export function sameReadings(a: Map<string, { whole: number; persons: number; places: number }> | undefined, b: Map<string, { whole: number; persons: number; places: number }> | undefined): boolean {
  if (!a || !b) return a === b;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y?.whole !== x.whole || y.persons !== x.persons || y.places !== x.places) return false;
  }
  return true;
}

/** Calls `fn` with each key of either map and its values, the keys of `before` first: the order of a set of both keys, without making it. */
export function forEachKey<K, V>(before: ReadonlyMap<K, V> | undefined, after: ReadonlyMap<K, V> | undefined, fn: (key: K, b: V | undefined, a: V | undefined) => void): void {
  if (before) for (const [k, b] of before) fn(k, b, after?.get(k));
  if (after) for (const [k, a] of after) if (!before?.has(k)) fn(k, undefined, a);
}

/**
 * The words of `old` missing from `next` and those of `next` missing from `old`, each in its
 * list's order. Lists of lower-case words are sorted and hold each word once (a summary's
 * `lowerWords`), and are merged in one pass; other lists fall back to sets.
 */
export function sortedDifference(old: readonly string[], next: readonly string[]): { removed: string[]; added: string[] } {
  const removed: string[] = [];
  const added: string[] = [];
  if (!strictlySorted(old) || !strictlySorted(next)) {
    const oldSet = new Set(old);
    const nextSet = new Set(next);
    return { removed: old.filter((w) => !nextSet.has(w)), added: next.filter((w) => !oldSet.has(w)) };
  }
  let i = 0;
  let j = 0;
  while (i < old.length || j < next.length) {
    if (j >= next.length || (i < old.length && old[i] < next[j])) removed.push(old[i++]);
    else if (i >= old.length || next[j] < old[i]) added.push(next[j++]);
    else {
      i++;
      j++;
    }
  }
  return { removed, added };
}

function strictlySorted(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (!(list[i - 1] < list[i])) return false;
  return true;
}
