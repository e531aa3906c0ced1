/**
 * The corpus-wide index of entity spellings, updated one article at a time.
 *
 * Mentions of a curated entity count in its scope (the entity, or its surname written alone).
 * Unknown capitalised names count in a bucket keyed by their consonant skeleton; a bucket is cut
 * into clusters of spellings close under transliteration, and each cluster of two or more
 * spellings is a discovered scope. Every scope has a public state — canonical spelling, how each
 * other spelling relates to it, and example locations — and an article's variant findings depend
 * only on its own summary and the states of the scopes it mentions. An update therefore returns
 * the articles whose findings may change: the edited one, plus those sharing a scope whose state
 * changed.
 */
import type { CorpusLintConfig } from '../config/config';
import type { Entity } from '../knowledge/entities';
import type { Knowledge } from '../knowledge/knowledge';
import { isGivenName } from '../knowledge/lexicon';
import { looseNameOf } from '../names/translit';
import type { DocumentSummary, NameCandidate } from '../analysis/summary';
import { clustersOf, type CandidateStat } from './clusters';
import { contributionOf, forEachKey, sameCounts, sameFirsts, sameRegions, sameReadings, sortedDifference, type BucketContribution, type Contribution } from './contribution';
import { Occurrences, type Occurrence, type RingInterval } from './occurrences';
import { enter, leave, touchesOf, windowsHolding, type RingTouch } from './ringTouches';
import { firstLocation, scopeStateOf, type Scope, type ScopeState } from './scopeState';

/** An article's first mention of a spelling moved (its counts stayed): in a scope, or in a bucket of candidates. */
interface PendingMove {
  bucket: boolean;
  key: string;
  spelling: string;
  uri: string;
  /** The index's `version` when it last moved. */
  at: number;
}

/** A spelling with findings in a scope, and its articles (caps: written in capitals, no spelling counted). */
interface FlaggedSpelling {
  spelling: string | null;
  docs: Occurrences;
}

/** What the caps index holds per article: only that it mentions the scope. */
const CAPS_OCCURRENCE: Occurrence = { count: 0, first: 0, firstEnd: 0 };

/** A spelling of a scope: how often it is written, and where first in each article that writes it. */
export interface ScopeSpelling {
  spelling: string;
  count: number;
  /** The articles, by URI, with the offset of the spelling's first mention in each. */
  docs: { uri: string; first: number }[];
}

function firstsOf(docs: Occurrences): ScopeSpelling['docs'] {
  return [...docs.keys()].map((uri) => ({ uri, first: docs.get(uri)!.first })).sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

export class EntityIndex {
  private readonly scopes = new Map<string, Scope>();
  /** Per scope, the articles that mention it in capitals (headings, datelines): not counted. */
  private readonly capsDocs = new Map<string, Occurrences>();
  private readonly buckets = new Map<string, Map<string, CandidateStat>>();
  /**
   * The summary each article's contribution was computed from: the contribution is derived again
   * when the article changes (a few microseconds) instead of being kept (its maps were a quarter
   * of a large corpus's memory). The linter holds the same summaries, so this costs nothing.
   */
  private readonly applied = new Map<string, DocumentSummary>();
  /** The contribution of the summary applied last: an article being typed in is its next `before`. */
  private last: { summary: DocumentSummary; contribution: Contribution } | null = null;
  private readonly states = new Map<string, ScopeState>();
  /** Discovered clusters: bucket skeleton -> spelling -> cluster scope id. */
  private readonly clusterOf = new Map<string, Map<string, string>>();
  private readonly clusterStates = new Map<string, ScopeState>();
  private readonly bucketSignatures = new Map<string, string>();
  /** Ring changes since the last refresh, per scope and per bucket. */
  private readonly scopeTouches = new Map<string, RingTouch[]>();
  private readonly bucketTouches = new Map<string, RingTouch[]>();
  /**
   * First mentions that moved (an edit shifted text before them) in scopes and buckets whose
   * states stand: the articles whose related locations show them are found when asked for
   * (`takeMoved`), when the user pauses, not at every keystroke (each was four searches of a
   * ring of long URIs and a walk of the windows found: ~40% of the index's time a keystroke).
   */
  private readonly pendingMoves = new Map<string, PendingMove>();
  private applies = 0;
  private readonly dirtyScopes = new Set<string>();
  /** Buckets whose counts changed: re-clustered at refresh (one whose first mentions only moved stands). */
  private readonly dirtyBuckets = new Set<string>();
  /** Lower-case word counts across the corpus: a name that is also written lower-case is a word. */
  private readonly lowerWordDocs = new Map<string, number>();
  /** Single-word candidate spellings (lower-cased) -> the buckets they are in. */
  private readonly singleWordBuckets = new Map<string, Set<string>>();
  /**
   * Last names of the names the corpus writes after a given name ("Talal Barazi", "Bashar
   * al-Assad"), by their loose form, with how many such spellings end in each: a discovered name
   * of one word that is one of these is a surname (clusters.ts).
   */
  private readonly surnames = new Map<string, number>();

  constructor(
    private readonly knowledge: Knowledge,
    private config: CorpusLintConfig,
  ) {}

  setConfig(config: CorpusLintConfig): void {
    this.config = config;
    for (const id of this.scopes.keys()) this.dirtyScopes.add(id);
    for (const sk of this.buckets.keys()) {
      this.dirtyBuckets.add(sk);
    }
  }

  /** Replaces an article's contribution (null removes it). Returns the URIs whose findings may change. */
  update(uri: string, summary: DocumentSummary | null): Set<string> {
    this.apply(uri, summary);
    const affected = this.refresh();
    affected.add(uri);
    return affected;
  }

  /** Counts the articles' contributions replaced: what a caller compares a moved mention's time with (`takeMoved`). */
  get version(): number {
    return this.applies;
  }

  /** Replaces an article's contribution without recomputing the scopes (call refresh() after a batch). */
  apply(uri: string, summary: DocumentSummary | null): void {
    this.applies++;
    const previous = this.applied.get(uri);
    const before = previous ? (this.last?.summary === previous ? this.last.contribution : contributionOf(previous)) : undefined;
    const after = summary ? contributionOf(summary) : null;
    this.last = summary && after ? { summary, contribution: after } : null;
    this.applyLowerWords(previous?.lowerWords ?? [], summary?.lowerWords ?? []);
    this.applyScopes(uri, before?.scopes, after?.scopes);
    this.applyCaps(uri, before?.caps, after?.caps);
    this.applyBuckets(uri, before?.buckets, after?.buckets);
    if (summary) this.applied.set(uri, summary);
    else this.applied.delete(uri);
  }

  /** Recomputes every dirty scope; returns the articles of scopes whose public state changed. */
  refresh(): Set<string> {
    const affected = new Set<string>();
    for (const id of this.dirtyScopes) {
      const scope = this.scopes.get(id);
      const old = this.states.get(id);
      const next = scope ? scopeStateOf(scope, scope.entityId ? this.knowledge.entities.get(scope.entityId) : undefined, this.config) : undefined;
      if (next) this.states.set(id, next);
      else this.states.delete(id);
      if (scope && old && next && old.shared === next.shared) {
        // A spelling entered or left the scope (a typo in one article): only the articles whose
        // spellings changed relation see a difference, and they are usually that article alone.
        if (old.signature !== next.signature) {
          for (const [spelling, relation] of next.relations) {
            if (old.relations.get(spelling) !== relation) for (const u of scope.spellings.get(spelling)?.docs.keys() ?? []) affected.add(u);
          }
        }
        const touches = this.scopeTouches.get(id);
        if (touches) this.resolveTouches(touches, next, this.flaggedInScope(scope, next), affected);
      } else if ((old?.signature ?? '') !== (next?.signature ?? '') && scope) {
        // With the same canonical name only the example spellings changed: articles that use
        // the canonical spelling alone have no finding in the scope and nothing to show.
        const sameName = old && next && old.canonical === next.canonical && old.canonicalName === next.canonicalName;
        for (const s of scope.spellings.values()) {
          if (sameName && old.relations.get(s.spelling) === 'same' && next.relations.get(s.spelling) === 'same') continue;
          for (const u of s.docs.keys()) affected.add(u);
        }
        for (const u of this.capsDocs.get(id)?.keys() ?? []) affected.add(u);
      }
      if (scope && scope.spellings.size === 0) this.scopes.delete(id);
    }
    this.dirtyScopes.clear();
    this.scopeTouches.clear();
    for (const sk of this.dirtyBuckets) {
      const bucket = this.buckets.get(sk);
      const before = this.clusterView(sk);
      if (this.recluster(sk)) {
        // The articles with a finding, before or after, in a cluster that changed: the others use
        // no spelling of one, only its canonical one, or one of a cluster that stayed as it was
        // (a bucket holds the clusters of several names: Shaar, Shaer, Sharia...).
        const after = this.clusterView(sk);
        for (const spelling of new Set([...before.keys(), ...after.keys()])) {
          const was = before.get(spelling);
          const is = after.get(spelling);
          if (was?.state === is?.state || !(was?.flagged || is?.flagged)) continue;
          for (const u of bucket?.get(spelling)?.docs.keys() ?? []) affected.add(u);
        }
      }
      // articles entering or leaving the example windows of the clusters (a changed one's are all in)
      const members = this.clusterOf.get(sk);
      const touches = this.bucketTouches.get(sk);
      if (!bucket || !members || !touches) continue;
      for (const id of new Set(members.values())) this.resolveTouches(touches, this.clusterStates.get(id) as ScopeState, this.flaggedInCluster(bucket, members, id), affected);
    }
    this.dirtyBuckets.clear();
    this.bucketTouches.clear();
    return affected;
  }

  /** The spellings of a scope with findings in its articles (all but the canonical), and its capitals. */
  private flaggedInScope(scope: Scope, state: ScopeState): FlaggedSpelling[] {
    const flagged: FlaggedSpelling[] = [...scope.spellings.values()].filter((x) => state.relations.get(x.spelling) !== 'same');
    const caps = this.capsDocs.get(scope.id);
    if (caps) flagged.push({ spelling: null, docs: caps });
    return flagged;
  }

  /** The spellings of a discovered cluster with findings in their articles (all but its canonical one). */
  private flaggedInCluster(bucket: Map<string, CandidateStat>, members: Map<string, string>, id: string): FlaggedSpelling[] {
    const state = this.clusterStates.get(id) as ScopeState;
    return [...bucket.values()].filter((x) => members.get(x.spelling) === id && state.relations.get(x.spelling) !== 'same');
  }

  /** Each clustered spelling of a bucket: its cluster and the cluster's state, and whether it is flagged. */
  private clusterView(sk: string): Map<string, { state: string; flagged: boolean }> {
    const out = new Map<string, { state: string; flagged: boolean }>();
    for (const [spelling, id] of this.clusterOf.get(sk) ?? []) {
      const state = this.clusterStates.get(id);
      out.set(spelling, { state: `${id}\n${state?.signature}`, flagged: state?.relations.get(spelling) !== 'same' });
    }
    return out;
  }

  /**
   * The articles with a finding in a scope (`flagged` spellings) whose example windows hold a
   * touched article, added to `into`: affected when an article entered or left an example
   * spelling, moved when only its first mention moved (`takeMoved`).
   */
  private resolveTouches(touches: readonly RingTouch[], state: ScopeState, flagged: readonly FlaggedSpelling[], into: Set<string>): void {
    for (const touch of touches) {
      const example = state.examples.find((e) => e.spelling === touch.spelling);
      if (!example) continue;
      const shown = touch.intervals.get(example.limit) as RingInterval;
      const spare = touch.intervals.get(example.limit + 1) as RingInterval;
      for (const { spelling, docs } of flagged) {
        // a finding lists other spellings' examples, never its own spelling's
        if (spelling === touch.spelling) continue;
        for (const u of docs.within(shown)) into.add(u);
        // An article's related locations skip its own mention when it is the finding itself and
        // show the next one (see relatedFor): only an article that writes the example spelling.
        for (const u of docs.within(spare)) if (example.docs.has(u)) into.add(u);
      }
    }
  }

  /** Whether first mentions moved since the last `takeMoved()`. */
  hasMoved(): boolean {
    return this.pendingMoves.size > 0;
  }

  /**
   * The articles whose related locations moved since the last call, their findings unchanged:
   * those whose example windows hold, now, an article whose first mention of the spelling moved.
   * Windows that changed meanwhile (an article entered or left the spelling) made the articles
   * they changed for affected then. `publishedAt`: the `version` at which articles were last
   * affected (published with their locations as they were then); one affected since a mention
   * last moved shows it where it is (the edited article's own examples).
   */
  takeMoved(publishedAt?: ReadonlyMap<string, number>): Set<string> {
    const out = new Set<string>();
    const reached = new Set<string>();
    for (const { bucket, key, spelling, uri, at } of this.pendingMoves.values()) {
      if (bucket) this.resolveBucketMove(key, spelling, uri, reached);
      else this.resolveScopeMove(key, spelling, uri, reached);
      for (const u of reached) if ((publishedAt?.get(u) ?? -1) < at) out.add(u);
      reached.clear();
    }
    this.pendingMoves.clear();
    return out;
  }

  private noteMove(bucket: boolean, key: string, spelling: string, uri: string): void {
    const id = `${bucket ? 'b' : 's'}\n${key}\n${spelling}\n${uri}`;
    const known = this.pendingMoves.get(id);
    if (known) known.at = this.applies;
    else this.pendingMoves.set(id, { bucket, key, spelling, uri, at: this.applies });
  }

  private resolveScopeMove(id: string, spelling: string, uri: string, into: Set<string>): void {
    const scope = this.scopes.get(id);
    const state = this.states.get(id);
    const docs = scope?.spellings.get(spelling)?.docs;
    // gone, or no longer there: its leaving made the articles that showed it affected
    if (!scope || !state || !docs?.has(uri)) return;
    this.resolveTouches([{ spelling, intervals: windowsHolding(docs, uri) }], state, this.flaggedInScope(scope, state), into);
  }

  private resolveBucketMove(sk: string, spelling: string, uri: string, into: Set<string>): void {
    const bucket = this.buckets.get(sk);
    const members = this.clusterOf.get(sk);
    const docs = bucket?.get(spelling)?.docs;
    if (!bucket || !members || !docs?.has(uri)) return;
    const touches = [{ spelling, intervals: windowsHolding(docs, uri) }];
    for (const id of new Set(members.values())) this.resolveTouches(touches, this.clusterStates.get(id) as ScopeState, this.flaggedInCluster(bucket, members, id), into);
  }

  /** The state of a curated scope or of a discovered cluster (the hover asks for either). */
  stateOfScope(scopeId: string): ScopeState | undefined {
    return this.states.get(scopeId) ?? this.clusterStates.get(scopeId);
  }

  /** The discovered cluster a name candidate belongs to, if its spelling is a variant group member. */
  clusterStateOf(candidate: NameCandidate): ScopeState | undefined {
    const id = this.clusterOf.get(candidate.skeleton)?.get(candidate.spelling);
    return id ? this.clusterStates.get(id) : undefined;
  }

  /** Spellings seen for a scope, with counts and the articles that use them (for hovers). */
  spellingsOf(scopeId: string): ScopeSpelling[] {
    const scope = this.scopes.get(scopeId);
    if (scope) {
      return [...scope.spellings.values()]
        .map((s) => ({ spelling: s.spelling, count: s.count, docs: firstsOf(s.docs) }))
        .sort((a, b) => b.count - a.count || a.spelling.localeCompare(b.spelling));
    }
    const state = this.clusterStates.get(scopeId);
    if (!state) return [];
    const out: ScopeSpelling[] = [];
    for (const [sk, members] of this.clusterOf) {
      for (const [spelling, id] of members) {
        if (id !== scopeId) continue;
        const stat = this.buckets.get(sk)?.get(spelling);
        if (stat) out.push({ spelling, count: stat.count, docs: firstsOf(stat.docs) });
      }
    }
    return out.sort((a, b) => b.count - a.count || a.spelling.localeCompare(b.spelling));
  }

  /** Every location of every spelling of a scope: the articles' first mentions are not enough here. */
  docsOfScope(scopeId: string): string[] {
    const scope = this.scopes.get(scopeId);
    const docs = new Set<string>();
    if (scope) for (const s of scope.spellings.values()) for (const u of s.docs.keys()) docs.add(u);
    for (const [sk, members] of this.clusterOf) {
      for (const [spelling, id] of members) {
        if (id !== scopeId) continue;
        const stat = this.buckets.get(sk)?.get(spelling);
        if (stat) for (const u of stat.docs.keys()) docs.add(u);
      }
    }
    return [...docs].sort();
  }

  /** Entities whose spellings contain the query (workspace symbol search). */
  scopesMatching(query: string, limit: number): { id: string; entityId: string | null; canonical: string; mentions: number; first: { uri: string; start: number; end: number } }[] {
    const out: { id: string; entityId: string | null; canonical: string; mentions: number; first: { uri: string; start: number; end: number } }[] = [];
    const q = query.toLowerCase();
    for (const scope of this.scopes.values()) {
      const state = this.states.get(scope.id);
      if (!state) continue;
      const spellings = [...scope.spellings.values()];
      if (q && !spellings.some((x) => x.spelling.toLowerCase().includes(q)) && !state.canonical.toLowerCase().includes(q)) continue;
      const canonicalStat = scope.spellings.get(state.canonical) ?? spellings[0];
      const first = firstLocation(canonicalStat.docs);
      if (!first) continue;
      out.push({ id: scope.id, entityId: scope.entityId, canonical: state.canonical, mentions: spellings.reduce((n, x) => n + x.count, 0), first });
      if (out.length >= limit) return out;
    }
    for (const state of this.clusterStates.values()) {
      if (q && ![...state.relations.keys()].some((x) => x.toLowerCase().includes(q))) continue;
      const first = state.examples[0] ? firstLocation(state.examples[0].docs) : null;
      if (!first) continue;
      out.push({ id: state.id, entityId: null, canonical: state.canonical, mentions: this.spellingsOf(state.id).reduce((n, x) => n + x.count, 0), first });
      if (out.length >= limit) break;
    }
    return out;
  }

  entity(entityId: string): Entity | undefined {
    return this.knowledge.entities.get(entityId);
  }

  // ---- updates -------------------------------------------------------------------------------

  private applyLowerWords(old: readonly string[], next: readonly string[]): void {
    // Only the words whose "seen in lower case somewhere" status flips can change a bucket.
    const flipped: string[] = [];
    const { removed, added } = sortedDifference(old, next);
    for (const w of removed) {
      const n = (this.lowerWordDocs.get(w) ?? 1) - 1;
      if (n <= 0) {
        this.lowerWordDocs.delete(w);
        flipped.push(w);
      } else this.lowerWordDocs.set(w, n);
    }
    for (const w of added) {
      const n = (this.lowerWordDocs.get(w) ?? 0) + 1;
      this.lowerWordDocs.set(w, n);
      if (n === 1) flipped.push(w);
    }
    for (const w of flipped) {
      for (const sk of this.singleWordBuckets.get(w) ?? []) {
        this.dirtyBuckets.add(sk);
      }
    }
  }

  private applyScopes(uri: string, before: Contribution['scopes'] | undefined, after: Contribution['scopes'] | undefined): void {
    forEachKey(before, after, (id, b, a) => {
      // the same spellings as often: unchanged, or only the article's first mentions moved
      const counted = sameCounts(b, a);
      if (counted && sameFirsts(b, a)) return;
      // with its state (not a cold load) the scope stands: its examples moved
      const tracked = this.states.has(id);
      const moved = counted && tracked;
      let scope = this.scopes.get(id);
      if (!scope) {
        const entityId = id.endsWith('#surname') ? id.slice(0, -'#surname'.length) : id;
        scope = { id, entityId, surname: id.endsWith('#surname'), spellings: new Map() };
        this.scopes.set(id, scope);
      }
      // a scope without a state yet (a cold load) has every article affected anyway: no ring touches
      const touches = tracked && !moved ? touchesOf(this.scopeTouches, id) : undefined;
      for (const [spelling, occ] of b ?? []) {
        const stat = scope.spellings.get(spelling);
        if (!stat) continue;
        stat.count -= occ.count;
        // a spelling the article still uses is replaced below
        if (a?.has(spelling)) continue;
        leave(stat.docs, uri, spelling, touches);
        if (stat.docs.size === 0) scope.spellings.delete(spelling);
      }
      for (const [spelling, occ] of a ?? []) {
        let stat = scope.spellings.get(spelling);
        if (!stat) {
          stat = { spelling, nameIndex: occ.nameIndex, role: occ.role, count: 0, docs: new Occurrences() };
          scope.spellings.set(spelling, stat);
        }
        stat.count += occ.count;
        if (enter(stat.docs, uri, spelling, occ, touches) && tracked) this.noteMove(false, id, spelling, uri);
      }
      if (!moved) this.dirtyScopes.add(id);
    });
  }

  private applyCaps(uri: string, before: Contribution['caps'] | undefined, after: Contribution['caps'] | undefined): void {
    for (const id of before ?? []) {
      if (after?.has(id)) continue;
      const docs = this.capsDocs.get(id);
      docs?.delete(uri);
      if (docs?.size === 0) this.capsDocs.delete(id);
    }
    for (const id of after ?? []) {
      let docs = this.capsDocs.get(id);
      if (!docs) this.capsDocs.set(id, (docs = new Occurrences()));
      docs.set(uri, CAPS_OCCURRENCE);
    }
  }

  private applyBuckets(uri: string, before: Contribution['buckets'] | undefined, after: Contribution['buckets'] | undefined): void {
    forEachKey(before, after, (sk, b, a) => this.applyBucket(uri, sk, b, a));
  }

  private applyBucket(uri: string, sk: string, b: BucketContribution | undefined, a: BucketContribution | undefined): void {
    const counted = sameCounts(b, a) && sameReadings(b, a) && sameRegions(b, a);
    if (counted && sameFirsts(b, a)) return;
    let bucket = this.buckets.get(sk);
    if (!bucket) this.buckets.set(sk, (bucket = new Map()));
    const tracked = this.clusterOf.has(sk);
    const touches = tracked && !counted ? touchesOf(this.bucketTouches, sk) : undefined;
    for (const [spelling, occ] of b ?? []) {
      const stat = bucket.get(spelling);
      if (!stat) continue;
      stat.count -= occ.count;
      stat.wholeCount -= occ.whole;
      stat.persons -= occ.persons;
      stat.places -= occ.places;
      for (const [r, n] of occ.regions) {
        const left = (stat.regions.get(r) ?? 0) - n;
        if (left > 0) stat.regions.set(r, left);
        else stat.regions.delete(r);
      }
      if (a?.has(spelling)) continue;
      leave(stat.docs, uri, spelling, touches);
      if (stat.docs.size === 0) {
        bucket.delete(spelling);
        if (!stat.loose.includes(' ')) this.singleWordBuckets.get(spelling.toLowerCase())?.delete(sk);
        this.possessiveMayChange(spelling);
        this.surnameMayChange(spelling, stat.loose, -1);
      }
    }
    for (const [spelling, occ] of a ?? []) {
      let stat = bucket.get(spelling);
      if (!stat) {
        bucket.set(spelling, (stat = { spelling, loose: occ.loose, persons: 0, places: 0, count: 0, wholeCount: 0, regions: new Map(), docs: new Occurrences() }));
        if (!occ.loose.includes(' ')) {
          const lower = spelling.toLowerCase();
          let set = this.singleWordBuckets.get(lower);
          if (!set) this.singleWordBuckets.set(lower, (set = new Set()));
          set.add(sk);
        }
        this.possessiveMayChange(spelling);
        this.surnameMayChange(spelling, occ.loose, 1);
      }
      stat.count += occ.count;
      stat.wholeCount += occ.whole;
      stat.persons += occ.persons;
      stat.places += occ.places;
      for (const [r, n] of occ.regions) stat.regions.set(r, (stat.regions.get(r) ?? 0) + n);
      if (enter(stat.docs, uri, spelling, occ, touches) && tracked) this.noteMove(true, sk, spelling, uri);
    }
    if (bucket.size === 0) this.buckets.delete(sk);
    // only first mentions moved: the clusters stand, their moved examples are resolved later
    if (counted) return;
    this.dirtyBuckets.add(sk);
  }

  /** A spelling entered or left the corpus: the bucket of its glued possessive, if written, is cut again (clusters.ts). */
  private possessiveMayChange(spelling: string): void {
    const possessive = spelling + 's';
    const sk = looseNameOf(possessive).skeleton;
    if (this.buckets.get(sk)?.has(possessive)) this.dirtyBuckets.add(sk);
  }

  /**
   * A name led by a given name entered (+1) or left (-1) the corpus: when its last name is first
   * or no longer read as a surname, that name's bucket is cut again.
   */
  private surnameMayChange(spelling: string, loose: string, delta: 1 | -1): void {
    const space = loose.lastIndexOf(' ');
    if (space < 0 || !isGivenName(spelling.slice(0, spelling.search(/[\s-]|$/)).toLowerCase())) return;
    const last = loose.slice(space + 1);
    const n = (this.surnames.get(last) ?? 0) + delta;
    if (n > 0) this.surnames.set(last, n);
    else this.surnames.delete(last);
    if (n === 0 || (n === 1 && delta === 1)) this.dirtyBuckets.add(looseNameOf(last).skeleton);
  }

  /** Whether the corpus writes the spelling as a name candidate. */
  private written(spelling: string): boolean {
    return this.buckets.get(looseNameOf(spelling).skeleton)?.has(spelling) === true;
  }

  // ---- discovered clusters -------------------------------------------------------------------

  /** Cuts a bucket into clusters; true when its clusters' public states changed. */
  private recluster(sk: string): boolean {
    const bucket = this.buckets.get(sk);
    const oldIds = new Set(this.clusterOf.get(sk)?.values() ?? []);
    const { members, states: newStates } =
      bucket && bucket.size >= 2
        ? clustersOf(bucket, sk, { knowledge: this.knowledge, preferred: this.config.preferred, lowerWord: (w) => this.lowerWordDocs.has(w), written: (x) => this.written(x), surname: (x) => this.surnames.has(x) })
        : { members: new Map<string, string>(), states: new Map<string, ScopeState>() };
    for (const id of oldIds) this.clusterStates.delete(id);
    for (const [id, st] of newStates) this.clusterStates.set(id, st);
    if (members.size > 0) this.clusterOf.set(sk, members);
    else this.clusterOf.delete(sk);
    const states = [...newStates.values()];
    const signature = [...members.entries()].sort().join(';') + '|' + states.map((x) => x.signature).sort().join('|');
    // '|' (no cluster) is not stored: a bucket that has none and still has none has not changed
    const changed = (this.bucketSignatures.get(sk) ?? '|') !== signature;
    if (signature === '|') this.bucketSignatures.delete(sk);
    else this.bucketSignatures.set(sk, signature);
    return changed;
  }
}
