/**
 * Discovered names: unknown capitalised spellings share a bucket keyed by their consonant
 * skeleton, and a bucket is cut into clusters of spellings close under transliteration; each
 * cluster of two or more credible spellings is a discovered scope with its own state.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { lexiconFlags, ORG_HEAD } from '../knowledge/lexicon';
import { endsInS, isOrthographicVariant, sameLetters, spellingDistance } from '../names/translit';
import type { Occurrences } from './occurrences';
import { byMajority, exampleSources, finishState, MAX_SPELLINGS_IN_RELATED, type Relation, type ScopeState } from './scopeState';

export interface CandidateStat {
  spelling: string;
  loose: string;
  /** Occurrences read as a person's name (after a title, or with a given name first). */
  persons: number;
  /** Occurrences read as a place's name (after "in", "the town of"; before "village"). */
  places: number;
  count: number;
  wholeCount: number;
  /** Occurrences per governorate they are placed in (regions.ts). */
  regions: Map<string, number>;
  docs: Occurrences;
}

/** What clustering needs besides a bucket: the names' knowledge, the configured forms, the corpus's words and names. */
export interface ClusterContext {
  knowledge: Knowledge;
  preferred: readonly string[];
  /** Whether the corpus writes the word (given in lower case) in lower case somewhere. */
  lowerWord: (word: string) => boolean;
  /**
   * Whether the corpus writes the name (a loose form of one word) as the last name after a given
   * name somewhere.
   */
  surname: (loose: string) => boolean;
  /** Whether the corpus writes the spelling as a name candidate somewhere. */
  written: (spelling: string) => boolean;
}

/** A bucket cut into clusters: each clustered spelling's cluster id, and each cluster's state. */
export function clustersOf(bucket: Map<string, CandidateStat>, sk: string, cx: ClusterContext): { members: Map<string, string>; states: Map<string, ScopeState> } {
  const members = new Map<string, string>();
  const states = new Map<string, ScopeState>();
  const stats = [...bucket.values()].filter((s) => eligible(s, cx)).sort(byWellFormedMajority);
  const clusters: CandidateStat[][] = [];
  for (const s of stats) {
    const home = clusters.find((c) => isPerson(c[0]) === isPerson(s) && sameDiscoveredName(c[0], s, sk, cx.knowledge));
    if (home) home.push(s);
    else clusters.push([s]);
  }
  for (const cluster of clusters) {
    if (cluster.length < 2 || !credible(cluster)) continue;
    const id = clusterId(sk, cluster[0].spelling);
    const canonical = preferredInCluster(cluster, cx.preferred) ?? cluster[0].spelling;
    const relations = new Map<string, Relation>();
    // A surname alone is styled with or without its article (Barazi, al-Barazi), as the curated
    // surnames are: only letters count. (Not a place that a name ends in: Tariq al-Bab, al-Bab.)
    const surname = cluster.some((s) => !s.loose.includes(' ') && cx.surname(s.loose)) && placeShare(cluster) * 4 < 1;
    for (const s of cluster) {
      members.set(s.spelling, id);
      const orthographic = isOrthographicVariant(s.spelling, canonical);
      relations.set(s.spelling, s.spelling === canonical || (orthographic && surname) ? 'same' : orthographic ? 'orthographic' : 'transliteration');
    }
    const examples = exampleSources(cluster.slice(0, MAX_SPELLINGS_IN_RELATED), canonical);
    const kind = isPerson(cluster[0]) ? 'person' : cluster.some((s) => endsInOrganisationHead(s.spelling)) ? 'organisation' : placeShare(cluster) * 2 >= 1 ? 'place' : undefined;
    states.set(id, finishState(id, null, canonical, -99, relations, examples, kind));
  }
  return { members, states };
}

/** A cluster's id: its bucket's skeleton and its first spelling, "~sk:Spelling". */
function clusterId(sk: string, spelling: string): string {
  return `~${sk}:${spelling}`;
}

/**
 * What figures name a discovered place by (figures.ts: "~" and its skeleton), from its cluster's id:
 * the figures stated about it, whichever of its spellings they were stated with.
 */
export function placeKeyOfCluster(id: string): string {
  return id.slice(0, id.indexOf(':'));
}

/**
 * Two unknown spellings of one name. Not if the corpus places them in different governorates
 * (Salihiya in Damascus, Salihiah in Hasakeh), unless they differ only in case, hyphens and
 * spaces (Al Bab and al-Bab, Jisr al Shughour and Jisr al-Shughour: a place named twice in one
 * set of letters, placed apart by the other places its sentences name). Spellings that differ
 * only in case, hyphens and articles, or in doubled letters and vowel digraphs (one loose form:
 * Raqa and Raqqa, Duma and Douma), are one name. Beyond that, a person's name is not merged
 * (Khaled Omar and Khaled Amer are two men), and a short single word (four letters or fewer:
 * Burj, Marj, Sahl, Hajj) is more likely a common Arabic word in two different names than one
 * name spelt two ways.
 */
function sameDiscoveredName(a: CandidateStat, b: CandidateStat, sk: string, knowledge: Knowledge): boolean {
  if (!knowledge.sameName(a.loose, b.loose, sk)) return false;
  if (!sameLetters(a.spelling, b.spelling) && differentRegions(a, b)) return false;
  if (isOrthographicVariant(a.spelling, b.spelling) || a.loose === b.loose) return true;
  // (a long name one cheap vowel apart is one man's: Zakaria Malahifji and Zakaria Malahefji)
  if (isPerson(a)) return sk.length >= 7 && spellingDistance(a.loose, b.loose) <= 0.3;
  const short = (x: CandidateStat): boolean => !x.loose.includes(' ') && x.loose.length < 5;
  return !short(a) && !short(b);
}

/** The share of a cluster's occurrences read as a place's name, its spellings counted together. */
function placeShare(cluster: readonly CandidateStat[]): number {
  let places = 0;
  let count = 0;
  for (const s of cluster) {
    places += s.places;
    count += s.count;
  }
  return count > 0 ? places / count : 1;
}

/** A name that ends in a capitalised organisation head (Shaam News Network, Liwa al-Fatah Brigade). */
function endsInOrganisationHead(spelling: string): boolean {
  const last = spelling.slice(spelling.lastIndexOf(' ') + 1);
  return last.length > 1 && last[0] !== last[0].toLowerCase() && (lexiconFlags(last.toLowerCase()) & ORG_HEAD) !== 0;
}

/** By majority, a spelling with a slip in it last: the first of a cluster is its canonical spelling. */
function byWellFormedMajority(a: CandidateStat, b: CandidateStat): number {
  return Number(MALFORMED.test(a.spelling)) - Number(MALFORMED.test(b.spelling)) || byMajority(a, b);
}

/** A hyphen with a space beside it (al- Aziziyeh): a slip, never the name's spelling of choice. */
const MALFORMED = /\s-|-\s/;

/**
 * A spelling read as a person's name in half its occurrences or more: a count over the corpus, so
 * that the clusters do not depend on which article was read first.
 */
function isPerson(s: CandidateStat): boolean {
  return s.persons * 2 >= s.count;
}

/**
 * A single-word name also written in lower case in the corpus is an ordinary word; a spelling
 * ending in s whose stem the corpus writes as a name is that name's possessive, in copy that lost
 * its apostrophes (al-Qaedas in one article, al-Qaeda in others): what `withoutGluedPossessives`
 * drops within an article, across the corpus.
 */
function eligible(s: CandidateStat, cx: ClusterContext): boolean {
  if (!s.loose.includes(' ') && cx.lowerWord(s.spelling.toLowerCase())) return false;
  return !(endsInS(s.spelling) && cx.written(s.spelling.slice(0, -1)));
}

/** Two or more spellings of which at least two stand as whole names somewhere. */
function credible(cluster: CandidateStat[]): boolean {
  return cluster.filter((s) => s.wholeCount > 0).length >= 2;
}

function preferredInCluster(cluster: CandidateStat[], preferred: readonly string[]): string | undefined {
  for (const p of preferred) {
    const hit = cluster.find((s) => s.spelling === p) ?? cluster.find((s) => s.spelling.toLowerCase() === p.toLowerCase());
    if (hit) return p;
  }
  return undefined;
}

/** The governorate most of a spelling's placed occurrences are in, if two thirds are. */
function mainRegion(s: CandidateStat): string | undefined {
  let total = 0;
  let best: [string, number] | undefined;
  for (const [r, n] of s.regions) {
    total += n;
    if (!best || n > best[1] || (n === best[1] && r < best[0])) best = [r, n];
  }
  return best && best[1] * 3 >= total * 2 ? best[0] : undefined;
}

function differentRegions(a: CandidateStat, b: CandidateStat): boolean {
  const ra = mainRegion(a);
  const rb = mainRegion(b);
  return ra !== undefined && rb !== undefined && ra !== rb;
}
