/**
 * A pool of analysis workers. Articles are sent in batches as they are read (`feed`); each worker
 * summarises its batch and posts the summaries back, encoded by `plainCodec` (structured cloning
 * them cost the main thread more than its share of a cold scan). Small jobs run in this thread:
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
  private requests = 0;

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
  summarize(docs: readonly AnalysisInput[], onBatch?: (batch: readonly DocumentSummary[], done: number) => void): Promise<DocumentSummary[]> {
    const feed = this.feed(onBatch);
    for (const doc of docs) feed.add(doc);
    return feed.finish();
  }

  /**
   * A feed for articles read one by one: batches go to the workers as they fill, so the workers
   * start (and warm up) while the caller is still reading.
   */
  feed(onBatch?: (batch: readonly DocumentSummary[], done: number) => void): AnalysisFeed {
    return new AnalysisFeed(this, onBatch);
  }

  /** Starts the workers (once); false when there are none to start. */
  start(): readonly Worker[] | null {
    return this.ensureWorkers() ? this.workers : null;
  }

  /** In this thread, for jobs too small for the workers (or when there are none). */
  summarizeHere(docs: readonly AnalysisInput[], onBatch?: (batch: readonly DocumentSummary[], done: number) => void): DocumentSummary[] {
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

  /** Sends one batch to a worker; the summaries come back encoded and are decoded here. */
  request(worker: Worker, docs: readonly AnalysisInput[]): Promise<DocumentSummary[]> {
    const requestId = ++this.requests;
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
      worker.postMessage({ id: requestId, docs });
    });
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Articles added one at a time (`add`), analysed in batches of about BATCH_CHARS by whichever
 * worker is free, two batches in flight per worker: it starts the next while this thread takes in
 * the last one. The workers start once IN_THREAD_CHARS have come; a smaller job is analysed in
 * this thread by `finish`. Batches are taken in only when this thread is free: a caller that reads
 * synchronously yields now and then (setImmediate) so that they are.
 */
export class AnalysisFeed {
  private readonly out: DocumentSummary[] = [];
  private pending: AnalysisInput[] = [];
  private pendingChars = 0;
  private added = 0;
  private chars = 0;
  private done = 0;
  private workers: readonly Worker[] | null = null;
  private readonly queue: { from: number; docs: AnalysisInput[] }[] = [];
  private readonly inFlight = new Map<Worker, number>();
  private failure: Error | undefined;
  private settled: (() => void) | undefined;

  constructor(
    private readonly pool: AnalysisPool,
    private readonly onBatch?: (batch: readonly DocumentSummary[], done: number) => void,
  ) {}

  add(doc: AnalysisInput): void {
    this.pending.push(doc);
    this.pendingChars += doc.text.length;
    this.chars += doc.text.length;
    this.added++;
    if (!this.workers && this.chars >= IN_THREAD_CHARS) this.workers = this.pool.start();
    if (this.workers && this.pendingChars >= BATCH_CHARS) this.flush();
  }

  /** Every summary, in the order the articles were added (rejects with a worker's error). */
  async finish(): Promise<DocumentSummary[]> {
    if (!this.workers) return this.pool.summarizeHere(this.pending, this.onBatch);
    if (this.pending.length > 0) this.flush();
    await new Promise<void>((resolve) => {
      this.settled = resolve;
      this.checkSettled();
    });
    if (this.failure) throw this.failure;
    return this.out;
  }

  private flush(): void {
    this.queue.push({ from: this.added - this.pending.length, docs: this.pending });
    this.pending = [];
    this.pendingChars = 0;
    this.dispatch();
  }

  private dispatch(): void {
    for (const worker of this.workers ?? []) {
      let busy = this.inFlight.get(worker) ?? 0;
      while (busy < 2 && this.queue.length > 0 && !this.failure) {
        const batch = this.queue.shift() as { from: number; docs: AnalysisInput[] };
        if (busy++ === 0) worker.ref();
        this.inFlight.set(worker, busy);
        this.pool.request(worker, batch.docs).then(
          (result) => {
            for (let k = 0; k < result.length; k++) this.out[batch.from + k] = result[k];
            this.done += result.length;
            try {
              this.onBatch?.(result, this.done);
            } catch (err) {
              this.failure ??= err as Error;
            }
            this.returned(worker);
            this.dispatch();
          },
          (err: Error) => {
            this.failure ??= err;
            this.returned(worker);
          },
        );
      }
    }
    this.checkSettled();
  }

  private returned(worker: Worker): void {
    const busy = (this.inFlight.get(worker) ?? 1) - 1;
    this.inFlight.set(worker, busy);
    if (busy === 0) worker.unref();
    this.checkSettled();
  }

  private checkSettled(): void {
    if (!this.settled) return;
    if ((this.queue.length > 0 && !this.failure) || [...this.inFlight.values()].some((n) => n > 0)) return;
    const settled = this.settled;
    this.settled = undefined;
    settled();
  }
}
