/**
 * Analyses many articles: from the cache when their content hash is known, else in worker
 * threads (the analysis is pure and per article; small jobs stay in this thread).
 */
import { internSummary, type StringPool } from '../core/analysis/intern';
import type { DocumentSummary } from '../core/analysis/summary';
import type { EntitySpec } from '../core/knowledge/entities';
import type { Knowledge } from '../core/knowledge/knowledge';
import { fnv1a } from '../core/text/hash';
import type { SourceDocument } from '../core/types';
import { AnalysisCache } from './analysisCache';
import { AnalysisPool } from './pool';

export interface SummarizeOptions {
  jobs?: number;
  /** Cache file (content-hashed summaries); none when undefined. */
  cache?: string;
  /** Tool version: a new version invalidates the cache. */
  version: string;
  extraEntities: readonly EntitySpec[];
  /** Folder of the bundled worker.js. */
  workerDir: string;
  /** Articles analysed so far (from the cache or the workers), for progress reports. */
  progress?: (done: number) => void;
  /**
   * Each batch of summaries as it is ready (the cached ones as one batch), in no fixed order: a
   * caller indexes them while the workers go on (`CorpusLinter.stage`).
   */
  onSummaries?: (batch: readonly DocumentSummary[]) => void;
  /**
   * When given, every summary handed to `onSummaries` shares its repeated strings through it
   * (`CorpusLinter.strings`): the workers' as they are decoded, the cached ones before.
   */
  strings?: StringPool;
  /**
   * Analyses of earlier versions of articles (URI to content hash) to take from the cache as
   * well, when it has them: what a run compares with the previous run's corpus.
   */
  earlier?: ReadonlyMap<string, string>;
}

export interface SummarizeStats {
  analysed: number;
  fromCache: number;
  /** Of those analysed, how many in the calling thread (the others in worker threads). */
  inThread: number;
}

/**
 * `save` writes the cache (when one is used and anything changed) and says whether it did; the
 * caller decides when, so a server can publish its diagnostics first.
 */
export async function summarizeAll(
  docs: readonly (SourceDocument & { hash?: string })[],
  knowledge: Knowledge,
  options: SummarizeOptions,
): Promise<{ summaries: DocumentSummary[]; stats: SummarizeStats; save: () => Promise<boolean>; earlier: Map<string, DocumentSummary> }> {
  const hashes = docs.map((d) => d.hash ?? fnv1a(d.text));
  const cache = options.cache ? await AnalysisCache.load(options.cache, options.version, knowledge.fingerprint) : null;
  const summaries: (DocumentSummary | undefined)[] = docs.map((d, i) => cache?.get(hashes[i], d.uri, d.version));
  const earlier = new Map<string, DocumentSummary>();
  for (const [uri, hash] of options.earlier ?? []) {
    const s = cache?.get(hash, uri, 0);
    if (s) earlier.set(uri, s);
  }
  let inThread = 0;
  const missing: number[] = [];
  for (let i = 0; i < docs.length; i++) if (!summaries[i]) missing.push(i);
  const cached = docs.length - missing.length;
  const handOverCached = (): void => {
    if (cached === 0 || !options.onSummaries) return;
    const batch = summaries.filter((s): s is DocumentSummary => s !== undefined);
    const strings = options.strings;
    options.onSummaries(strings ? batch.map((s) => internSummary(s, strings)) : batch);
  };
  if (missing.length === 0) handOverCached();
  else {
    const pool = new AnalysisPool(knowledge, { jobs: options.jobs, extraEntities: options.extraEntities, workerDir: options.workerDir, strings: options.strings });
    try {
      const analysed = pool.summarize(
        missing.map((i) => ({ ...docs[i], hash: hashes[i] })),
        (batch, done) => {
          options.onSummaries?.(batch);
          options.progress?.(cached + done);
        },
      );
      // awaited below; if handing over the cached ones throws first, its failure is not a crash
      analysed.catch(() => undefined);
      // the workers have their first batches: the cached summaries are handed over meanwhile
      handOverCached();
      const fresh = await analysed;
      inThread = pool.counts.inThread;
      missing.forEach((i, k) => (summaries[i] = fresh[k]));
    } finally {
      await pool.close();
    }
  }
  const done = summaries as DocumentSummary[];
  const stale = cache !== null && cache.isStale(new Set(hashes));
  cache?.release();
  return {
    summaries: done,
    stats: { analysed: missing.length, fromCache: docs.length - missing.length, inThread },
    save: saverOf(stale ? cache : null, done),
    earlier,
  };
}

/**
 * Made outside summarizeAll: a closure made inside it would keep that call's whole scope alive —
 * every article's text among it (24 MB at 10,000 articles) — until the caller saves.
 */
function saverOf(cache: AnalysisCache | null, summaries: readonly DocumentSummary[]): () => Promise<boolean> {
  return async () => {
    if (!cache) return false;
    await cache.save(summaries);
    return true;
  };
}
