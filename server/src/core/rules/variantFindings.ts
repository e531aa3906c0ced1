/**
 * Variant findings of one article, shared by `spelling-variant` and `entity-alias`: every mention
 * whose spelling is not the canonical spelling of its entity, with the relation between them.
 */
import { MentionFlag, mentionIs } from '../analysis/summary';
import type { ScopeState, Relation } from '../index/scopeState';
import { scopeIdOf } from '../index/scopeState';
import { isOrthographicVariant } from '../names/translit';
import type { RelatedLocation } from '../types';
import type { ReportedFinding, RuleContext } from './types';

export interface VariantHit {
  start: number;
  end: number;
  spelling: string;
  canonical: string;
  relation: Relation;
  scope: ScopeState;
  entityId: string | null;
  initial: boolean;
  /** Written in capitals: the replacement is too. */
  caps: boolean;
  discovered: boolean;
  /** The article spells out the name this acronym stands for. */
  definedInArticle: boolean;
  /** Inside a direct quotation. */
  quoted: boolean;
}

/** The article's variant hits, found once per pass for both variant rules. */
export function variantHits(context: RuleContext): VariantHit[] {
  let hits = context.shared.get('variant-hits') as VariantHit[] | undefined;
  if (!hits) context.shared.set('variant-hits', (hits = findHits(context)));
  return hits;
}

function findHits(context: RuleContext): VariantHit[] {
  const { summary, entities } = context;
  const hits: VariantHit[] = [];
  const accepted = new Set(context.accepted.map((a) => a.toLowerCase()));
  // Which names (entity -> name indexes) the article writes in full: an acronym of them is introduced.
  const fullNames = new Map<string, number[]>();
  for (const m of summary.mentions) {
    if (m.role !== 'form' && m.role !== 'expansion') continue;
    const names = fullNames.get(m.entityId);
    if (!names) fullNames.set(m.entityId, [m.nameIndex]);
    else if (!names.includes(m.nameIndex)) names.push(m.nameIndex);
  }
  for (const m of summary.mentions) {
    // A glued possessive (Raqas = Raqa's, in copy that lost its apostrophes) is recognised but
    // not flagged: the same letters can be another word (Hamas is Hama's or the group).
    const caps = mentionIs(m, MentionFlag.Caps);
    if ((mentionIs(m, MentionFlag.Neutral) && !caps) || m.role === 'short' || mentionIs(m, MentionFlag.Possessive)) continue;
    const state = entities.stateOfScope(scopeIdOf(m.entityId, m.role));
    if (!state) continue;
    const relation = caps ? capsRelation(m.spelling, m.nameIndex, state) : state.relations.get(m.spelling);
    if (!relation || relation === 'same' || onlyInitialCapital(m.spelling, state.canonical, mentionIs(m, MentionFlag.Initial))) continue;
    if (relation === 'alias' && isDescription(m.spelling, context.entities.entity(m.entityId)?.forms)) continue;
    hits.push({
      start: m.start,
      end: m.end,
      spelling: m.spelling,
      canonical: state.canonical,
      relation,
      scope: state,
      entityId: m.entityId,
      initial: mentionIs(m, MentionFlag.Initial),
      caps,
      discovered: mentionIs(m, MentionFlag.Discovered),
      definedInArticle: fullNames.get(m.entityId)?.includes(m.nameIndex) ?? false,
      quoted: mentionIs(m, MentionFlag.Quoted),
    });
  }
  // Discovered clusters: longest candidate spans first, never overlapping a curated mention.
  const candidates = summary.candidates
    .map((c) => ({ c, state: entities.clusterStateOf(c) }))
    .filter((x): x is { c: (typeof summary.candidates)[number]; state: ScopeState } => x.state !== undefined)
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start);
  // the characters a mention or a kept candidate covers (a pass over all of them per candidate
  // was quadratic in a 10 MB file)
  const taken = candidates.length > 0 ? covered(summary.mentions, summary.length) : NOTHING_TAKEN;
  for (const { c, state } of candidates) {
    if (anyTaken(taken, c.start, c.end)) continue;
    taken.fill(1, c.start, c.end);
    const relation = state.relations.get(c.spelling);
    if (!relation || relation === 'same' || onlyInitialCapital(c.spelling, state.canonical, c.initial)) continue;
    hits.push({
      start: c.start,
      end: c.end,
      spelling: c.spelling,
      canonical: state.canonical,
      relation,
      scope: state,
      entityId: null,
      initial: c.initial,
      caps: false,
      discovered: true,
      definedInArticle: false,
      quoted: false,
    });
  }
  return (accepted.size > 0 ? hits.filter((h) => !accepted.has(h.spelling.toLowerCase())) : hits).sort((a, b) => a.start - b.start);
}

/**
 * A sentence-initial spelling counted with its article in lower case (Al-Bab read as al-Bab)
 * where the canonical spelling capitalises it: the fix would write the same text again.
 */
function onlyInitialCapital(spelling: string, canonical: string, initial: boolean): boolean {
  return initial && spelling.length === canonical.length && spelling.slice(1) === canonical.slice(1) && spelling[0].toUpperCase() === canonical[0];
}

const NOTHING_TAKEN = new Uint8Array(0);

function covered(spans: readonly { start: number; end: number }[], length: number): Uint8Array {
  const taken = new Uint8Array(length);
  for (const m of spans) taken.fill(1, m.start, m.end);
  return taken;
}

function anyTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] !== 0) return true;
  return false;
}

/**
 * Reports a variant finding. The example locations of the other spellings (`relatedFor`) go with
 * the article's first reported finding of each spelling: the later ones would repeat the same
 * links (an article that writes "Islamic State" thirty times listed the same seven examples thirty
 * times in the Problems view, and sent all of them again on every keystroke). A dismissed first
 * finding passes them to the next. The hover tells the entity's spellings on any mention.
 * `finding` is the caller's own new object: its related locations are added to it.
 */
export function reportVariant(context: RuleContext, hit: VariantHit, finding: Omit<ReportedFinding, 'related'>): void {
  let shown = context.shared.get('variant-examples-shown') as Map<ScopeState, Set<string>> | undefined;
  if (!shown) context.shared.set('variant-examples-shown', (shown = new Map()));
  let spellings = shown.get(hit.scope);
  if (!spellings) shown.set(hit.scope, (spellings = new Set()));
  const first = !spellings.has(hit.spelling);
  // the caller's own object, its related locations added last (as a spread copy would have them):
  // copying every variant finding was a thirtieth of a 10,000-article report's rules
  const reported = finding as ReportedFinding;
  reported.related = first ? relatedFor(hit, context) : [];
  if (context.report(reported) && first) spellings.add(hit.spelling);
}

/**
 * Example locations of the other spellings, this very location left out: for each, the articles
 * that follow this one on the spelling's ring (this one first, if it writes the spelling), up to
 * the spelling's limit. One more is read in case one of them is the hit itself.
 */
function relatedFor(hit: VariantHit, context: RuleContext): RelatedLocation[] {
  const uri = context.summary.uri;
  const out: RelatedLocation[] = [];
  for (const { spelling, docs, limit } of hit.scope.examples) {
    if (spelling === hit.spelling) continue;
    const message = spelling === hit.canonical ? `canonical spelling "${spelling}"` : `also written "${spelling}"`;
    let n = 0;
    docs.forEachAround(uri, limit + 1, (u, o) => {
      // the offset first: most URIs share a long prefix with this one
      if ((o.first === hit.start && u === uri) || n >= limit) return;
      n++;
      out.push({ uri: u, start: o.first, end: o.firstEnd, message });
    });
  }
  return out;
}

const NAME_GLUE = new Set(['al', 'el', 'of', 'the', 'and', 'for', 'de', 'du', 'la', 'in', 'on']);

/**
 * Another name written in lower case where the curated name is capitalised is a description, not
 * a name: "Syrian civil defence workers", "the Islam army" (but Syrian Civil Defence is the
 * White Helmets' other name).
 */
function isDescription(spelling: string, forms: readonly { spelling: string }[] | undefined): boolean {
  if (forms?.some((f) => f.spelling === spelling)) return false;
  return spelling
    .split(/[\s\-\u2010\u2011]+/)
    .slice(1)
    .some((w) => /^[a-z]/.test(w) && !NAME_GLUE.has(w));
}

/**
 * How a spelling in capitals relates to the canonical one. Capitals alone (BEIRUT, a dateline) are
 * house style, not a variant; other letters of the same name are (FOLLOW TRTWORLD for TRT World,
 * DEIR EZ-ZOR for Deir Ezzor). Such spellings are not counted, so the relation is worked out here.
 */
function capsRelation(spelling: string, nameIndex: number, state: ScopeState): Relation {
  if (spelling.toLowerCase() === state.canonical.toLowerCase()) return 'same';
  // Another name in a heading (ISLAMIC STATE FIGHTERS) is headline style, left alone.
  if (state.canonicalName !== -99 && nameIndex !== state.canonicalName) return 'same';
  return isOrthographicVariant(spelling, state.canonical) ? 'orthographic' : 'transliteration';
}

/**
 * The replacement keeps a sentence-initial capital ("al-Bab" becomes "Al-Bab" at a sentence
 * start) and the capitals of a heading or dateline.
 */
/** The mention as the text writes it: its counted spelling with the capital a sentence's start or capitals gave it. */
export function writtenAs(hit: VariantHit): string {
  const s = hit.spelling;
  if (hit.caps) return s.toUpperCase();
  if (hit.initial && s.length > 0 && s[0] !== s[0].toUpperCase()) return s[0].toUpperCase() + s.slice(1);
  return s;
}

export function replacementFor(hit: VariantHit): string {
  const c = hit.canonical;
  if (hit.caps) return c.toUpperCase();
  if (hit.initial && c.length > 0 && c[0] !== c[0].toUpperCase()) return c[0].toUpperCase() + c.slice(1);
  return c;
}

export function kindLabel(context: RuleContext, hit: VariantHit): string {
  if (!hit.entityId) return 'name found in the corpus';
  const e = context.entities.entity(hit.entityId);
  return e ? e.kind : 'entity';
}
