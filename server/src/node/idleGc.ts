/**
 * A full, compacting garbage collection when the server goes idle after a scan. Publishing
 * 10,000 articles' diagnostics makes hundreds of MB of short-lived JSON; V8 collects it only
 * under allocation pressure, and in about one restart in four it had grown the old space to ~500 MB
 * for ~175 MB of live objects first. A plain full collection frees the objects but keeps those
 * pages (the survivors are spread over them), so RSS stayed at ~600 MB; compacting moves the
 * survivors together and gives the pages back (old space ~177 MB, RSS ~300 MB at 10,000
 * articles). Node exposes `gc` only behind a flag, and compaction on every full collection is a
 * V8 flag too: both are turned on here for this process, compaction only for this collection;
 * if that ever fails nothing happens. Sweeping is made synchronous for this collection as well:
 * done concurrently, the freed pages went back a few hundred ms later (RSS read 443–488 MB at
 * "ready" and ~300 MB a quarter second after), now they are back before it returns.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/**
 * `compact: false` for a thread whose heap holds little that lives on (an analysis worker after
 * a long job): a plain full collection frees its pages, and the flags stay as they are.
 */
export function collectGarbage({ compact = true } = {}): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  if (!collect) return;
  if (!compact) {
    collect();
    return;
  }
  setFlagsFromString('--compact-on-every-full-gc');
  setFlagsFromString('--no-concurrent-sweeping');
  try {
    collect();
  } finally {
    setFlagsFromString('--concurrent-sweeping');
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
}
