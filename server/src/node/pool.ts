/**
 * A pool of analysis threads: this one and `jobs - 1` workers. Workers take batches of articles
 * and post the summaries back, encoded by `plainCodec` (structured cloning them cost the main
 * thread more than its share of a cold scan); this thread takes in their replies first and
 * analyses articles itself in the time left, in slices of ~10 ms between turns of its event loop.
 * Its own share needs no encoding, decoding or copying, and one thread fewer warms its JIT up:
 * with two workers beside an idle main thread the whole CLI ran 11% more instructions over 1,000
 * articles, and its peak RSS at 10,000 was ~75 MB higher. Small jobs run in this thread alone:
 * starting a worker costs more than analysing a few hundred articles.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { internSummary, POOLED_FIELDS, type StringPool } from '../core/analysis/intern';
import { summarize } from '../core/analysis/summarize';
import type { DocumentSummary } from '../core/analysis/summary';
import type { EntitySpec } from '../core/knowledge/entities';
import type { Knowledge } from '../core/knowledge/knowledge';
import type { SourceDocument } from '../core/types';
import { decode, type Encoded, type Pooling } from './plainCodec';

/** Below this many characters a job runs in this thread. */
export const IN_THREAD_CHARS = 1_500_000;
/** A worker's batch; smaller towards the end, so that the threads finish together. */
const BATCH_CHARS = 200_000;
const MIN_BATCH_CHARS = 20_000;
/** How long this thread analyses between turns of its event loop (its requests wait as long). */
const IN_THREAD_SLICE_MS = 10;

export type AnalysisInput = SourceDocument & { hash?: string };

export interface PoolOptions {
  jobs?: number;
  /** Entities from the configuration: workers build the same knowledge. */
  extraEntities: readonly EntitySpec[];
  /** Folder of the bundled worker.js (next to the bundle that starts the pool). */
  workerDir: string;
  /** When given, the summaries handed over share their repeated strings through it (interned). */
  strings?: StringPool;
}

export class AnalysisPool {
  private workers: Worker[] = [];
  /** Articles of the last `summarize` analysed by this thread and by the workers. */
  readonly counts = { inThread: 0, workers: 0 };
  private readonly size: number;
  private readonly pooling: Pooling | undefined;

  constructor(
    private readonly knowledge: Knowledge,
    private readonly options: PoolOptions,
  ) {
    this.size = Math.max(1, options.jobs ?? Math.min(availableParallelism(), 8));
    const strings = options.strings;
    this.pooling = strings && {
      strings: new Set(POOLED_FIELDS.strings),
      lists: new Set(POOLED_FIELDS.lists),
      intern: (s) => strings.intern(s),
      list: (items) => strings.internList(items),
    };
  }

  private workerPath(): string | null {
    const p = join(this.options.workerDir, 'worker.js');
    return existsSync(p) ? p : null;
  }

  private ensureWorkers(): boolean {
    if (this.workers.length > 0) return true;
    const path = this.workerPath();
    if (!path || this.size < 2) return false;
    // this thread is one of the `size`
    for (let i = 1; i < this.size; i++) {
      const w = new Worker(path, { workerData: { extraEntities: this.options.extraEntities } });
      w.unref();
      this.workers.push(w);
    }
    return true;
  }

  /** One article analysed in this thread, its strings interned as the workers' are. */
  private analyseHere(doc: AnalysisInput): DocumentSummary {
    const summary = summarize(doc, this.knowledge, doc.hash);
    return this.options.strings ? internSummary(summary, this.options.strings) : summary;
  }

  /**
   * Summarises the documents, handing each batch to `onBatch` as it completes (with the number
   * done so far). The order of the result follows the input; that of the batches does not.
   */
  async summarize(docs: readonly AnalysisInput[], onBatch?: (batch: readonly DocumentSummary[], done: number) => void): Promise<DocumentSummary[]> {
    const chars = docs.reduce((n, d) => n + d.text.length, 0);
    this.counts.inThread = 0;
    this.counts.workers = 0;
    if (chars < IN_THREAD_CHARS || !this.ensureWorkers()) {
      this.counts.inThread = docs.length;
      const out: DocumentSummary[] = [];
      let from = 0;
      for (let i = 0; i < docs.length; i++) {
        out.push(this.analyseHere(docs[i]));
        if (onBatch && (i % 200 === 199 || i === docs.length - 1)) {
          onBatch(out.slice(from), i + 1);
          from = i + 1;
        }
      }
      return out;
    }
    // Spans of the input, taken in order by whichever thread is free.
    let cursor = 0;
    let left = chars;
    const takeSpan = (): { from: number; to: number } | null => {
      if (cursor >= docs.length) return null;
      const limit = Math.max(MIN_BATCH_CHARS, Math.min(BATCH_CHARS, left / (2 * this.size)));
      const from = cursor;
      let size = 0;
      while (cursor < docs.length && size < limit) size += docs[cursor++].text.length;
      left -= size;
      return { from, to: cursor };
    };
    const out: DocumentSummary[] = new Array(docs.length);
    let done = 0;
    let id = 0;
    const request = (worker: Worker, batch: { from: number; to: number }): Promise<DocumentSummary[]> => {
      const requestId = ++id;
      return new Promise<DocumentSummary[]>((resolve, reject) => {
        const done = (): void => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        };
        const onMessage = (msg: { id: number; summaries?: Encoded; error?: string }): void => {
          if (msg.id !== requestId) return;
          done();
          if (msg.error || !msg.summaries) reject(new Error(msg.error ?? 'an analysis worker sent no summaries'));
          else resolve(decode(msg.summaries, this.pooling) as DocumentSummary[]);
        };
        const onError = (err: Error): void => {
          done();
          reject(err);
        };
        // stopped (closed, or out of memory) with the batch unanswered
        const onExit = (code: number): void => {
          done();
          reject(new Error(`the analysis worker stopped (exit code ${code})`));
        };
        worker.on('message', onMessage);
        worker.once('error', onError);
        worker.once('exit', onExit);
        worker.postMessage({ id: requestId, docs: docs.slice(batch.from, batch.to) });
      });
    };
    const inThread = async (): Promise<void> => {
      while (cursor < docs.length) {
        // the workers' replies first (and a server's requests): setImmediate runs after I/O
        await new Promise<void>((resolve) => setImmediate(resolve));
        const result: DocumentSummary[] = [];
        const until = performance.now() + IN_THREAD_SLICE_MS;
        while (cursor < docs.length && (result.length === 0 || performance.now() < until)) {
          const i = cursor++;
          left -= docs[i].text.length;
          out[i] = this.analyseHere(docs[i]);
          result.push(out[i]);
        }
        this.counts.inThread += result.length;
        done += result.length;
        onBatch?.(result, done);
      }
    };
    await Promise.all([
      inThread(),
      ...this.workers.map(async (worker) => {
        worker.ref();
        try {
          // Two batches in flight per worker: it starts the next while this thread takes in the
          // last one (decoding, `onBatch`), instead of waiting for it.
          const take = (): { batch: { from: number; to: number }; result: Promise<DocumentSummary[]> } | null => {
            const batch = takeSpan();
            if (!batch) return null;
            const result = request(worker, batch);
            // awaited in turn; if an earlier batch fails first, this one's failure is not a crash
            result.catch(() => undefined);
            return { batch, result };
          };
          let current = take();
          let queued = take();
          while (current) {
            const result = await current.result;
            const { from } = current.batch;
            current = queued;
            queued = take();
            for (let k = 0; k < result.length; k++) out[from + k] = result[k];
            this.counts.workers += result.length;
            done += result.length;
            onBatch?.(result, done);
          }
        } finally {
          worker.unref();
        }
      }),
    ]);
    return out;
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
