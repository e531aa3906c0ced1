/**
 * The analysis cache (`--cache`, like ESLint's `.eslintcache`): article summaries keyed by the
 * content hash of their text, valid for one tool version and one knowledge fingerprint (curated
 * list plus configured entities). A second run, or a restart, analyses only the articles whose
 * text changed. A missing, corrupt or outdated cache is ignored and rebuilt; it is written
 * atomically, so an interrupted run never leaves half a file.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DocumentSummary } from '../core/analysis/summary';

export const CACHE_FORMAT = 'corpus-lint-cache/2';
export const DEFAULT_CACHE_FILE = '.corpuslintcache';

type Stored = Omit<DocumentSummary, 'uri' | 'version'>;

interface CacheFile {
  format: string;
  version: string;
  knowledge: string;
  entries: Record<string, Stored>;
}

/** The cache's file: `location` names a file, or a folder that gets the default name. */
export async function cacheFileOf(location: string): Promise<string> {
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
    private readonly version: string,
    private readonly knowledge: string,
    private readonly entries: Map<string, Stored>,
  ) {}

  /** Opens the cache at `location` (a file, or a folder that gets `.corpuslintcache`). */
  static async load(location: string, version: string, knowledge: string): Promise<AnalysisCache> {
    const path = await cacheFileOf(location);
    const entries = new Map<string, Stored>();
    try {
      const data = JSON.parse(await fs.readFile(path, 'utf8')) as CacheFile;
      if (data.format === CACHE_FORMAT && data.version === version && data.knowledge === knowledge && data.entries) {
        for (const [hash, s] of Object.entries(data.entries)) entries.set(hash, s);
      }
    } catch {
      // missing or unreadable: start empty
    }
    return new AnalysisCache(path, version, knowledge, entries);
  }

  /** Distinct texts in the cache. */
  get size(): number {
    return this.entries.size;
  }

  get(hash: string, uri: string, version: number): DocumentSummary | undefined {
    const s = this.entries.get(hash);
    return s ? { ...s, uri, version } : undefined;
  }

  /** Writes the summaries of this run (entries of texts no longer in the corpus are dropped). */
  async save(summaries: readonly DocumentSummary[]): Promise<void> {
    const entries: Record<string, Stored> = {};
    for (const { uri: _uri, version: _version, ...stored } of summaries) entries[stored.hash] = stored;
    const body: CacheFile = { format: CACHE_FORMAT, version: this.version, knowledge: this.knowledge, entries };
    const tmp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    try {
      await fs.writeFile(tmp, JSON.stringify(body));
      await fs.rename(tmp, this.path);
    } catch {
      // A cache that cannot be written costs speed, not results.
      await fs.rm(tmp, { force: true }).catch(() => undefined);
    }
  }
}
