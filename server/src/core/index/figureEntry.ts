/**
 * A figure as the figure index holds it, and the tests on two of them: whether they conflict (in
 * one article, or across articles, where only what `signature` holds is read), the buckets a
 * figure is in and those it searches, and the orders the index keeps (by location, by day).
 * See figureIndex.ts for the rules these tests implement.
 */
import type { FigureRecord } from '../analysis/summary';

/**
 * A figure in the index. The fields the conflict test reads for millions of pairs are copied out
 * of the record: entries all have one shape, records several (optional fields), and a load from
 * objects of one shape is what keeps the test fast.
 */
export interface Entry {
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
  /**
   * The day of its incident its sentence names, else the one the article named last before it
   * ("Seven civilians were killed on Wednesday ... nine others were also injured"): in one
   * article or across two, two tolls of two such days are two incidents (in the signature).
   */
  scene: string | undefined;
  /** The place and incident buckets the entry is in (its own article's entries are `byUri`). */
  keys: readonly string[];
  /**
   * When it names no town or district, the governorates of the provinces and cities it names
   * (the Ghouta's is Damascus's), else none (see `apartProvinces`).
   */
  provinces: readonly string[];
  /** The buckets a conflicting figure of another article must share with it (see `conflictKeys`). */
  conflictKeys: readonly string[];
  /** Its article's entries of its measure, in the order of its figures (shared by them). */
  peers: Entry[];
  /**
   * The entries its parts may be among: `peers`, and for a count of people also its article's
   * counts of children and women with the same outcome that are not parts already, in text order.
   */
  kin: Entry[];
  /** Its position in `peers`. */
  rank: number;
  /** Its first conflicting entries (figureIndex's MAX_PARTNERS), in (uri, offset) order; null when none. */
  partners: Entry[] | null;
  /** The exact figures of other measures in its sentence, as `measure=value` (see `restates`). */
  companions: readonly string[];
  /**
   * The exact values its sentence states of its measure besides it: its parts when it is a whole
   * ("at least 82 people including 58 civilians": 58) and, in a sentence of a few figures, every
   * other one ("three persons from the medical staff in addition to five patients"). Another
   * figure of such a value restates that one, and is no rival count of this one.
   */
  mates: readonly number[];
  /**
   * The sum of the values its sentence states of its measure, each once, when it states several
   * ("up to 80 fighters ... another 40": 120), else 0: a figure of that value is their total.
   */
  whole: number;
  /** Order of insertion: a batch links the pairs that hold one of its own entries. */
  seq: number;
  /** The last conflict search that visited the entry (a stamp, cheaper than a set per search). */
  mark: number;
}

/** Days apart that two reports of one event toll may be; strength, populations and shares change slowly. */
export const EVENT_WINDOW_DAYS = 3;
export const STOCK_WINDOW_DAYS = 45;
const MAX_RATIO = 3.5;
/**
 * Only tolls, a force's strength and how many people live in a place are compared; other counts
 * vary for too many reasons.
 */
const COMPARED = /^(killed|wounded|strength|population(?:\/[\w-]+)?):|^percent-of-/;

export function isStock(measure: string): boolean {
  return measure.startsWith('strength:') || measure.startsWith('population') || measure.startsWith('percent-of-');
}

export function isCompared(f: FigureRecord): boolean {
  return COMPARED.test(f.measure) && !f.past && !f.addition;
}

/** The place and incident buckets of a compared figure. */
export function figureKeys(f: FigureRecord): string[] {
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
export function conflictKeys(f: FigureRecord, keys: readonly string[]): readonly string[] {
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
export function sharePlace(fa: FigureRecord, fb: FigureRecord): boolean {
  return meets(fa.places, fb.places) || meets(fa.places, fb.broadPlaces) || meets(fa.broadPlaces, fb.places) || meets(fa.broadPlaces, fb.broadPlaces);
}

/**
 * Each figure names only provinces or cities, in no common governorate ("at least 15 killed" in
 * a story on Aleppo and "6 killed" in one on Idlib, both at schools): two incidents.
 */
function apartProvinces(a: Entry, b: Entry): boolean {
  return a.provinces.length > 0 && b.provinces.length > 0 && !meets(a.provinces, b.provinces);
}

/** Each figure names a town or district and none is shared: two incidents. */
function apartTowns(fa: FigureRecord, fb: FigureRecord): boolean {
  return fa.places.length > 0 && fb.places.length > 0 && !meets(fa.places, fb.places);
}

/**
 * Each figure names several towns or districts and each names one the other does not ("rocket
 * shells on al-Hamadaniyeh and Halab al-Jadida" and "on al-Hamadaniyeh and al-Meridian"): the
 * roundups of two days' attacks that share a district, not two reports of one.
 */
function otherRounds(fa: FigureRecord, fb: FigureRecord): boolean {
  return fa.places.length > 1 && fb.places.length > 1 && !within(fa.places, fb.places) && !within(fb.places, fa.places);
}

/** Whether every one of `a` is in `b` (no closure made: see `meets`). */
function within(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length; i++) if (!b.includes(a[i])) return false;
  return true;
}

/**
 * The figures share a town or district only by a name found in the corpus (not a curated place),
 * and each names a province or city, none shared: one common name of two places ("al-Hamediyeh"
 * of Deir Ezzor city and of Idlib's countryside).
 */
function namesakes(fa: FigureRecord, fb: FigureRecord): boolean {
  if (fa.broadPlaces.length === 0 || fb.broadPlaces.length === 0 || meets(fa.broadPlaces, fb.broadPlaces)) return false;
  let shared = false;
  for (const p of fa.places) {
    if (!fb.places.includes(p)) continue;
    if (p.charCodeAt(0) !== 126) return false;
    shared = true;
  }
  return shared;
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

export function figuresConflict(a: Entry, b: Entry): boolean {
  if (a.measure !== b.measure || !valuesDisagree(a, b)) return false;
  if (a.uri === b.uri) {
    const fa = a.figure;
    const fb = b.figure;
    // ("Separately two pro-Turkey militants were killed": another incident)
    if (a.sentence === b.sentence || fa.separate || fb.separate) return false;
    // In one article, a disagreement is between sources ("SANA said 25 ... the Observatory said
    // 21"); one source's different numbers are different incidents or parts of a total.
    if (!a.claim || !b.claim || (a.source === b.source && !restates(a, b))) return false;
    // a part of the article's total ("six more were killed", "four children among the dead"), or
    // parts stated apart that add up to it ("Thirteen civilians were killed ... 9 persons were
    // killed ... killing 4 civilians")
    if (fa.part || fb.part || addsUpTo(a, b) || addsUpTo(b, a) || togetherMake(a, b)) return false;
    if (totalOfSeveral(a, b)) return false;
    // two kinds of incident and none shared ("died in rebel shelling" ... "by barrel bombs
    // dropped from helicopters")
    if (fa.events.length > 0 && fb.events.length > 0 && !meets(fa.events, fb.events)) return false;
    // the tolls of two days ("18 killed yesterday", "10 killed on Wednesday"; "nine others were
    // also injured" after a Wednesday's toll, "12 people were injured on Tuesday")
    if (a.scene !== undefined && b.scene !== undefined && a.scene !== b.scene) return false;
    // ... or a day named weeks before the article's and the article's own ("On Jan. 25 ... killing
    // seven" in a February article, "SANA said five people had been killed")
    if (!a.stock && a.day !== null && b.day !== null && Math.abs(a.day - b.day) > EVENT_WINDOW_DAYS) return false;
    // ... about the same place, when both name one
    const placesA = fa.places.length + fa.broadPlaces.length;
    const placesB = fb.places.length + fb.broadPlaces.length;
    if (placesA > 0 && placesB > 0 && !sharePlace(fa, fb)) return false;
    // two districts or villages of one city, each named: a roundup's two incidents
    if (apartTowns(fa, fb)) return false;
    return notExplained(a, b, true);
  }
  return acrossArticles(a, b);
}

/**
 * Two sentences of one article that state the same figure of another measure are one incident
 * told twice ("Five civilians were killed ... and more than 90 others were wounded" ... "claimed
 * the lives of five citizens and injured 90 others"): their figures of this measure are rival
 * counts of it even from one source.
 */
function restates(a: Entry, b: Entry): boolean {
  return meets(a.companions, b.companions);
}

/**
 * `part` and up to three other exact figures of its article, of its measure, add up to `total`:
 * the parts of a toll stated apart (a roundup's incidents, "three ... while seven were killed" of
 * 10; "injuring 19 ... and 3 ... injuring 7 ... and 43 others" of 72).
 */
function addsUpTo(total: Entry, part: Entry): boolean {
  if (!summable(part) || part.value >= total.value || total.kin.length > MAX_PEERS_SUMMED) return false;
  return sumOf(total.value - part.value, total.kin, total, part, 0, MAX_OTHER_PARTS);
}
/**
 * A figure a total's parts may be summed from: an exact one, or one said to be about its value
 * ("killing about 100 terrorists" in the south and "25 terrorists were killed" in the north of
 * "125 terrorists at least were killed").
 */
function summable(e: Entry): boolean {
  return e.low === e.high || e.figure.qualifier === 'about';
}
/** How many other figures may make up the rest of a total with a part. */
const MAX_OTHER_PARTS = 3;
/**
 * The most figures of one measure an article may have for its parts to be summed: a roundup
 * has dozens; a file of many articles run together has thousands, and the sums, cubic in their
 * number for each pair, kept a 1.9 MB file of the dev articles from its first scan for more than
 * 20 s (a protocol test's wait).
 */
const MAX_PEERS_SUMMED = 48;

/** Whether `left` is the sum of 1 to `count` exact peers from index `from` on, other than `total` and `part`. */
function sumOf(left: number, peers: readonly Entry[], total: Entry, part: Entry, from: number, count: number): boolean {
  for (let i = from; i < peers.length; i++) {
    const p = peers[i];
    if (p === total || p === part || !summable(p) || p.value > left || ownIncident(p, total)) continue;
    if (p.value === left) return true;
    if (count > 1 && sumOf(left - p.value, peers, total, part, i + 1, count - 1)) return true;
  }
  return false;
}

/** `p` tells an incident of a distinctive kind `total` does not name (a convoy's toll beside a city's). */
function ownIncident(p: Entry, total: Entry): boolean {
  for (const e of p.figure.events) if (DISTINCTIVE.has(e) && !total.figure.events.includes(e)) return true;
  return false;
}

/** Exact figures `a` and `b` add up to another figure of their article and measure: two of its parts. */
function togetherMake(a: Entry, b: Entry): boolean {
  if (a.low !== a.high || b.low !== b.high || a.peers.length > MAX_PEERS_SUMMED) return false;
  const sum = a.value + b.value;
  for (const p of a.peers) if (p !== a && p !== b && p.value === sum) return true;
  return false;
}

/**
 * The cheap tests on values first: most candidates agree or are far apart. Overlapping intervals
 * can both be true; reports of one toll differ, but rarely by more than a few times: 5 and 1,102
 * are two quantities.
 */
export function valuesDisagree(a: Entry, b: Entry): boolean {
  if (a.low <= b.high && b.low <= a.high) return false;
  // "killed 58 civilians" beside "at least 82 people including 58 civilians"; "injuring three
  // persons ... in addition to five patients" beside the same sentence in another article
  if ((a.low === a.high && b.mates.includes(a.value)) || (b.low === b.high && a.mates.includes(b.value))) return false;
  // "up to 80 fighters ... adding that another 40" beside "120 fighters"
  if ((a.whole > 0 && b.low <= a.whole && a.whole <= b.high) || (b.whole > 0 && a.low <= b.whole && b.whole <= a.high)) return false;
  const small = Math.min(a.value, b.value);
  return !(small > 0 && Math.max(a.value, b.value) / small > MAX_RATIO);
}

/**
 * Whether figures of one measure whose values disagree, in two different articles, conflict: it
 * reads only what `signature` holds, so it holds for every pair of two figures' signature classes.
 */
export function acrossArticles(a: Entry, b: Entry): boolean {
  if (a.day !== null && b.day !== null) {
    if (Math.abs(a.day - b.day) > (a.stock ? STOCK_WINDOW_DAYS : EVENT_WINDOW_DAYS)) return false;
    // two tolls of two days each sentence names ("on Monday", "on Tuesday"): two incidents
    if (!a.stock && a.scene !== undefined && b.scene !== undefined && a.scene !== b.scene) return false;
    // a toll of a day named after the other article was published ("killed 19 on Saturday" in
    // an article of the 9th; "killed 58" in one of the 5th, which names no day): two incidents
    if (!a.stock && (a.figure.incident !== undefined) !== (b.figure.incident !== undefined) && (a.figure.incident !== undefined ? a.day > b.day : b.day > a.day)) return false;
  } else if (!a.stock) return false;
  if (totalOfSeveral(a, b)) return false;
  // two towns or districts, each named and none shared, are two incidents ("up to 100 killed in
  // Shayrat" and "more than 100 killed in Khan Sheikhoun"), as in one article; so are two that
  // name only provinces, none shared, one uncurated name of two provinces, and two roundups that
  // each name a district the other does not
  if (!a.stock && (apartProvinces(a, b) || apartTowns(a.figure, b.figure) || namesakes(a.figure, b.figure) || otherRounds(a.figure, b.figure))) return false;
  // A garrison's strength or a share is "of a place": the place is enough, even a city.
  if (a.stock ? !sharePlace(a.figure, b.figure) : incidentEvidence(a.figure, b.figure) < 3) return false;
  return notExplained(a, b, false);
}

/**
 * The larger is a total of attacks on several places, the smaller a count of one incident
 * ("Seven people were killed ... in rocket attacks on the neighborhoods of ..." and "a rocket
 * shell ... killing 2"; "air strikes on towns across the country killed at least 32" and "In
 * Jassem ... 16 civilians were killed").
 */
function totalOfSeveral(a: Entry, b: Entry): boolean {
  return a.value > b.value ? a.figure.spread && !b.figure.spread : b.value > a.value && b.figure.spread && !a.figure.spread;
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
export function signature(e: Entry): string {
  const f = e.figure;
  return `${e.low}|${e.high}|${e.value}|${e.day}|${f.incident !== undefined}|${e.update}|${f.places.join(',')}|${f.broadPlaces.join(',')}|${f.events.join(',')}|${f.groups.join(',')}|${e.mates.join(',')}|${e.whole}|${f.spread}|${e.scene}`;
}

/** Whether `x` was stated after `y`: further down one article, or in an article dated no earlier. */
function later(x: Entry, y: Entry, sameArticle: boolean): boolean {
  return sameArticle ? x.start > y.start : x.day !== null && y.day !== null && x.day >= y.day;
}

/** Two records of one figure, wherever each is in the text. */
export function sameExceptOffsets(a: FigureRecord, b: FigureRecord): boolean {
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

export const byLocation = (a: Entry, b: Entry): number => (a.uri === b.uri ? a.start - b.start : a.uri < b.uri ? -1 : 1);
const rank = (e: Entry): number => (e.day === null ? -Infinity : e.day);
export const byDay = (a: Entry, b: Entry): number => (a.day === b.day ? 0 : rank(a) < rank(b) ? -1 : 1);

/** Keeps a bucket ordered by day (undated first) so a window of days is a slice. */
export function insertByDay(list: Entry[], entry: Entry): void {
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
export function forEachDated(list: readonly Entry[], entry: Entry, visit: (other: Entry) => void): void {
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
