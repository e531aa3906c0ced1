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
 * - never when their groups differ, or one is an explicit upward update of the other; across
 *   articles, never when each names towns none shared, or only provinces none in one governorate.
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
import {
  acrossArticles,
  byDay,
  byLocation,
  conflictKeys,
  type Entry,
  EVENT_WINDOW_DAYS,
  figureKeys,
  figuresConflict,
  forEachDated,
  incidentEvidence,
  insertByDay,
  isCompared,
  isStock,
  sameExceptOffsets,
  sharePlace,
  signature,
  STOCK_WINDOW_DAYS,
  valuesDisagree,
} from './figureEntry';

/** A figure keeps its first conflicting figures, in (article, offset) order: all a finding shows. */
const MAX_PARTNERS = 12;
/**
 * In one article, a figure is compared with this many figures of its measure before it and after
 * it. A real article states at most a few dozen (14 in fakes-dev and the bench corpora); a file of
 * 10 MB that is many articles run together states tens of thousands, and comparing each with
 * every other made its indexing quadratic (8.7 MB: 6.6 s).
 */
export const PEER_WINDOW = 128;

export interface FigureConflict {
  figure: FigureRecord;
  others: { uri: string; figure: FigureRecord; date: string | null }[];
}

/** The entries of a bucket with one signature: they conflict with the same entries of other articles. */
interface SignatureClass {
  first: Entry;
  /** In (article, offset) order. */
  members: Entry[];
  /** Holds an entry of the batch being linked. */
  fresh: boolean;
}

const NO_COMPANIONS: readonly string[] = [];

/**
 * A copy of a list grown by push, cut to its length: V8 gives such a list room for 17 items at
 * least, and at 10,000 articles the index keeps ~70,000 lists of one to six (a heap snapshot of
 * the server after its scan: ~9 MB of empty room in peers, companions, partners and mates).
 */
function exact<T>(list: T[]): T[] {
  return list.slice();
}
const NO_MATES: readonly number[] = [];
const NO_PEERS: Entry[] = [];
const NO_PROVINCES: readonly string[] = [];

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

  /** `regionOf`: the governorate a curated place lies in (knowledge's `region`), if it has one. */
  constructor(private readonly regionOf: (place: string) => string | undefined = () => undefined) {}

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
      const entries = this.addEntries(summary, (list, entry, key) => {
        list.push(entry);
        touched.set(list, key);
      });
      // one by one: a spread of a 10 MB article's entries overflows the stack
      for (const entry of entries) added.push(entry);
    }
    for (const [list, key] of touched) {
      list.sort(byDay);
      this.linkBucket(list, key, firstNew);
    }
    // an article's own figures of one measure, whatever their buckets (each pair once)
    for (const entry of added) {
      const { peers, rank } = entry;
      for (let k = rank + 1; k < peers.length && k <= rank + PEER_WINDOW; k++) this.linkPair(entry, peers[k]);
    }
    for (const entry of added) if (entry.partners) entry.partners = exact(entry.partners);
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

  /** The governorates of a figure's provinces and cities (a foreign city stands for itself), sorted, each once. */
  private provincesOf(broad: readonly string[]): string[] {
    const out: string[] = [];
    for (const p of broad) {
      const r = this.regionOf(p) ?? p;
      if (!out.includes(r)) out.push(r);
    }
    return out.sort();
  }

  /**
   * The governorates a figure is placed in: of its cities and provinces when it names no town or
   * district; when it does, those of its towns, if the list places every one of them in a
   * governorate the figure also names ("Khan Sheikhoun ... Idlib province"; not the towns the
   * victims of a convoy bombed elsewhere came from); none when neither tells.
   */
  private provincesOfFigure(figure: FigureRecord): readonly string[] {
    if (figure.broadPlaces.length === 0) return NO_PROVINCES;
    const broad = this.provincesOf(figure.broadPlaces);
    if (figure.places.length === 0) return this.keyPool.internList(broad);
    const out: string[] = [];
    for (const p of figure.places) {
      const r = this.regionOf(p);
      if (r === undefined || !broad.includes(r)) return NO_PROVINCES;
      if (!out.includes(r)) out.push(r);
    }
    return this.keyPool.internList(out.sort());
  }

  private addEntries(summary: DocumentSummary, insert: (list: Entry[], entry: Entry, key: string) => void): Entry[] {
    const uri = summary.uri;
    const date = summary.date?.iso ?? null;
    const day = date ? Math.round(Date.parse(date) / 86_400_000) : null;
    const added: Entry[] = [];
    // the day the article last named for an incident, up to each figure
    let named: string | undefined;
    summary.figures.forEach((figure, index) => {
      if (figure.incident !== undefined && !figure.past) named = figure.incident;
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
        day: figure.incident !== undefined ? Math.round(Date.parse(figure.incident) / 86_400_000) : day,
        scene: figure.incident ?? named,
        keys,
        conflictKeys: this.keyPool.internList(conflictKeys(figure, keys)),
        provinces: this.provincesOfFigure(figure),
        peers: NO_PEERS,
        kin: NO_PEERS,
        companions: NO_COMPANIONS,
        mates: NO_MATES,
        whole: 0,
        rank: 0,
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
    setSentenceMates(added, summary.figures);
    const byMeasure = new Map<string, Entry[]>();
    for (const entry of added) {
      let peers = byMeasure.get(entry.measure);
      if (!peers) byMeasure.set(entry.measure, (peers = []));
      entry.rank = peers.length;
      peers.push(entry);
    }
    // each list cut to its length (see `exact`), shared by its entries
    for (const [measure, list] of byMeasure) {
      const peers = exact(list);
      byMeasure.set(measure, peers);
      for (const entry of peers) entry.peers = entry.kin = peers;
    }
    setKin(byMeasure, summary.figures);
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
   * article with the same measure (within PEER_WINDOW of it), and those of its conflict buckets
   * that can be about the same time (see `forEachDated`).
   */
  private forEachCandidate(entry: Entry, visit: (other: Entry) => void): void {
    const { peers, rank } = entry;
    for (let k = Math.max(0, rank - PEER_WINDOW); k < peers.length && k <= rank + PEER_WINDOW; k++) visit(peers[k]);
    // its own article's entries come from `peers` alone, as in a batch (`addAll`)
    const uri = entry.uri;
    const visitOther = (other: Entry): void => {
      if (other.uri !== uri) visit(other);
    };
    for (const key of entry.conflictKeys) {
      const list = this.buckets.get(key);
      if (list) forEachDated(list, entry, visitOther);
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

/**
 * The most compared figures a sentence may have for them to be each other's companions: a
 * sentence telling one incident has a few; a run-on list has hundreds, and pairing them all is
 * quadratic.
 */
const MAX_COMPANIONS = 8;

/**
 * What each entry takes from its sentence (entries and records come in text order, one pass over
 * each sentence's run). In a sentence of a few compared figures, its companions: the exact figures
 * of other measures among them. In a sentence of a few figures, its mates: the exact figures of
 * its measure, additions too ("another 40"); and their whole, the sum of its measure's values,
 * each counted once. In a longer one (a run-on list), its mates are only the exact values of its
 * measure's parts, when it is a whole.
 */
function setSentenceMates(added: readonly Entry[], figures: readonly FigureRecord[]): void {
  for (let from = 0, to = 0; from < added.length; from = to) {
    let parts: Entry[] | null = null;
    for (; to < added.length && added[to].sentence === added[from].sentence; to++) if (added[to].figure.part) (parts ??= []).push(added[to]);
    // the sentence's records: around its entries'
    const sentence = added[from].sentence;
    let first = added[from].index;
    while (first > 0 && figures[first - 1].sentence === sentence) first--;
    let end = added[to - 1].index + 1;
    while (end < figures.length && figures[end].sentence === sentence) end++;
    if (end - first < 2) continue;
    const few = end - first <= MAX_COMPANIONS;
    for (let i = from; i < to; i++) {
      const entry = added[i];
      if (to - from > 1 && to - from <= MAX_COMPANIONS) entry.companions = companionsOf(added, from, to, entry);
      if (few) {
        setMates(entry, figures, first, end);
        continue;
      }
      if (parts === null || entry.figure.part) continue;
      const values: number[] = [];
      for (const p of parts) if (p.measure === entry.measure && p.low === p.high) values.push(p.value);
      if (values.length > 0) entry.mates = values;
    }
  }
}

/** The exact figures of other measures among a sentence's entries `from` to `to`. */
function companionsOf(added: readonly Entry[], from: number, to: number, entry: Entry): readonly string[] {
  const companions: string[] = [];
  for (let j = from; j < to; j++) {
    const other = added[j];
    if (other.measure !== entry.measure && other.low === other.high) companions.push(`${other.measure}=${other.value}`);
  }
  return companions.length > 0 ? exact(companions) : NO_COMPANIONS;
}

/** An entry's mates and their whole, from its sentence's records `first` to `end`. */
function setMates(entry: Entry, figures: readonly FigureRecord[], first: number, end: number): void {
  const mates: number[] = [];
  // (each value once: a headline glued to its lead states the toll twice)
  const summed = [entry.value];
  let whole = entry.value;
  for (let j = first; j < end; j++) {
    const other = figures[j];
    if (j === entry.index || other.measure !== entry.measure) continue;
    if (!summed.includes(other.value)) {
      summed.push(other.value);
      whole += other.value;
    }
    if (other.low === other.high) mates.push(other.value);
  }
  if (mates.length > 0) entry.mates = exact(mates);
  if (whole !== entry.value) entry.whole = whole;
}

/**
 * A count of people's kin: its peers and the same outcome's counts of children and women stated
 * alone ("Earlier two children were killed"), not in a sentence with a count of people, which
 * they are most often part of ("killed 10 people including seven children").
 */
function setKin(byMeasure: ReadonlyMap<string, Entry[]>, figures: readonly FigureRecord[]): void {
  for (const [measure, peers] of byMeasure) {
    if (!measure.endsWith(':people')) continue;
    const outcome = measure.slice(0, measure.length - ':people'.length);
    // (any count of people: "A further nine people including five children" is an addition, no entry)
    const withPeople = new Set<number>();
    for (const f of figures) if (f.measure === measure) withPeople.add(f.sentence);
    const alone = (e: Entry): boolean => !e.figure.part && !withPeople.has(e.sentence);
    const others = [...(byMeasure.get(`${outcome}:children`) ?? []), ...(byMeasure.get(`${outcome}:women`) ?? [])].filter(alone);
    if (others.length === 0) continue;
    const kin = [...peers, ...others].sort((a, b) => a.start - b.start);
    for (const e of peers) e.kin = kin;
  }
}
