/**
 * The corpus-wide index of figures. Figures of one measure ("killed:people") are bucketed by each
 * place and incident kind they mention, so only figures that could be about one incident are ever
 * compared. Two figures conflict when their intervals cannot both hold and the evidence that they
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
 * Updating one article recomputes only the entries of the buckets its figures were or are in, and
 * returns the articles whose conflicts changed.
 */
import type { DocumentSummary, FigureRecord } from '../analysis/summary';

export interface FigureConflict {
  figure: FigureRecord;
  others: { uri: string; figure: FigureRecord; date: string | null }[];
}

interface Entry {
  id: string;
  uri: string;
  figure: FigureRecord;
  date: string | null;
  /** Days since 1970 of the article's date (null: undated). */
  day: number | null;
  /** The buckets the entry is in. */
  keys: string[];
  /** Order of insertion: a batch compares each pair once, from the later entry. */
  seq: number;
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

export function figureKeys(uri: string, f: FigureRecord): string[] {
  if (!COMPARED.test(f.measure) || f.past) return [];
  const keys = [`${f.measure}@doc:${uri}`];
  for (const p of f.places) keys.push(`${f.measure}@${p}`);
  for (const p of f.broadPlaces) keys.push(`${f.measure}@${p}`);
  for (const e of f.events) keys.push(`${f.measure}#${e}`);
  return keys;
}

const shared = (a: readonly string[], b: readonly string[]): number => a.filter((x) => b.includes(x)).length;

/** Incident kinds rare enough to identify an incident on a given day (a city sees many shellings). */
const DISTINCTIVE = new Set(['chemical', 'convoy', 'school', 'market', 'hospital', 'bakery', 'mosque', 'wedding', 'aid', 'airbase']);

/** How strongly two figures of one measure look like reports of one incident. */
export function incidentEvidence(fa: FigureRecord, fb: FigureRecord): number {
  const specific = shared(fa.places, fb.places);
  const broad = shared(fa.broadPlaces, fb.broadPlaces);
  const events = fa.events.filter((e) => fb.events.includes(e));
  const distinctive = events.filter((e) => DISTINCTIVE.has(e)).length;
  return 3 * Math.min(specific, 1) + Math.min(broad, 1) + 3 * Math.min(distinctive, 1) + Math.min(events.length - distinctive, 1);
}

export function figuresConflict(a: Entry, b: Entry): boolean {
  const fa = a.figure;
  const fb = b.figure;
  if (fa.measure !== fb.measure) return false;
  // The cheap tests on values first: most candidates agree or are far apart.
  // Overlapping intervals can both be true.
  if (fa.low <= fb.high && fb.low <= fa.high) return false;
  // Reports of one toll differ, but rarely by more than a few times: 5 and 1,102 are two quantities.
  const small = Math.min(fa.value, fb.value);
  if (small > 0 && Math.max(fa.value, fb.value) / small > MAX_RATIO) return false;
  if (a.uri === b.uri) {
    if (fa.sentence === fb.sentence) return false;
    // In one article, a disagreement is between sources ("SANA said 25 ... the Observatory said
    // 21"); one source's different numbers are different incidents or parts of a total.
    if (!fa.claim || !fb.claim || fa.source === fb.source) return false;
    // ... about the same place, when both name one
    const placesA = [...fa.places, ...fa.broadPlaces];
    const placesB = [...fb.places, ...fb.broadPlaces];
    if (placesA.length > 0 && placesB.length > 0 && shared(placesA, placesB) === 0) return false;
  } else {
    const stock = isStock(fa.measure);
    if (a.day !== null && b.day !== null) {
      if (Math.abs(a.day - b.day) > (stock ? STOCK_WINDOW_DAYS : EVENT_WINDOW_DAYS)) return false;
    } else if (!stock) return false;
    // A garrison's strength or a share is "of a place": the place is enough, even a city.
    if (stock ? shared([...fa.places, ...fa.broadPlaces], [...fb.places, ...fb.broadPlaces]) === 0 : incidentEvidence(fa, fb) < 3) return false;
  }
  if (fa.groups.length > 0 && fb.groups.length > 0 && shared(fa.groups, fb.groups) === 0) return false;
  // An explicit update explains a rise from an earlier figure ("has risen to 86").
  const later = (x: Entry, y: Entry): boolean =>
    x.uri === y.uri ? x.figure.start > y.figure.start : x.day !== null && y.day !== null && x.day >= y.day;
  if (fa.update && later(a, b) && fa.low >= fb.low) return false;
  if (fb.update && later(b, a) && fb.low >= fa.low) return false;
  return true;
}

function uriOf(id: string): string {
  return id.slice(0, id.lastIndexOf('#'));
}

function link(partners: Map<string, Set<string>>, a: string, b: string): void {
  let sa = partners.get(a);
  if (!sa) partners.set(a, (sa = new Set()));
  sa.add(b);
  let sb = partners.get(b);
  if (!sb) partners.set(b, (sb = new Set()));
  sb.add(a);
}

const byLocation = (a: Entry, b: Entry): number => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.figure.start - b.figure.start);
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

type Related = { uri: string; figure: FigureRecord; date: string | null; conflicting: boolean };

export class FigureIndex {
  /** key -> entries, dated ones sorted by day (a window scan finds the candidates) */
  private readonly buckets = new Map<string, Entry[]>();
  private readonly keysOf = new Map<string, string[]>();
  /** entry id -> ids of conflicting entries (kept symmetric) */
  private readonly partners = new Map<string, Set<string>>();
  private readonly entries = new Map<string, Entry>();
  private readonly idsOf = new Map<string, string[]>();
  private seq = 0;

  update(uri: string, summary: DocumentSummary | null): Set<string> {
    const affected = this.removeArticle(uri);
    if (!summary) return affected;
    const added = this.addEntries(summary, (list, entry) => insertByDay(list, entry));
    for (const entry of added) this.linkEntry(entry, false, affected);
    return affected;
  }

  /**
   * Adds many articles at once (a cold scan): entries are appended and each bucket sorted once,
   * then every new pair is compared once, instead of sorted inserts and a scan per article.
   */
  addAll(summaries: readonly DocumentSummary[]): void {
    const added: Entry[] = [];
    const touched = new Set<Entry[]>();
    for (const summary of summaries) {
      this.removeArticle(summary.uri);
      added.push(...this.addEntries(summary, (list, entry) => {
        list.push(entry);
        touched.add(list);
      }));
    }
    for (const list of touched) list.sort(byDay);
    const sink = new Set<string>();
    for (const entry of added) this.linkEntry(entry, true, sink);
  }

  private removeArticle(uri: string): Set<string> {
    const affected = new Set<string>([uri]);
    // Remove the article's old entries, and their links from their partners.
    for (const id of this.idsOf.get(uri) ?? []) {
      for (const p of this.partners.get(id) ?? []) {
        const set = this.partners.get(p);
        set?.delete(id);
        if (set && set.size === 0) this.partners.delete(p);
        affected.add(uriOf(p));
      }
      this.partners.delete(id);
      this.entries.delete(id);
    }
    for (const key of this.keysOf.get(uri) ?? []) {
      const list = this.buckets.get(key);
      if (!list) continue;
      const kept = list.filter((e) => e.uri !== uri);
      if (kept.length > 0) this.buckets.set(key, kept);
      else this.buckets.delete(key);
    }
    this.idsOf.delete(uri);
    this.keysOf.delete(uri);
    return affected;
  }

  private addEntries(summary: DocumentSummary, insert: (list: Entry[], entry: Entry) => void): Entry[] {
    const uri = summary.uri;
    const date = summary.date?.iso ?? null;
    const day = date ? Math.round(Date.parse(date) / 86_400_000) : null;
    const keys = new Set<string>();
    const ids: string[] = [];
    const added: Entry[] = [];
    summary.figures.forEach((figure, i) => {
      const fk = figureKeys(uri, figure);
      if (fk.length === 0) return;
      const entry: Entry = { id: `${uri}#${i}`, uri, figure, date, day, keys: fk, seq: this.seq++ };
      this.entries.set(entry.id, entry);
      ids.push(entry.id);
      added.push(entry);
      for (const key of fk) {
        keys.add(key);
        let list = this.buckets.get(key);
        if (!list) this.buckets.set(key, (list = []));
        insert(list, entry);
      }
    });
    this.keysOf.set(uri, [...keys]);
    this.idsOf.set(uri, ids);
    return added;
  }

  /** Links an entry with the conflicting candidates its buckets offer, each compared once. */
  private linkEntry(entry: Entry, earlierOnly: boolean, affected: Set<string>): void {
    const seen = new Set<Entry>([entry]);
    for (const key of entry.keys) {
      for (const other of this.candidates(key, entry)) {
        if (earlierOnly && other.seq >= entry.seq) continue;
        if (seen.has(other)) continue;
        seen.add(other);
        if (!figuresConflict(entry, other)) continue;
        link(this.partners, entry.id, other.id);
        affected.add(other.uri);
      }
    }
  }

  /**
   * Entries of a bucket that can be about the same time as `entry`: all of its own article's; for
   * a toll, the dated ones within a few days (an undated toll is compared within its article
   * only); for a stock, the undated ones and the dated ones within the stock window.
   */
  private *candidates(key: string, entry: Entry): Generator<Entry> {
    const list = this.buckets.get(key);
    if (!list) return;
    const stock = isStock(entry.figure.measure);
    if (key.includes('@doc:') || (entry.day === null && stock)) {
      yield* list;
      return;
    }
    if (entry.day === null) return;
    // Dated entries are sorted by day; undated ones (day null) come first.
    const window = stock ? STOCK_WINDOW_DAYS : EVENT_WINDOW_DAYS;
    const from = entry.day - window;
    let firstDated = 0;
    if (stock) {
      while (firstDated < list.length && list[firstDated].day === null) yield list[firstDated++];
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
      yield list[i];
    }
  }

  conflictsOf(uri: string): FigureConflict[] {
    const out: FigureConflict[] = [];
    for (const id of this.idsOf.get(uri) ?? []) {
      const set = this.partners.get(id);
      const entry = this.entries.get(id);
      if (!set || !entry) continue;
      // The first few partners in (uri, offset) order, without sorting hundreds of them.
      const first: Entry[] = [];
      for (const p of set) {
        const e = this.entries.get(p);
        if (!e) continue;
        if (first.length === MAX_PARTNERS && byLocation(e, first[MAX_PARTNERS - 1]) >= 0) continue;
        let i = first.length;
        while (i > 0 && byLocation(e, first[i - 1]) < 0) i--;
        first.splice(i, 0, e);
        if (first.length > MAX_PARTNERS) first.pop();
      }
      const others = first.map((e) => ({ uri: e.uri, figure: e.figure, date: e.date }));
      out.push({ figure: entry.figure, others });
    }
    return out.sort((a, b) => a.figure.start - b.figure.start);
  }

  /** Every figure stated about a place (for hovers): value, article, date, conflicting or not. */
  figuresAbout(placeId: string): Related[] {
    const out: Related[] = [];
    const seen = new Set<string>();
    for (const [key, list] of this.buckets) {
      if (!key.endsWith(`@${placeId}`)) continue;
      for (const e of list) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        out.push({ uri: e.uri, figure: e.figure, date: e.date, conflicting: this.partners.has(e.id) });
      }
    }
    return out.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.figure.start - b.figure.start));
  }

  /** Other mentions of the same quantity as the figure at `index` of an article. */
  sameQuantity(uri: string, index: number): Related[] {
    const entry = this.entries.get(`${uri}#${index}`);
    if (!entry) return [];
    const out: Related[] = [];
    const seen = new Set<string>([entry.id]);
    for (const key of figureKeys(uri, entry.figure)) {
      for (const e of this.buckets.get(key) ?? []) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        const sameIncident = e.uri === uri || incidentEvidence(entry.figure, e.figure) >= 3;
        if (!sameIncident) continue;
        out.push({ uri: e.uri, figure: e.figure, date: e.date, conflicting: this.partners.get(entry.id)?.has(e.id) ?? false });
      }
    }
    return out;
  }
}
