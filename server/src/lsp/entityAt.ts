/**
 * What is under the cursor: an entity mention (curated, or a name of a discovered variant group)
 * or a figure, found in the article's summary.
 */
import { MentionFlag, mentionIs, type DocumentSummary, type FigureRecord } from '../core/analysis/summary';
import { scopeIdOf } from '../core/index/scopeState';
import type { Corpus } from './corpus';

export interface EntityHit {
  /** Scope id in the entity index (an entity id, "<id>#surname", or a discovered cluster id). */
  scope: string;
  entityId: string | null;
  start: number;
  end: number;
  spelling: string;
}

export function entityAt(corpus: Corpus, summary: DocumentSummary, offset: number): EntityHit | null {
  for (const m of summary.mentions) {
    if (m.start <= offset && offset <= m.end) {
      return { scope: scopeIdOf(m.entityId, m.role), entityId: m.entityId, start: m.start, end: m.end, spelling: m.spelling };
    }
    if (m.start > offset) break;
  }
  let best: EntityHit | null = null;
  for (const c of summary.candidates) {
    if (c.start > offset || offset > c.end) continue;
    const state = corpus.linter.entities.clusterStateOf(c);
    if (!state) continue;
    if (!best || c.end - c.start > best.end - best.start) best = { scope: state.id, entityId: null, start: c.start, end: c.end, spelling: c.spelling };
  }
  return best;
}

export function figureAt(summary: DocumentSummary, offset: number): { figure: FigureRecord; index: number } | null {
  const index = summary.figures.findIndex((f) => f.start <= offset && offset <= f.end);
  return index >= 0 ? { figure: summary.figures[index], index } : null;
}

/** Every mention of a scope in one article (all spellings), as offsets. */
export function mentionsOfScope(corpus: Corpus, summary: DocumentSummary, scope: string): { start: number; end: number; spelling: string; initial: boolean }[] {
  const out: { start: number; end: number; spelling: string; initial: boolean }[] = [];
  for (const m of summary.mentions) {
    if (scopeIdOf(m.entityId, m.role) === scope) out.push({ start: m.start, end: m.end, spelling: m.spelling, initial: mentionIs(m, MentionFlag.Initial) });
  }
  const taken = (s: number, e: number): boolean => out.some((x) => s < x.end && x.start < e);
  for (const c of summary.candidates) {
    if (corpus.linter.entities.clusterStateOf(c)?.id !== scope || taken(c.start, c.end)) continue;
    out.push({ start: c.start, end: c.end, spelling: c.spelling, initial: c.initial });
  }
  return out.sort((a, b) => a.start - b.start);
}
