/**
 * The public state of a scope of spellings (its canonical spelling, how each other spelling
 * relates to it, and the spellings whose articles give example locations) and how a curated
 * scope's state is worked out: the configured or curated form, else the corpus's majority.
 * An article's variant findings depend only on its own summary and these states.
 */
import type { CorpusLintConfig } from '../config/config';
import type { Entity, FormRole } from '../knowledge/entities';
import { isOrthographicVariant } from '../names/translit';
import type { SpellingRelation } from '../types';
import type { Occurrences } from './occurrences';

export type Relation = 'same' | SpellingRelation | 'acronym' | 'expansion';
/** What a discovered name reads as, by the words around its occurrences (clusters.ts). */
export type DiscoveredKind = 'person' | 'organisation' | 'place';

/**
 * A spelling whose articles give example locations, at most `limit` per finding: each article's
 * own are the ones that follow it on the spelling's ring (occurrences.ts).
 */
export interface ExampleSource {
  spelling: string;
  docs: Occurrences;
  limit: number;
}

export interface SpellingStat {
  spelling: string;
  nameIndex: number;
  role: FormRole;
  count: number;
  docs: Occurrences;
}

export interface Scope {
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
  /** What a discovered name's spellings read as (a person, an organisation, a place), if they say; curated entities have their own kind. */
  kind: DiscoveredKind | undefined;
}

/**
 * Example locations a finding links to: a few of the canonical spelling, one of each other
 * spelling, for the most used spellings. Enough to navigate; the hover lists every spelling.
 * One more of each is looked up: the finding's own mention may be one.
 */
export const EXAMPLES_CANONICAL = 3;
export const EXAMPLES_OTHER = 1;
export const MAX_SPELLINGS_IN_RELATED = 6;

export function scopeIdOf(entityId: string, role: FormRole): string {
  return role === 'surname' ? `${entityId}#surname` : entityId;
}

/** The public state of a curated scope: undefined when no article mentions it. */
export function scopeStateOf(scope: Scope, entity: Entity | undefined, config: CorpusLintConfig): ScopeState | undefined {
  if (scope.spellings.size === 0) return undefined;
  const canonical = canonicalOf(scope, entity, config);
  const relations = new Map<string, Relation>();
  for (const stat of scope.spellings.values()) {
    relations.set(stat.spelling, relationOf(stat, canonical, entity, scope.surname));
  }
  const ordered = [...scope.spellings.values()].sort((a, b) => b.count - a.count || a.spelling.localeCompare(b.spelling));
  const examples = exampleSources(ordered.slice(0, MAX_SPELLINGS_IN_RELATED), canonical.spelling);
  return finishState(scope.id, scope.entityId, canonical.spelling, canonical.nameIndex, relations, examples);
}

function canonicalOf(scope: Scope, entity: Entity | undefined, config: CorpusLintConfig): { spelling: string; role: FormRole; nameIndex: number } {
  const preferred = preferredFor(scope, entity, config.preferred);
  if (preferred) return preferred;
  const stats = [...scope.spellings.values()];
  if (config.canonical === 'curated' && entity) {
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

function preferredFor(scope: Scope, entity: Entity | undefined, preferred: readonly string[]): { spelling: string; role: FormRole; nameIndex: number } | undefined {
  for (const p of preferred) {
    const lower = p.toLowerCase();
    const form = entity?.forms.find((f) => f.spelling.toLowerCase() === lower && (f.role === 'surname') === scope.surname);
    const seen = [...scope.spellings.values()].find((x) => x.spelling.toLowerCase() === lower);
    const source = form ?? seen;
    if (source) return { spelling: p, role: source.role, nameIndex: source.nameIndex };
  }
  return undefined;
}

export function byMajority<T extends { count: number; docs: Occurrences; spelling: string }>(a: T, b: T): number {
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
export function exampleSources(ordered: readonly { spelling: string; docs: Occurrences }[], canonical: string): ExampleSource[] {
  const out = ordered.map((x) => ({ spelling: x.spelling, docs: x.docs, limit: x.spelling === canonical ? EXAMPLES_CANONICAL : EXAMPLES_OTHER }));
  return out.sort((a, b) => Number(b.spelling === canonical) - Number(a.spelling === canonical));
}

export function firstLocation(docs: Occurrences): { uri: string; start: number; end: number } | null {
  const [uri] = docs.first(1);
  const o = uri === undefined ? undefined : docs.get(uri);
  return o ? { uri, start: o.first, end: o.firstEnd } : null;
}

export function finishState(
  id: string,
  entityId: string | null,
  canonical: string,
  canonicalName: number,
  relations: Map<string, Relation>,
  examples: ExampleSource[],
  kind?: DiscoveredKind,
): ScopeState {
  const rel = [...relations.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([s, r]) => `${s}=${r}`).join(',');
  const ex = examples.map((e) => e.spelling).join('|');
  return { id, entityId, canonical, canonicalName, relations, examples, signature: `${canonical}#${canonicalName}#${rel}#${ex}`, shared: `${canonical}#${canonicalName}#${ex}`, kind };
}
