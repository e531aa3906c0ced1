/**
 * Writing fixed articles safely: the file must still hold the text that was linted (else it was
 * edited meanwhile and is left alone), the new text goes to a temporary file in the same folder,
 * is flushed to disk and renamed over the original, keeping its permissions.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type WriteOutcome = { ok: true } | { ok: false; problem: string };

export async function writeAtomically(path: string, expectedOld: string, next: string): Promise<WriteOutcome> {
  let current: string;
  let mode: number;
  try {
    const stat = await fs.stat(path);
    mode = stat.mode & 0o7777;
    current = await fs.readFile(path, 'utf8');
  } catch (err) {
    return { ok: false, problem: `cannot read before writing: ${(err as Error).message}` };
  }
  if (current !== expectedOld) return { ok: false, problem: 'changed on disk while linting; not fixed' };
  const tmp = join(dirname(path), `.${basename(path)}.corpus-lint-${process.pid}-${Date.now()}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, 'wx', mode);
    await handle.writeFile(next, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, path);
    return { ok: true };
  } catch (err) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    return { ok: false, problem: `cannot write: ${(err as Error).message}` };
  }
}
