/**
 * A pool of analysis workers. Articles are sent in batches; each worker summarises its batch and
 * posts the summaries back, encoded by `plainCodec` (structured cloning them cost the main
 * thread more than its share of a cold scan). Small jobs run in this thread: starting a worker
 * costs more than analysing a few hundred articles.
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
const IN_THREAD_CHARS = 1_500_000;
const BATCH_CHARS = 400_000;

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
    for (let i = 0; i < this.size; i++) {
      const w = new Worker(path, { workerData: { extraEntities: this.options.extraEntities } });
      w.unref();
      this.workers.push(w);
    }
    return true;
  }

  /**
   * Summarises the documents, handing each batch to `onBatch` as it completes (with the number
   * done so far). The order of the result follows the input; that of the batches does not.
   */
  async summarize(docs: readonly AnalysisInput[], onBatch?: (batch: readonly DocumentSummary[], done: number) => void): Promise<DocumentSummary[]> {
    const chars = docs.reduce((n, d) => n + d.text.length, 0);
    if (chars < IN_THREAD_CHARS || !this.ensureWorkers()) {
      const out: DocumentSummary[] = [];
      let from = 0;
      for (let i = 0; i < docs.length; i++) {
        const summary = summarize(docs[i], this.knowledge, docs[i].hash);
        out.push(this.options.strings ? internSummary(summary, this.options.strings) : summary);
        if (onBatch && (i % 200 === 199 || i === docs.length - 1)) {
          onBatch(out.slice(from), i + 1);
          from = i + 1;
        }
      }
      return out;
    }
    // Batches of about BATCH_CHARS, handed to whichever worker is free.
    const batches: { from: number; to: number }[] = [];
    let from = 0;
    let size = 0;
    for (let i = 0; i < docs.length; i++) {
      size += docs[i].text.length;
      if (size >= BATCH_CHARS) {
        batches.push({ from, to: i + 1 });
        from = i + 1;
        size = 0;
      }
    }
    if (from < docs.length) batches.push({ from, to: docs.length });
    const out: DocumentSummary[] = new Array(docs.length);
    let next = 0;
    let done = 0;
    let id = 0;
    const request = (worker: Worker, batch: { from: number; to: number }): Promise<DocumentSummary[]> => {
      const requestId = ++id;
      return new Promise<DocumentSummary[]>((resolve, reject) => {
        const onMessage = (msg: { id: number; summaries?: Encoded; error?: string }): void => {
          if (msg.id !== requestId) return;
          worker.off('message', onMessage);
          worker.off('error', onError);
          if (msg.error || !msg.summaries) reject(new Error(msg.error ?? 'an analysis worker sent no summaries'));
          else resolve(decode(msg.summaries, this.pooling) as DocumentSummary[]);
        };
        const onError = (err: Error): void => {
          worker.off('message', onMessage);
          reject(err);
        };
        worker.on('message', onMessage);
        worker.once('error', onError);
        worker.postMessage({ id: requestId, docs: docs.slice(batch.from, batch.to) });
      });
    };
    await Promise.all(
      this.workers.map(async (worker) => {
        worker.ref();
        try {
          // Two batches in flight per worker: it starts the next while this thread takes in the
          // last one (decoding, `onBatch`), instead of waiting for it.
          const take = (): { batch: { from: number; to: number }; result: Promise<DocumentSummary[]> } | null => {
            if (next >= batches.length) return null;
            const batch = batches[next++];
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
            done += result.length;
            onBatch?.(result, done);
          }
        } finally {
          worker.unref();
        }
      }),
    );
    return out;
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
