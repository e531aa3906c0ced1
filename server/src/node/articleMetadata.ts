/**
 * Article dates from a metadata file beside the articles, for the articles whose text states none
 * (web copy often loses its dateline; a toll of an undated article is compared with no other
 * article's), and the outlet of every article listed, shown beside its date where a figure
 * conflicts with it. A corpus exported from a database or a dataset commonly keeps one CSV row per
 * article: `metadata.csv` in the articles' folder or in the folder above it (`articles/` beside
 * `metadata.csv`), with a column naming the article (file, filename, path or id: its file name,
 * with or without extension, or its path from the CSV's folder) and a `date` column (ISO
 * 2017-04-05 or a timestamp that starts with one, 2017/04/05, "April 5, 2017", "Wed, 05 Apr 2017
 * 10:00:00 GMT", or 05/04/2017 when other rows tell which figure is the day). The text's own date
 * always wins: such files often record an event or a crawl date rather than the article's.
 *
 * Files are found by that convention, or given (`--metadata`, or `metadata` in the configuration);
 * one found that has no such columns is not an article metadata file and is passed over; one given
 * must have them.
 */
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { figuresBeforeYear, isoDay, writtenDate } from '../core/text/dates';
import { fnv1a } from '../core/text/hash';
import type { CorpusLintConfig } from '../core/config/config';
import { readArticleSync } from './articles';
import { ConfigError } from './configFile';
import { parseCsv } from './csv';
import { UsageError } from './discover';

export const METADATA_FILE_NAME = 'metadata.csv';
const MAX_METADATA_BYTES = 64 * 1024 * 1024;
const ARTICLE_COLUMNS = ['file', 'filename', 'path', 'id', 'article'];
const DATE_COLUMNS = ['date', 'published', 'publication_date', 'pubdate', 'pub_date', 'published_at'];
/** A column naming the article's outlet (Reuters, SANA), shown beside its date in the figures' messages. */
const OUTLET_COLUMNS = ['outlet', 'publisher', 'publication', 'newspaper', 'site'];
/** What a row says of its article: an ISO date, an outlet, or both. */
interface ArticleRow {
  date?: string;
  outlet?: string;
}

interface MetadataFile {
  path: string;
  /** Key (a file name, a name without extension, or an absolute path) -> its row; null: not article metadata. */
  rows: Map<string, ArticleRow> | null;
  hash: string;
}

/**
 * Which of the two figures before the year is the day in a file's dates written "05/04/2017":
 * the first where some row's first figure is over 12 and none's second is ("19/07/2016"), the
 * second the other way round ("07/19/2016"); null when no row tells, or rows tell both.
 */
function dayFirstIn(values: readonly string[]): boolean | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const f = figuresBeforeYear(value);
    if (!f) continue;
    if (f[0] > 12) dayFirst = true;
    if (f[1] > 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? null : dayFirst;
}

/** A field's date as ISO: written out or in ISO form, or in figures ordered as the file's are. */
function dateIn(value: string, dayFirst: boolean | null): string | undefined {
  const written = writtenDate(value);
  if (written) return written;
  const f = figuresBeforeYear(value);
  if (!f || dayFirst === null) return undefined;
  return isoDay(f[2], dayFirst ? f[1] : f[0], dayFirst ? f[0] : f[1]) ?? undefined;
}

export class ArticleMetadata {
  private readonly files = new Map<string, MetadataFile>();
  /** Problems met in the files read (rows without a date, a file that is not text). */
  readonly warnings: string[] = [];

  /**
   * `given`: the metadata files to use instead of looking beside the articles; `enabled` false:
   * none at all (every date from the text).
   */
  constructor(
    private readonly given: readonly string[] = [],
    private readonly enabled = true,
  ) {
    for (const path of given) {
      const file = this.load(resolve(path), true);
      if (!file.rows) throw new UsageError(`${path}: no article metadata`);
    }
  }

  /** The date the metadata gives the article at `path`, if any (the first file that lists it). */
  dateOf(path: string): string | undefined {
    return this.find(path, 'date');
  }

  /** The outlet the metadata names for the article at `path`, if any (the first file that does). */
  outletOf(path: string): string | undefined {
    return this.find(path, 'outlet');
  }

  /**
   * Lookups by URI for the linter (`articleDate`, `articleOutlet`), each answer kept: an outlet is
   * asked for every article a figure-conflict message names, many times over in a large corpus.
   * The lookups belong to this reading of the files; a new reading makes new ones.
   */
  lookups(): { date: (uri: string) => string | undefined; outlet: (uri: string) => string | undefined } {
    const byUri = (field: keyof ArticleRow): ((uri: string) => string | undefined) => {
      const known = new Map<string, string | undefined>();
      return (uri) => {
        if (known.has(uri)) return known.get(uri);
        const value = uri.startsWith('file:') ? this.find(fileURLToPath(uri), field) : undefined;
        known.set(uri, value);
        return value;
      };
    };
    return { date: byUri('date'), outlet: byUri('outlet') };
  }

  private find(path: string, field: keyof ArticleRow): string | undefined {
    if (!this.enabled) return undefined;
    const name = basename(path);
    const keys = [resolve(path), name, name.slice(0, name.length - extname(name).length)];
    for (const file of this.candidates(path)) {
      if (!file.rows) continue;
      for (const key of keys) {
        const value = file.rows.get(key)?.[field];
        if (value) return value;
      }
    }
    return undefined;
  }

  /** Reads the metadata files the articles at `paths` may be listed in (once per folder). */
  prepare(paths: readonly string[]): void {
    if (!this.enabled) return;
    const seen = new Set<string>();
    for (const path of paths) {
      const dir = dirname(path);
      if (seen.has(dir)) continue;
      seen.add(dir);
      this.candidates(path);
    }
  }

  /** What the dates depend on: the metadata files read so far and their contents. */
  fingerprint(): string {
    return [...this.files.values()].map((f) => `${f.path}:${f.hash}`).sort().join('\n');
  }

  /** The metadata files read so far that hold article dates. */
  sources(): string[] {
    return [...this.files.values()].filter((f) => f.rows).map((f) => f.path);
  }

  private candidates(path: string): MetadataFile[] {
    if (this.given.length > 0) return this.given.map((p) => this.load(resolve(p), true));
    const dir = dirname(resolve(path));
    return [this.load(join(dir, METADATA_FILE_NAME), false), this.load(join(dirname(dir), METADATA_FILE_NAME), false)];
  }

  private load(path: string, given: boolean): MetadataFile {
    let file = this.files.get(path);
    if (file) return file;
    file = { path, rows: null, hash: 'none' };
    this.files.set(path, file);
    const read = readArticleSync(path, MAX_METADATA_BYTES);
    if (!read.ok) {
      // none there is the common case; a given file must be readable
      if (given) throw new UsageError(`${path}: cannot read article metadata: ${read.problem}`);
      if (!/no such file|ENOENT/i.test(read.problem)) this.warnings.push(`${path}: not read as article metadata: ${read.problem}`);
      return file;
    }
    file.hash = fnv1a(read.text);
    const table = parseCsv(read.text);
    const id = ARTICLE_COLUMNS.map((c) => table.header.indexOf(c)).find((i) => i >= 0);
    const day = DATE_COLUMNS.map((c) => table.header.indexOf(c)).find((i) => i >= 0);
    const outlet = OUTLET_COLUMNS.map((c) => table.header.indexOf(c)).find((i) => i >= 0);
    if (id === undefined || day === undefined) {
      if (given) throw new UsageError(`${path}: article metadata needs a column naming the article (${ARTICLE_COLUMNS.join(', ')}) and a date column (${DATE_COLUMNS.join(', ')})`);
      return file;
    }
    const rows = new Map<string, ArticleRow>();
    let undated = 0;
    let unordered = 0;
    const dayFirst = dayFirstIn(table.rows.map((row) => row[day] ?? ''));
    for (const row of table.rows) {
      const key = row[id]?.trim();
      if (!key) continue;
      const date = dateIn(row[day] ?? '', dayFirst);
      if (!date && (row[day] ?? '').trim()) {
        if (figuresBeforeYear(row[day]) && dayFirst === null) unordered++;
        else undated++;
      }
      const name = outlet === undefined ? '' : (row[outlet] ?? '').trim();
      if (!date && !name) continue;
      rows.set(key.includes('/') || key.includes('\\') ? (isAbsolute(key) ? resolve(key) : resolve(dirname(path), key)) : key, { ...(date ? { date } : {}), ...(name ? { outlet: name } : {}) });
    }
    if (undated > 0) this.warnings.push(`${path}: ${undated} row${undated === 1 ? '' : 's'} with a date that is not one (write YYYY-MM-DD), not used`);
    if (unordered > 0) {
      this.warnings.push(
        `${path}: ${unordered} row${unordered === 1 ? '' : 's'} with a date in figures (like 05/04/2017) whose day and month no row of the file tells apart, not used (write YYYY-MM-DD)`,
      );
    }
    if (table.unclosedQuote) this.warnings.push(`${path}: a quoted field is not closed; the rows after it were not read`);
    file.rows = rows;
    return file;
  }
}

/** What the command line says of metadata files (`--metadata FILE`, `--no-metadata`). */
export interface MetadataFlags {
  files: readonly string[];
  off: boolean;
}

/**
 * The article metadata a run uses: none with `--no-metadata`; the files given on the command line;
 * none when the configuration says `"metadata": false`; the files it names (relative to its
 * folder, `base`); else the `metadata.csv` files beside the articles. A file the configuration
 * names that cannot be read or has no article columns is a ConfigError naming the configuration.
 */
export function metadataFor(
  config: Pick<CorpusLintConfig, 'metadata'>,
  base: string,
  configPath: string | null,
  flags: MetadataFlags = { files: [], off: false },
): ArticleMetadata {
  if (flags.off) return new ArticleMetadata([], false);
  if (flags.files.length > 0) return new ArticleMetadata(flags.files);
  if (config.metadata === false) return new ArticleMetadata([], false);
  if (!config.metadata) return new ArticleMetadata();
  try {
    return new ArticleMetadata(config.metadata.map((p) => resolve(base, p)));
  } catch (err) {
    if (err instanceof UsageError) throw new ConfigError(`${configPath ?? base}: "metadata": ${(err as Error).message}`);
    throw err;
  }
}
