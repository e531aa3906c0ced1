/**
 * The analysis cache (`--cache`, like ESLint's `.eslintcache`): article summaries keyed by the
 * content hash of their text, valid for one build and one knowledge fingerprint (curated list
 * plus configured entities). A second run, or a restart, analyses only the articles whose text
 * changed. A missing, corrupt or outdated cache is ignored and rebuilt.
 *
 * JSON Lines: a header line, then one line per summary. A run that analysed a few articles
 * appends their lines instead of writing 100 MB again; the file is rewritten (to a temporary
 * file, then renamed) when it is new or outdated, or when more than half of its lines are for
 * texts no longer in the corpus. A line cut short by an interrupted append is skipped.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DocumentSummary } from '../core/analysis/summary';

export const CACHE_FORMAT = 'corpus-lint-cache/3';
export const DEFAULT_CACHE_FILE = '.corpuslintcache';

type Stored = Omit<DocumentSummary, 'uri' | 'version'>;

interface Header {
  format: string;
  version: string;
  knowledge: string;
}

/** A location written with a trailing slash names a folder. */
export const namesFolder = (location: string): boolean => /[\\/]$/.test(location);

/**
 * The cache's file: `location` names a file, or a folder that gets the default name — an
 * existing folder, or one written with a trailing slash, which is created (as ESLint does).
 */
export async function cacheFileOf(location: string): Promise<string> {
  if (namesFolder(location)) {
    await fs.mkdir(location, { recursive: true }).catch(() => undefined);
    return join(location, DEFAULT_CACHE_FILE);
  }
  try {
    if ((await fs.stat(location)).isDirectory()) return join(location, DEFAULT_CACHE_FILE);
  } catch {
    // not there yet: a file will be created
  }
  return location;
}

export class AnalysisCache {
  private constructor(
    readonly path: string,
    private readonly header: Header,
    private readonly entries: Map<string, Stored>,
    /** Summary lines in the file (a hash written twice counts twice); -1 when the file is unusable. */
    private readonly lines: number,
    /** The file ends inside a line (an interrupted append): the next append starts a new one. */
    private readonly cutShort: boolean,
  ) {}

  /** The hashes of the summaries read, once they are handed over (`release`). */
  private known?: ReadonlySet<string>;

  /** Opens the cache at `location` (a file, or a folder that gets `.corpuslintcache`). */
  static async load(location: string, version: string, knowledge: string): Promise<AnalysisCache> {
    const path = await cacheFileOf(location);
    const header: Header = { format: CACHE_FORMAT, version, knowledge };
    const entries = new Map<string, Stored>();
    let lines = -1;
    let cutShort = false;
    try {
      // Read in slices and decoded line by line: one string of the whole file (200 MB once it
      // holds a curly quote) and its slices were most of a restart's peak memory.
      let headerOk: boolean | undefined;
      let last = 10;
      for await (const line of linesOf(path)) {
        last = line.final ? -1 : 10;
        if (headerOk === undefined) {
          const found = JSON.parse(line.text) as Header;
          headerOk = found.format === header.format && found.version === version && found.knowledge === knowledge;
          if (!headerOk) break;
          lines = 0;
          continue;
        }
        if (line.text.length === 0) continue;
        lines++;
        try {
          const s = JSON.parse(line.text) as Stored;
          if (typeof s.hash === 'string') entries.set(s.hash, s);
        } catch {
          // a line cut short: its article is analysed again
        }
      }
      cutShort = last !== 10;
    } catch {
      // missing or unreadable: start empty
    }
    return new AnalysisCache(path, header, entries, lines, cutShort);
  }

  get(hash: string, uri: string, version: number): DocumentSummary | undefined {
    const s = this.entries.get(hash);
    return s ? { ...s, uri, version } : undefined;
  }

  /**
   * The summaries read were taken (`get`): only their hashes are kept for `save`, not a second
   * copy of every summary for as long as the caller keeps the cache.
   */
  release(): void {
    this.known ??= new Set(this.entries.keys());
    this.entries.clear();
  }

  private has(hash: string): boolean {
    return this.known ? this.known.has(hash) : this.entries.has(hash);
  }

  /** Whether `save` would write anything for these hashes. */
  isStale(hashes: ReadonlySet<string>): boolean {
    if (this.lines < 0) return true;
    for (const h of hashes) if (!this.has(h)) return true;
    return this.lines > 2 * hashes.size;
  }

  /**
   * Writes the summaries of this run: appends the new ones, or rewrites the file without the
   * texts no longer in the corpus when they are most of it.
   */
  async save(summaries: readonly DocumentSummary[]): Promise<void> {
    const live = new Map<string, Stored>();
    for (const { uri: _uri, version: _version, ...stored } of summaries) live.set(stored.hash, stored);
    const fresh = [...live.values()].filter((s) => !this.has(s.hash));
    const rewrite = this.lines < 0 || this.lines + fresh.length > 2 * live.size;
    try {
      if (rewrite) await this.rewrite(live.values());
      else if (fresh.length > 0) await fs.appendFile(this.path, (this.cutShort ? '\n' : '') + lineOf(fresh));
    } catch {
      // A cache that cannot be written costs speed, not results.
    }
  }

  private async rewrite(stored: Iterable<Stored>): Promise<void> {
    await removeAbandoned(this.path);
    const tmp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    try {
      const handle = await fs.open(tmp, 'w');
      try {
        await handle.write(`${JSON.stringify(this.header)}\n`);
        // in slices: one string of every summary would be twice the cache's size in memory
        let batch: Stored[] = [];
        for (const s of stored) {
          batch.push(s);
          if (batch.length === 50) {
            await handle.write(lineOf(batch));
            batch = [];
          }
        }
        if (batch.length > 0) await handle.write(lineOf(batch));
      } finally {
        await handle.close();
      }
      await fs.rename(tmp, this.path);
    } catch (err) {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      throw err;
    }
  }
}

/** How old another process's temporary file must be to count as abandoned (a killed run). */
const ABANDONED_MS = 10 * 60 * 1000;

/** Removes temporary files that killed runs left beside the cache (100 MB each at 10k articles). */
async function removeAbandoned(path: string): Promise<void> {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const file = join(dir, name);
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat && Date.now() - stat.mtimeMs > ABANDONED_MS) await fs.rm(file, { force: true }).catch(() => undefined);
  }
}

const READ_SLICE = 4 << 20;

/** The file's lines, decoded one at a time; `final` marks a last line without its newline. */
async function* linesOf(path: string): AsyncGenerator<{ text: string; final: boolean }> {
  const handle = await fs.open(path, 'r');
  try {
    let carry: Buffer = Buffer.alloc(0);
    for (;;) {
      const slice = Buffer.allocUnsafe(READ_SLICE);
      const { bytesRead } = await handle.read(slice, 0, READ_SLICE, null);
      if (bytesRead === 0) break;
      const bytes = carry.length > 0 ? Buffer.concat([carry, slice.subarray(0, bytesRead)]) : slice.subarray(0, bytesRead);
      let start = 0;
      for (let end = bytes.indexOf(10); end >= 0; end = bytes.indexOf(10, start)) {
        yield { text: bytes.toString('utf8', start, end), final: false };
        start = end + 1;
      }
      carry = Buffer.from(bytes.subarray(start));
    }
    if (carry.length > 0) yield { text: carry.toString('utf8'), final: true };
  } finally {
    await handle.close();
  }
}

function lineOf(stored: readonly Stored[]): string {
  let out = '';
  for (const s of stored) out += `${JSON.stringify(s)}\n`;
  return out;
}
