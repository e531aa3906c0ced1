/**
 * The corpus-wide index of figures. Figures of one measure ("killed:people") are bucketed by each
 * place and incident kind they mention, and held per article, so only figures that could be about
 * one incident are ever compared. Entries hold their partner lists and share their bucket keys:
 * no string is made per figure (ids and per-article keys were most of the index's 86 MB at
 * 10,000 articles). Two figures conflict when their intervals cannot both hold and the evidence that they
 * describe one incident is strong enough:
 *
 * - in one article: different sentences crediting two different sources (one source's different
 *   numbers, or an uncredited headline's, are different incidents or parts of a total);
 * - values within a few times of each other (5 and 1,102 are not one quantity);
 * - across articles: dated within a few days (or slowly changing quantities such as a garrison's
 *   strength), and sharing a specific place, or a broad place and the kind of incident, or two
 *   kinds of incident;
 * - never when their groups differ, or one is an explicit upward update of the other.
 *
 * Each figure keeps its first MAX_PARTNERS conflicting figures in (article, offset) order — all
 * a finding shows — rather than every one: a story repeated by many outlets makes hundreds. The
 * list is a pure function of the corpus (the first ones of all conflicts), so incremental equals
 * batch. Updating one article compares only the entries of the buckets its figures were or are
 * in, refills the lists that lost one of its figures when they were full, and returns the
 * articles whose lists changed.
 */
import { StringPool } from '../analysis/intern';
import type { DocumentSummary, FigureRecord } from '../analysis/summary';

export interface FigureConflict {
  figure: FigureRecord;
  others: { uri: string; figure: FigureRecord; date: string | null }[];
}

/**
 * A figure in the index. The fields the conflict test reads for millions of pairs are copied out
 * of the record: entries all have one shape, records several (optional fields), and a load from
 * objects of one shape is what keeps the test fast.
 */
interface Entry {
  uri: string;
  /** Position of the record in its summary's figures. */
  index: number;
  figure: FigureRecord;
  /** Offset of the figure in its article (follows the record when the text only moves). */
  start: number;
  measure: string;
  stock: boolean;
  low: number;
  high: number;
  value: number;
  sentence: number;
  claim: boolean;
  source: string;
  update: boolean;
  date: string | null;
  /** Days since 1970 of the article's date (null: undated). */
  day: number | null;
  /** The place and incident buckets the entry is in (its own article's entries are `byUri`). */
  keys: readonly string[];
  /** The buckets a conflicting figure of another article must share with it (see `conflictKeys`). */
  conflictKeys: readonly string[];
  /** Its first MAX_PARTNERS conflicting entries, in (uri, offset) order; null when none. */
  partners: Entry[] | null;
  /** Order of insertion: a batch compares each pair once, from the later entry. */
  seq: number;
  /** The last conflict search that visited the entry (a stamp, cheaper than a set per search). */
  mark: number;
}

/** Days apart that two reports of one event toll may be; strength and shares change slowly. */
const EVENT_WINDOW_DAYS = 3;
const STOCK_WINDOW_DAYS = 45;
const MAX_PARTNERS = 12;
const MAX_RATIO = 3.5;
/** Only tolls and a force's strength are compared; other counts vary for too many reasons. */
const COMPARED = /^(killed|wounded|strength):|^percent-of-/;

function isStock(measure: string): boolean {
  return measure.startsWith('strength:') || measure.startsWith('percent-of-');
}

function isCompared(f: FigureRecord): boolean {
  return COMPARED.test(f.measure) && !f.past;
}

/** The place and incident buckets of a compared figure. */
function figureKeys(f: FigureRecord): string[] {
  const keys: string[] = [];
  for (const p of f.places) keys.push(`${f.measure}@${p}`);
  for (const p of f.broadPlaces) keys.push(`${f.measure}@${p}`);
  for (const e of f.events) keys.push(`${f.measure}#${e}`);
  return keys;
}

/**
 * The buckets where a figure's conflicts in other articles can be: a toll needs a shared
 * specific place or distinctive incident (evidence 3 or more), so the broad-place and common
 * incident buckets (a city with thousands of tolls) are never searched for it; a stock needs a
 * shared place of either kind.
 */
function conflictKeys(f: FigureRecord, keys: readonly string[]): readonly string[] {
  if (isStock(f.measure)) return keys;
  const out = keys.slice(0, f.places.length);
  for (const e of f.events) if (DISTINCTIVE.has(e)) out.push(`${f.measure}#${e}`);
  return out;
}

/** Whether any of `a` is in `b` (no array made: this runs for millions of pairs in a cold scan). */
function meets(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length; i++) if (b.includes(a[i])) return true;
  return false;
}

/** Whether the figures share a place, specific or broad. */
function sharePlace(fa: FigureRecord, fb: FigureRecord): boolean {
  return meets(fa.places, fb.places) || meets(fa.places, fb.broadPlaces) || meets(fa.broadPlaces, fb.places) || meets(fa.broadPlaces, fb.broadPlaces);
}

/** Incident kinds rare enough to identify an incident on a given day (a city sees many shellings). */
const DISTINCTIVE = new Set(['chemical', 'convoy', 'school', 'market', 'hospital', 'bakery', 'mosque', 'wedding', 'aid', 'airbase']);

/** How strongly two figures of one measure look like reports of one incident. */
export function incidentEvidence(fa: FigureRecord, fb: FigureRecord): number {
  let distinctive = 0;
  let common = 0;
  for (const e of fa.events) {
    if (!fb.events.includes(e)) continue;
    if (DISTINCTIVE.has(e)) distinctive = 1;
    else common = 1;
  }
  return 3 * (meets(fa.places, fb.places) ? 1 : 0) + (meets(fa.broadPlaces, fb.broadPlaces) ? 1 : 0) + 3 * distinctive + common;
}

function figuresConflict(a: Entry, b: Entry): boolean {
  if (a.measure !== b.measure || !valuesDisagree(a, b)) return false;
  if (a.uri === b.uri) {
    const fa = a.figure;
    const fb = b.figure;
    if (a.sentence === b.sentence) return false;
    // In one article, a disagreement is between sources ("SANA said 25 ... the Observatory said
    // 21"); one source's different numbers are different incidents or parts of a total.
    if (!a.claim || !b.claim || a.source === b.source) return false;
    // ... about the same place, when both name one
    const placesA = fa.places.length + fa.broadPlaces.length;
    const placesB = fb.places.length + fb.broadPlaces.length;
    if (placesA > 0 && placesB > 0 && !sharePlace(fa, fb)) return false;
    return notExplained(a, b, true);
  }
  return acrossArticles(a, b);
}

/**
 * The cheap tests on values first: most candidates agree or are far apart. Overlapping intervals
 * can both be true; reports of one toll differ, but rarely by more than a few times: 5 and 1,102
 * are two quantities.
 */
function valuesDisagree(a: Entry, b: Entry): boolean {
  if (a.low <= b.high && b.low <= a.high) return false;
  const small = Math.min(a.value, b.value);
  return !(small > 0 && Math.max(a.value, b.value) / small > MAX_RATIO);
}

/**
 * Whether figures of one measure whose values disagree, in two different articles, conflict: it
 * reads only what `signature` holds, so it holds for every pair of two figures' signature classes.
 */
function acrossArticles(a: Entry, b: Entry): boolean {
  if (a.day !== null && b.day !== null) {
    if (Math.abs(a.day - b.day) > (a.stock ? STOCK_WINDOW_DAYS : EVENT_WINDOW_DAYS)) return false;
  } else if (!a.stock) return false;
  // A garrison's strength or a share is "of a place": the place is enough, even a city.
  if (a.stock ? !sharePlace(a.figure, b.figure) : incidentEvidence(a.figure, b.figure) < 3) return false;
  return notExplained(a, b, false);
}

/** Neither different groups nor an explicit update explain the difference. */
function notExplained(a: Entry, b: Entry, sameArticle: boolean): boolean {
  const fa = a.figure;
  const fb = b.figure;
  if (fa.groups.length > 0 && fb.groups.length > 0 && !meets(fa.groups, fb.groups)) return false;
  // An explicit update explains a rise from an earlier figure ("has risen to 86").
  if (a.update && later(a, b, sameArticle) && a.low >= b.low) return false;
  if (b.update && later(b, a, sameArticle) && b.low >= a.low) return false;
  return true;
}

/**
 * What a figure's conflicts with other articles' figures of its measure depend on (see
 * `acrossArticles`): figures of one signature conflict with the same figures elsewhere. A story
 * many outlets carried puts dozens of copies of one figure in a bucket.
 */
function signature(e: Entry): string {
  const f = e.figure;
  return `${e.low}|${e.high}|${e.value}|${e.day}|${e.update}|${f.places.join(',')}|${f.broadPlaces.join(',')}|${f.events.join(',')}|${f.groups.join(',')}`;
}

/** Whether `x` was stated after `y`: further down one article, or in an article dated no earlier. */
function later(x: Entry, y: Entry, sameArticle: boolean): boolean {
  return sameArticle ? x.start > y.start : x.day !== null && y.day !== null && x.day >= y.day;
}

/** Two records of one figure, wherever each is in the text. */
function sameExceptOffsets(a: FigureRecord, b: FigureRecord): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (k === 'start' || k === 'end') continue;
    const x = a[k as keyof FigureRecord];
    const y = b[k as keyof FigureRecord];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
  }
  return true;
}

const byLocation = (a: Entry, b: Entry): number => (a.uri === b.uri ? a.start - b.start : a.uri < b.uri ? -1 : 1);
const rank = (e: Entry): number => (e.day === null ? -Infinity : e.day);
const byDay = (a: Entry, b: Entry): number => (a.day === b.day ? 0 : rank(a) < rank(b) ? -1 : 1);

/** Keeps a bucket ordered by day (undated first) so a window of days is a slice. */
function insertByDay(list: Entry[], entry: Entry): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rank(list[mid]) <= rank(entry)) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, entry);
}

/**
 * Entries of a bucket that can be about the same time as `entry`: for a toll, the dated ones
 * within a few days (an undated toll is compared within its article only); for a stock, the
 * undated ones and the dated ones within the stock window.
 */
function forEachDated(list: readonly Entry[], entry: Entry, visit: (other: Entry) => void): void {
  if (entry.day === null) {
    if (entry.stock) for (let i = 0; i < list.length; i++) visit(list[i]);
    return;
  }
  // Dated entries are sorted by day; undated ones (day null) come first.
  const window = entry.stock ? STOCK_WINDOW_DAYS : EVENT_WINDOW_DAYS;
  const from = entry.day - window;
  let firstDated = 0;
  if (entry.stock) {
    while (firstDated < list.length && list[firstDated].day === null) visit(list[firstDated++]);
  }
  let lo = firstDated;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = list[mid].day;
    if (d === null || d < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length; i++) {
    const d = list[i].day as number;
    if (d > entry.day + window) break;
    visit(list[i]);
  }
}

/** The entries of a bucket with one signature: they conflict with the same entries of other articles. */
interface SignatureClass {
  first: Entry;
  /** In (article, offset) order. */
  members: Entry[];
  /** Holds an entry of the batch being linked. */
  fresh: boolean;
}

type Related = { uri: string; figure: FigureRecord; date: string | null; conflicting: boolean };

export class FigureIndex {
  /** Place and incident key -> entries, dated ones sorted by day (a window scan finds the candidates). */
  private readonly buckets = new Map<string, Entry[]>();
  /** One copy of each bucket key, and of each entry's list of them, shared by the entries. */
  private readonly keyPool = new StringPool();
  /** Article -> its compared figures' entries, in the order of its figures. */
  private readonly byUri = new Map<string, Entry[]>();
  private seq = 0;
  private stamp = 0;
  /** Articles that list a figure whose text only moved (see `takeMoved`). */
  private moved = new Set<string>();

  update(uri: string, summary: DocumentSummary | null): Set<string> {
    if (summary && this.moveInPlace(uri, summary)) return new Set([uri]);
    const affected = this.removeArticle(uri);
    if (!summary) return affected;
    const added = this.addEntries(summary, (list, entry) => insertByDay(list, entry));
    for (const entry of added) this.linkEntry(entry, false, affected);
    return affected;
  }

  /**
   * Articles whose conflict lists hold a figure of an edited article that only moved (text typed
   * before it): their findings say the same, their related locations are stale. A server
   * re-publishes them when the user pauses; `conflictsOf()` is already up to date for them.
   */
  takeMoved(): Set<string> {
    const out = this.moved;
    this.moved = new Set();
    return out;
  }

  /**
   * An edit that moves the article's figures without changing what they say (same figures in the
   * same order, same date: typing elsewhere in the article) keeps every entry and every list;
   * the entries take the new records. Removing and re-adding them would re-link every article
   * that lists one — hundreds per keystroke for a story many outlets reported.
   */
  private moveInPlace(uri: string, summary: DocumentSummary): boolean {
    const entries = this.byUri.get(uri);
    if (!entries) return false;
    const date = summary.date?.iso ?? null;
    let k = 0;
    for (let i = 0; i < summary.figures.length; i++) {
      const figure = summary.figures[i];
      const entry = entries[k]?.index === i ? entries[k] : undefined;
      if (!isCompared(figure)) {
        if (entry) return false;
        continue;
      }
      if (!entry || entry.date !== date || !sameExceptOffsets(entry.figure, figure)) return false;
      k++;
    }
    if (k !== entries.length) return false;
    for (const entry of entries) {
      const figure = summary.figures[entry.index];
      if (entry.start !== figure.start) {
        this.forEachCandidate(entry, (holder) => {
          if (holder.uri !== uri && holder.partners?.includes(entry)) this.moved.add(holder.uri);
        });
      }
      entry.figure = figure;
      entry.start = figure.start;
    }
    return true;
  }

  /**
   * Adds many articles at once (a cold scan; one summary per article): entries are appended and
   * each touched bucket sorted by day once, then walked once (`linkBucket`), instead of sorted
   * inserts and a search per entry.
   */
  addAll(summaries: readonly DocumentSummary[]): void {
    const firstNew = this.seq;
    // one summary per article, the last one given (a staged article may come twice)
    summaries = [...new Map(summaries.map((x) => [x.uri, x])).values()];
    const added: Entry[] = [];
    const touched = new Map<Entry[], string>();
    // every old entry out first: a removal replaces its buckets' arrays, which must be the ones
    // the new entries go into
    for (const summary of summaries) this.removeArticle(summary.uri);
    for (const summary of summaries) {
      added.push(
        ...this.addEntries(summary, (list, entry, key) => {
          list.push(entry);
          touched.set(list, key);
        }),
      );
    }
    for (const [list, key] of touched) {
      list.sort(byDay);
      this.linkBucket(list, key, firstNew);
    }
    // an article's own figures of one measure, whatever their buckets
    for (let i = 0; i < added.length; i++) {
      for (let j = i + 1; j < added.length && added[j].uri === added[i].uri; j++) {
        if (added[j].measure === added[i].measure) this.linkPair(added[i], added[j]);
      }
    }
  }

  /**
   * Links the conflicts across articles that a bucket holds, by signature class (see `signature`):
   * the classes of the entries that search the bucket (it is one of their conflict keys) are
   * walked in day order, each against the classes of the window before it, and a pair of classes
   * that conflict offers each member of one to each member of the other, in (article, offset)
   * order, until the holder's list is full and the rest come after its last. A story that many
   * outlets carried (dozens of copies of one figure on one day) is one comparison per pair of
   * its figures' values, not one per pair of copies. Pairs of old classes (no entry from
   * `firstNew` on) are linked already. Two conflicting figures share a bucket that is a conflict
   * key of both (a stock's keys are all its places; a toll's, the specific places and distinctive
   * incidents `incidentEvidence` needs), so each conflict is found; a pair found in several
   * buckets is offered again, which changes nothing. Pairs within one article are the caller's.
   */
  private linkBucket(list: readonly Entry[], key: string, firstNew: number): void {
    const bySignature = new Map<string, SignatureClass>();
    // in the list's order, by day (undated first): the day is part of the signature
    const classes: SignatureClass[] = [];
    for (const entry of list) {
      if (!entry.conflictKeys.includes(key)) continue;
      const sig = signature(entry);
      let c = bySignature.get(sig);
      if (!c) {
        c = { first: entry, members: [], fresh: false };
        bySignature.set(sig, c);
        classes.push(c);
      }
      c.members.push(entry);
      if (entry.seq >= firstNew) c.fresh = true;
    }
    for (const c of classes) if (c.members.length > 1) c.members.sort(byLocation);
    let firstDated = 0;
    while (firstDated < classes.length && classes[firstDated].first.day === null) firstDated++;
    let lo = firstDated;
    for (let i = 0; i < classes.length; i++) {
      const a = classes[i];
      const day = a.first.day;
      if (day === null) {
        // an undated stock meets every entry of its bucket; an undated toll none
        if (a.first.stock) for (let j = 0; j < i; j++) this.linkClasses(a, classes[j]);
        continue;
      }
      if (a.first.stock) for (let j = 0; j < firstDated; j++) this.linkClasses(a, classes[j]);
      const from = day - (a.first.stock ? STOCK_WINDOW_DAYS : EVENT_WINDOW_DAYS);
      while ((classes[lo].first.day as number) < from) lo++;
      for (let j = lo; j < i; j++) this.linkClasses(a, classes[j]);
    }
  }

  /** Two classes of a bucket's window: when their figures conflict, every pair across articles does. */
  private linkClasses(a: SignatureClass, b: SignatureClass): void {
    if (!a.fresh && !b.fresh) return;
    if (!valuesDisagree(a.first, b.first) || !acrossArticles(a.first, b.first)) return;
    this.offerAll(a.members, b.members);
    this.offerAll(b.members, a.members);
  }

  /**
   * Offers `others` (in location order) to each holder, those of its own article left to the
   * caller, until the rest come after the last of the holder's full list.
   */
  private offerAll(holders: readonly Entry[], others: readonly Entry[]): void {
    for (const holder of holders) {
      for (const other of others) {
        const list = holder.partners;
        if (list && list.length === MAX_PARTNERS && byLocation(other, list[MAX_PARTNERS - 1]) >= 0) break;
        if (other.uri !== holder.uri) this.offer(holder, other);
      }
    }
  }

  /** Offers each of two conflicting entries to the other (see `offer`). */
  private linkPair(a: Entry, b: Entry): void {
    if (a === b || !figuresConflict(a, b)) return;
    this.offer(a, b);
    this.offer(b, a);
  }

  private removeArticle(uri: string): Set<string> {
    const affected = new Set<string>([uri]);
    const gone = this.byUri.get(uri);
    if (!gone) return affected;
    const refill = new Set<Entry>();
    for (const entry of gone) {
      // A list that holds this entry belongs to a figure that conflicts with it: a candidate.
      this.forEachCandidate(entry, (holder) => {
        const list = holder.partners;
        if (holder.uri === uri || !list) return;
        const at = list.indexOf(entry);
        if (at < 0) return;
        // a full list may have left out a conflict that now belongs in it
        if (list.length === MAX_PARTNERS) refill.add(holder);
        list.splice(at, 1);
        if (list.length === 0) holder.partners = null;
        affected.add(holder.uri);
      });
    }
    this.byUri.delete(uri);
    const keys = new Set<string>();
    for (const entry of gone) for (const key of entry.keys) keys.add(key);
    for (const key of keys) {
      const list = this.buckets.get(key);
      if (!list) continue;
      const kept = list.filter((e) => e.uri !== uri);
      if (kept.length > 0) this.buckets.set(key, kept);
      else this.buckets.delete(key);
    }
    for (const holder of refill) {
      holder.partners = null;
      this.forEachConflict(holder, false, (other) => this.offer(holder, other));
    }
    return affected;
  }

  /** Offers `other` as a partner of `entry`: kept if among its first; true when the list changed. */
  private offer(entry: Entry, other: Entry): boolean {
    let list = entry.partners;
    if (list && list.length === MAX_PARTNERS && byLocation(other, list[MAX_PARTNERS - 1]) >= 0) return false;
    if (list?.includes(other)) return false;
    if (!list) entry.partners = list = [];
    let i = list.length;
    while (i > 0 && byLocation(other, list[i - 1]) < 0) i--;
    list.splice(i, 0, other);
    if (list.length > MAX_PARTNERS) list.pop();
    return true;
  }

  /** Visits every entry that conflicts with `entry`, each once (not re-entrant: one stamp per search). */
  private forEachConflict(entry: Entry, earlierOnly: boolean, visit: (other: Entry) => void): void {
    const stamp = ++this.stamp;
    entry.mark = stamp;
    this.forEachCandidate(entry, (other) => {
      if (other.mark === stamp || (earlierOnly && other.seq >= entry.seq)) return;
      other.mark = stamp;
      if (figuresConflict(entry, other)) visit(other);
    });
  }

  private addEntries(summary: DocumentSummary, insert: (list: Entry[], entry: Entry, key: string) => void): Entry[] {
    const uri = summary.uri;
    const date = summary.date?.iso ?? null;
    const day = date ? Math.round(Date.parse(date) / 86_400_000) : null;
    const added: Entry[] = [];
    summary.figures.forEach((figure, index) => {
      if (!isCompared(figure)) return;
      const keys = this.keyPool.internList(figureKeys(figure));
      const entry: Entry = {
        uri,
        index,
        figure,
        start: figure.start,
        measure: figure.measure,
        stock: isStock(figure.measure),
        low: figure.low,
        high: figure.high,
        value: figure.value,
        sentence: figure.sentence,
        claim: figure.claim,
        source: figure.source,
        update: figure.update,
        date,
        day,
        keys,
        conflictKeys: this.keyPool.internList(conflictKeys(figure, keys)),
        partners: null,
        seq: this.seq++,
        mark: 0,
      };
      added.push(entry);
      for (const key of keys) {
        let list = this.buckets.get(key);
        if (!list) this.buckets.set(key, (list = []));
        insert(list, entry, key);
      }
    });
    if (added.length > 0) this.byUri.set(uri, added);
    return added;
  }

  /** Links an entry with the conflicting candidates its buckets offer, each compared once. */
  private linkEntry(entry: Entry, earlierOnly: boolean, affected: Set<string> | null): void {
    this.forEachConflict(entry, earlierOnly, (other) => {
      this.offer(entry, other);
      if (this.offer(other, entry)) affected?.add(other.uri);
    });
  }

  /**
   * Entries that can be about the same incident as `entry`, some more than once: those of its own
   * article with the same measure, and those of its conflict buckets that can be about the same
   * time (see `forEachDated`).
   */
  private forEachCandidate(entry: Entry, visit: (other: Entry) => void): void {
    for (const other of this.byUri.get(entry.uri) ?? []) if (other.measure === entry.measure) visit(other);
    for (const key of entry.conflictKeys) {
      const list = this.buckets.get(key);
      if (list) forEachDated(list, entry, visit);
    }
  }

  conflictsOf(uri: string): FigureConflict[] {
    const out: FigureConflict[] = [];
    for (const entry of this.byUri.get(uri) ?? []) {
      if (!entry.partners) continue;
      const others = entry.partners.map((e) => ({ uri: e.uri, figure: e.figure, date: e.date }));
      out.push({ figure: entry.figure, others });
    }
    return out.sort((a, b) => a.figure.start - b.figure.start);
  }

  /** Every figure stated about a place (for hovers): value, article, date, conflicting or not. */
  figuresAbout(placeId: string): Related[] {
    const out: Related[] = [];
    const seen = new Set<Entry>();
    for (const [key, list] of this.buckets) {
      if (!key.endsWith(`@${placeId}`)) continue;
      for (const e of list) {
        if (seen.has(e)) continue;
        seen.add(e);
        out.push({ uri: e.uri, figure: e.figure, date: e.date, conflicting: e.partners !== null });
      }
    }
    return out.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.figure.start - b.figure.start));
  }

  /** Other mentions of the same quantity as the figure at `index` of an article. */
  sameQuantity(uri: string, index: number): Related[] {
    const own = this.byUri.get(uri) ?? [];
    const entry = own.find((e) => e.index === index);
    if (!entry) return [];
    const out: Related[] = [];
    const seen = new Set<Entry>([entry]);
    const lists = [own.filter((e) => e.measure === entry.measure), ...entry.keys.map((key) => this.buckets.get(key) ?? [])];
    for (const list of lists) {
      for (const e of list) {
        if (seen.has(e)) continue;
        seen.add(e);
        // what a conflict would need (a stock: the place; a toll: the incident), whatever the values
        const conflicting = figuresConflict(entry, e);
        const sameIncident = e.uri === uri || conflicting || (entry.stock ? sharePlace(entry.figure, e.figure) : incidentEvidence(entry.figure, e.figure) >= 3);
        if (sameIncident) out.push({ uri: e.uri, figure: e.figure, date: e.date, conflicting });
      }
    }
    return out;
  }
}
