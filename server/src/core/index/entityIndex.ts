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
import type { Entity, FormRole } from '../knowledge/entities';
import type { Knowledge } from '../knowledge/knowledge';
import { isOrthographicVariant } from '../names/translit';
import type { DocumentSummary, NameCandidate } from '../analysis/summary';
import type { SpellingRelation } from '../types';
import { Occurrences, type Occurrence, type RingInterval } from './occurrences';

export type Relation = 'same' | SpellingRelation | 'acronym' | 'expansion';

/**
 * A spelling whose articles give example locations, at most `limit` per finding: each article's
 * own are the ones that follow it on the spelling's ring (occurrences.ts).
 */
export interface ExampleSource {
  spelling: string;
  docs: Occurrences;
  limit: number;
}

/** An article entered or left a spelling: the windows holding it change. */
interface RingTouch {
  spelling: string;
  /** The articles whose windows hold the touched one, for each window size (limit + 1). */
  intervals: Map<number, RingInterval>;
}

/** An article's first mention of a spelling moved (its counts stayed): in a scope, or in a bucket of candidates. */
interface PendingMove {
  bucket: boolean;
  key: string;
  spelling: string;
  uri: string;
  /** The index's `version` when it last moved. */
  at: number;
}

interface SpellingStat {
  spelling: string;
  nameIndex: number;
  role: FormRole;
  count: number;
  docs: Occurrences;
}

interface CandidateStat {
  spelling: string;
  loose: string;
  person: boolean;
  count: number;
  wholeCount: number;
  /** Occurrences per governorate they are placed in (regions.ts). */
  regions: Map<string, number>;
  docs: Occurrences;
}

interface Scope {
  id: string;
  entityId: string | null;
  surname: boolean;
  spellings: Map<string, SpellingStat>;
}

export interface ScopeState {
  id: string;
  entityId: string | null;
  canonical: string;
  /** Which of the entity's names the canonical spelling writes (-99 for a discovered cluster). */
  canonicalName: number;
  relations: Map<string, Relation>;
  /** The spellings findings link examples of: the canonical one first, then the most used. */
  examples: ExampleSource[];
  signature: string;
  /**
   * The part of the signature every article of the scope shows (canonical spelling, which
   * spellings give examples); the rest, each spelling's relation, shows only in the articles that
   * use it. Which articles give the examples differs from article to article (the ring).
   */
  shared: string;
}

interface Contribution {
  scopes: Map<string, Map<string, Occurrence & { nameIndex: number; role: FormRole }>>;
  /** Scopes the article mentions in capitals only (not counted, but possibly flagged). */
  caps: Set<string>;
  buckets: Map<string, BucketContribution>;
}

/** An article's spellings in one discovery bucket. */
type BucketContribution = Map<string, Occurrence & { loose: string; person: boolean; whole: number; regions: Map<string, number> }>;

/**
 * Example locations a finding links to: a few of the canonical spelling, one of each other
 * spelling, for the most used spellings. Enough to navigate; the hover lists every spelling.
 * One more of each is looked up: the finding's own mention may be one.
 */
export const EXAMPLES_CANONICAL = 3;
export const EXAMPLES_OTHER = 1;
const MAX_SPELLINGS_IN_RELATED = 6;

export function scopeIdOf(entityId: string, role: FormRole): string {
  return role === 'surname' ? `${entityId}#surname` : entityId;
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
      const next = scope ? this.computeScopeState(scope) : undefined;
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

  stateOfScope(scopeId: string): ScopeState | undefined {
    return this.states.get(scopeId);
  }

  /** The discovered cluster a name candidate belongs to, if its spelling is a variant group member. */
  clusterStateOf(candidate: NameCandidate): ScopeState | undefined {
    const id = this.clusterOf.get(candidate.skeleton)?.get(candidate.spelling);
    return id ? this.clusterStates.get(id) : undefined;
  }

  /** Spellings seen for a scope, with counts and the articles that use them (for hovers). */
  spellingsOf(scopeId: string): { spelling: string; count: number; docs: string[] }[] {
    const scope = this.scopes.get(scopeId);
    if (scope) {
      return [...scope.spellings.values()]
        .map((s) => ({ spelling: s.spelling, count: s.count, docs: [...s.docs.keys()].sort() }))
        .sort((a, b) => b.count - a.count || a.spelling.localeCompare(b.spelling));
    }
    const state = this.clusterStates.get(scopeId);
    if (!state) return [];
    const out: { spelling: string; count: number; docs: string[] }[] = [];
    for (const [sk, members] of this.clusterOf) {
      for (const [spelling, id] of members) {
        if (id !== scopeId) continue;
        const stat = this.buckets.get(sk)?.get(spelling);
        if (stat) out.push({ spelling, count: stat.count, docs: [...stat.docs.keys()].sort() });
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
    const counted = sameCounts(b, a) && sameWhole(b, a) && sameRegions(b, a);
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
      }
    }
    for (const [spelling, occ] of a ?? []) {
      let stat = bucket.get(spelling);
      if (!stat) {
        bucket.set(spelling, (stat = { spelling, loose: occ.loose, person: occ.person, count: 0, wholeCount: 0, regions: new Map(), docs: new Occurrences() }));
        if (!occ.loose.includes(' ')) {
          const lower = spelling.toLowerCase();
          let set = this.singleWordBuckets.get(lower);
          if (!set) this.singleWordBuckets.set(lower, (set = new Set()));
          set.add(sk);
        }
      }
      stat.count += occ.count;
      stat.wholeCount += occ.whole;
      for (const [r, n] of occ.regions) stat.regions.set(r, (stat.regions.get(r) ?? 0) + n);
      if (enter(stat.docs, uri, spelling, occ, touches) && tracked) this.noteMove(true, sk, spelling, uri);
    }
    if (bucket.size === 0) this.buckets.delete(sk);
    // only first mentions moved: the clusters stand, their moved examples are resolved later
    if (counted) return;
    this.dirtyBuckets.add(sk);
  }

  // ---- curated scopes ------------------------------------------------------------------------

  private computeScopeState(scope: Scope): ScopeState | undefined {
    if (scope.spellings.size === 0) return undefined;
    const entity = scope.entityId ? this.knowledge.entities.get(scope.entityId) : undefined;
    const canonical = this.canonicalOf(scope, entity);
    const relations = new Map<string, Relation>();
    for (const stat of scope.spellings.values()) {
      relations.set(stat.spelling, relationOf(stat, canonical, entity, scope.surname));
    }
    const ordered = [...scope.spellings.values()].sort((a, b) => b.count - a.count || a.spelling.localeCompare(b.spelling));
    const examples = exampleSources(ordered.slice(0, MAX_SPELLINGS_IN_RELATED), canonical.spelling);
    return finishState(scope.id, scope.entityId, canonical.spelling, canonical.nameIndex, relations, examples);
  }

  private canonicalOf(scope: Scope, entity: Entity | undefined): { spelling: string; role: FormRole; nameIndex: number } {
    const preferred = this.preferredFor(scope, entity);
    if (preferred) return preferred;
    const stats = [...scope.spellings.values()];
    if (this.config.canonical === 'curated' && entity) {
      const curated = scope.surname ? entity.forms.find((f) => f.role === 'surname')?.spelling : entity.curatedCanonical;
      const stat = curated ? scope.spellings.get(curated) : undefined;
      if (stat && stat.count > 0) return stat;
    }
    // Majority: the most used name, then its most used full spelling (not an acronym of it).
    const byName = new Map<number, number>();
    for (const s of stats) byName.set(s.nameIndex, (byName.get(s.nameIndex) ?? 0) + s.count);
    const topName = [...byName.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
    const pool = stats.filter((s) => s.nameIndex === topName);
    const full = pool.filter((s) => s.role === 'form' || s.role === 'surname');
    return (full.length > 0 ? full : pool).sort(byMajority)[0];
  }

  private preferredFor(scope: Scope, entity: Entity | undefined): { spelling: string; role: FormRole; nameIndex: number } | undefined {
    for (const p of this.config.preferred) {
      const lower = p.toLowerCase();
      const form = entity?.forms.find((f) => f.spelling.toLowerCase() === lower && (f.role === 'surname') === scope.surname);
      const seen = [...scope.spellings.values()].find((x) => x.spelling.toLowerCase() === lower);
      const source = form ?? seen;
      if (source) return { spelling: p, role: source.role, nameIndex: source.nameIndex };
    }
    return undefined;
  }

  // ---- discovered clusters -------------------------------------------------------------------

  /** Cuts a bucket into clusters; true when its clusters' public states changed. */
  private recluster(sk: string): boolean {
    const bucket = this.buckets.get(sk);
    const oldIds = new Set(this.clusterOf.get(sk)?.values() ?? []);
    const members = new Map<string, string>();
    const newStates = new Map<string, ScopeState>();
    if (bucket && bucket.size >= 2) {
      const stats = [...bucket.values()].filter((s) => this.eligible(s)).sort(byMajority);
      const clusters: CandidateStat[][] = [];
      for (const s of stats) {
        const home = clusters.find((c) => c[0].person === s.person && this.sameDiscoveredName(c[0], s, sk));
        if (home) home.push(s);
        else clusters.push([s]);
      }
      for (const cluster of clusters) {
        if (cluster.length < 2 || !this.credible(cluster)) continue;
        const id = `~${sk}:${cluster[0].spelling}`;
        const canonical = this.preferredInCluster(cluster) ?? cluster[0].spelling;
        const relations = new Map<string, Relation>();
        for (const s of cluster) {
          members.set(s.spelling, id);
          relations.set(s.spelling, s.spelling === canonical ? 'same' : isOrthographicVariant(s.spelling, canonical) ? 'orthographic' : 'transliteration');
        }
        const examples = exampleSources(cluster.slice(0, MAX_SPELLINGS_IN_RELATED), canonical);
        newStates.set(id, finishState(id, null, canonical, -99, relations, examples));
      }
    }
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

  /**
   * Two unknown spellings of one name. Not if the corpus places them in different governorates
   * (Salihiya in Damascus, Salihiah in Hasakeh). Beyond case, hyphens and articles, a short single
   * word (four letters or fewer: Burj, Marj, Sahl, Hajj) is more likely a common Arabic word in
   * two different names than one name spelt two ways, so it needs the same letters.
   */
  private sameDiscoveredName(a: CandidateStat, b: CandidateStat, sk: string): boolean {
    if (!this.knowledge.sameName(a.loose, b.loose, sk)) return false;
    if (differentRegions(a, b)) return false;
    if (isOrthographicVariant(a.spelling, b.spelling)) return true;
    const short = (x: CandidateStat): boolean => !x.loose.includes(' ') && x.loose.length < 5;
    return !short(a) && !short(b);
  }

  /** A single-word name also written in lower case in the corpus is an ordinary word. */
  private eligible(s: CandidateStat): boolean {
    if (!s.loose.includes(' ') && this.lowerWordDocs.has(s.spelling.toLowerCase())) return false;
    return true;
  }

  /** Two or more spellings of which at least two stand as whole names somewhere. */
  private credible(cluster: CandidateStat[]): boolean {
    return cluster.filter((s) => s.wholeCount > 0).length >= 2;
  }

  private preferredInCluster(cluster: CandidateStat[]): string | undefined {
    for (const p of this.config.preferred) {
      const hit = cluster.find((s) => s.spelling === p) ?? cluster.find((s) => s.spelling.toLowerCase() === p.toLowerCase());
      if (hit) return p;
    }
    return undefined;
  }
}

function byMajority<T extends { count: number; docs: Occurrences; spelling: string }>(a: T, b: T): number {
  return b.count - a.count || b.docs.size - a.docs.size || (a.spelling < b.spelling ? -1 : a.spelling > b.spelling ? 1 : 0);
}

function relationOf(
  s: { spelling: string; role: FormRole; nameIndex: number },
  c: { spelling: string; role: FormRole; nameIndex: number },
  entity: Entity | undefined,
  surname: boolean,
): Relation {
  if (s.spelling === c.spelling) return 'same';
  const spellingRelation: SpellingRelation = isOrthographicVariant(s.spelling, c.spelling) ? 'orthographic' : 'transliteration';
  // A surname alone is styled with or without its article (Assad, al-Assad): only letters count.
  if (surname) return spellingRelation === 'orthographic' ? 'same' : spellingRelation;
  if (s.nameIndex !== c.nameIndex) return 'alias';
  const abbreviated = (x: { role: FormRole; nameIndex: number }): boolean =>
    x.role === 'acronym' || (x.role === 'form' && (entity?.abbreviatedNames.has(x.nameIndex) ?? false));
  const sa = abbreviated(s);
  if (sa === abbreviated(c)) return spellingRelation;
  return sa ? 'acronym' : 'expansion';
}

/** The spellings that give examples, the canonical one first (the others as ordered). */
function exampleSources(ordered: readonly { spelling: string; docs: Occurrences }[], canonical: string): ExampleSource[] {
  const out = ordered.map((x) => ({ spelling: x.spelling, docs: x.docs, limit: x.spelling === canonical ? EXAMPLES_CANONICAL : EXAMPLES_OTHER }));
  return out.sort((a, b) => Number(b.spelling === canonical) - Number(a.spelling === canonical));
}

function firstLocation(docs: Occurrences): { uri: string; start: number; end: number } | null {
  const [uri] = docs.first(1);
  const o = uri === undefined ? undefined : docs.get(uri);
  return o ? { uri, start: o.first, end: o.firstEnd } : null;
}

/** The example windows: the locations an article shows, and one more (see `resolveTouches`). */
const WINDOWS = [EXAMPLES_OTHER, EXAMPLES_CANONICAL, EXAMPLES_OTHER + 1, EXAMPLES_CANONICAL + 1];

function windowsHolding(docs: Occurrences, uri: string): Map<number, RingInterval> {
  return new Map(WINDOWS.map((k) => [k, docs.windowsHolding(uri, k)]));
}

function touchesOf(all: Map<string, RingTouch[]>, key: string): RingTouch[] {
  let list = all.get(key);
  if (!list) all.set(key, (list = []));
  return list;
}

/** Removes an article from a spelling; the windows that held it (before) change. */
function leave(docs: Occurrences, uri: string, spelling: string, touches: RingTouch[] | undefined): void {
  if (touches && docs.has(uri)) touches.push({ spelling, intervals: windowsHolding(docs, uri) });
  docs.delete(uri);
}

/**
 * Adds or replaces an article's occurrence. The windows that hold a new one (after) change
 * (`touches`); returns whether the article was there with its first mention elsewhere (moved).
 */
function enter(docs: Occurrences, uri: string, spelling: string, occ: Occurrence, touches: RingTouch[] | undefined): boolean {
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

function finishState(
  id: string,
  entityId: string | null,
  canonical: string,
  canonicalName: number,
  relations: Map<string, Relation>,
  examples: ExampleSource[],
): ScopeState {
  const rel = [...relations.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([s, r]) => `${s}=${r}`).join(',');
  const ex = examples.map((e) => e.spelling).join('|');
  return { id, entityId, canonical, canonicalName, relations, examples, signature: `${canonical}#${canonicalName}#${rel}#${ex}`, shared: `${canonical}#${canonicalName}#${ex}` };
}

/** A spelling with findings in a scope, and its articles (caps: written in capitals, no spelling counted). */
interface FlaggedSpelling {
  spelling: string | null;
  docs: Occurrences;
}

/** What the caps index holds per article: only that it mentions the scope. */
const CAPS_OCCURRENCE: Occurrence = { count: 0, first: 0, firstEnd: 0 };

function contributionOf(summary: DocumentSummary): Contribution {
  const scopes: Contribution['scopes'] = new Map();
  const caps: Contribution['caps'] = new Set();
  for (const m of summary.mentions) {
    if (m.neutral && m.caps && m.role !== 'short' && !m.possessive) caps.add(scopeIdOf(m.entityId, m.role));
    // Glued possessives (Raqas) are not counted, as the gold guidelines count spellings.
    if (m.neutral || m.role === 'short' || m.possessive) continue;
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
    } else {
      entry = { count: 1, first: c.start, firstEnd: c.end, loose: c.loose, person: c.person, whole: c.whole ? 1 : 0, regions: new Map() };
      map.set(c.spelling, entry);
    }
    if (c.region) entry.regions.set(c.region, (entry.regions.get(c.region) ?? 0) + 1);
  }
  return { scopes, caps, buckets };
}

/** The same spellings, each as often (wherever the first one is). */
function sameCounts(a: Map<string, { count: number }> | undefined, b: Map<string, { count: number }> | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.size !== b.size) return false;
  for (const [k, x] of a) if (b.get(k)?.count !== x.count) return false;
  return true;
}

/** Each spelling's first mention in the same place (for maps that `sameCounts` found alike). */
function sameFirsts(a: Map<string, Occurrence> | undefined, b: Map<string, Occurrence> | undefined): boolean {
  if (!a || !b) return a === b;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (!y || y.first !== x.first || y.firstEnd !== x.firstEnd) return false;
  }
  return true;
}

function sameRegions(a: Map<string, { regions: Map<string, number> }> | undefined, b: Map<string, { regions: Map<string, number> }> | undefined): boolean {
  if (!a || !b) return a === b;
  for (const [k, x] of a) {
    const y = b.get(k)?.regions;
    if (!y || y.size !== x.regions.size) return false;
    for (const [r, n] of x.regions) if (y.get(r) !== n) return false;
  }
  return true;
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

function sameWhole(a: Map<string, { whole: number }> | undefined, b: Map<string, { whole: number }> | undefined): boolean {
  if (!a || !b) return a === b;
  for (const [k, x] of a) if (b.get(k)?.whole !== x.whole) return false;
  return true;
}

/** Calls `fn` with each key of either map and its values, the keys of `before` first: the order of a set of both keys, without making it. */
function forEachKey<K, V>(before: ReadonlyMap<K, V> | undefined, after: ReadonlyMap<K, V> | undefined, fn: (key: K, b: V | undefined, a: V | undefined) => void): void {
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
