/**
 * A full garbage collection when the server goes idle after a scan. Publishing 10,000 articles'
 * diagnostics makes hundreds of MB of short-lived JSON; V8 collects it only under allocation
 * pressure, so a server that then waits for the user kept ~50–100 MB more resident than it
 * holds. Node exposes `gc` only behind a flag; it is turned on here for this process, and if
 * that ever fails nothing happens.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
