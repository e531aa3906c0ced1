/**
 * The full collections V8 runs in this process, each logged as it ends: "collection major 9.1 ms
 * at 1795743513750.42" (its kind, its pause, and when it started as milliseconds since the epoch,
 * `performance.timeOrigin + startTime`, which another process can set beside its own clock). The
 * server logs them when CORPUS_LINT_TIMING is set, so that the benchmark can tell an edit slowed
 * by one of V8's full collections (its memory reducer starts one every few dozen seconds of
 * typing: ROUNDS, round AW) from one slowed by the server's own work. Young-generation
 * collections (a millisecond or two, several a second while the user types) are not logged.
 */
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

const KINDS = new Map<number, string>([
  [constants.NODE_PERFORMANCE_GC_MAJOR, 'major'],
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL, 'incremental'],
]);

/** Calls `log` for each full collection (or incremental marking step) from now on; returns how to stop. */
export function logCollections(log: (line: string) => void): () => void {
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = KINDS.get((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? -1);
      if (kind) log(`collection ${kind} ${entry.duration.toFixed(1)} ms at ${(performance.timeOrigin + entry.startTime).toFixed(2)}`);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return () => observer.disconnect();
}
