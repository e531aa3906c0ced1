/**
 * An analysis worker: summarises articles in its own thread. The analysis is pure and per
 * article, so a pool of these uses every core for the cold scan of a corpus.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { summarize } from '../core/analysis/summarize';
import type { EntitySpec } from '../core/knowledge/entities';
import { Knowledge } from '../core/knowledge/knowledge';
import type { SourceDocument } from '../core/types';
import { collectGarbage } from './idleGc';
import { encodeEach, transferList } from './plainCodec';

export interface WorkerRequest {
  id: number;
  docs: (SourceDocument & { hash?: string })[];
}

const extra = (workerData?.extraEntities ?? []) as EntitySpec[];
const knowledge = extra.length > 0 ? new Knowledge(extra) : Knowledge.default();

/**
 * A job this long leaves hundreds of MB of garbage (an 8.7 MB article: ~400 MB), which an idle
 * thread would hold until its next job: collected once the summaries are sent.
 */
const COLLECT_AFTER_CHARS = 1_000_000;

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    const { docs } = request;
    const summaries = encodeEach(docs.length, (i) => summarize(docs[i], knowledge, docs[i].hash));
    parentPort?.postMessage({ id: request.id, summaries }, transferList(summaries));
  } catch (err) {
    parentPort?.postMessage({ id: request.id, error: String((err as Error).stack ?? err) });
  }
  if (request.docs.reduce((n, d) => n + d.text.length, 0) >= COLLECT_AFTER_CHARS) setImmediate(() => collectGarbage({ compact: false }));
});
