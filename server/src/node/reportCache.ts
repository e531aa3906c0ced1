/**
 * The report cache, the second half of `--cache`: the last report's bytes, keyed by a fingerprint
 * of everything the report depends on (every article's path and content hash, the configuration,
 * the options that shape the output, the tool's build). Corpus rules make each article's findings
 * depend on every other article, so findings cannot be reused file by file as ESLint does; but a
 * run over an unchanged corpus (a CI re-run, a second look) gives the same report, and replaying
 * it costs reading the articles and copying one file. After a change to the corpus the rules run
 * again, with the analyses of unchanged articles from the summary cache; and in the formats
 * made of one part per file (JSON, GitHub, text), the header also says where each file's part
 * lies in the report and which content it was made from, so that the next run writes anew only
 * the parts of the articles the change can reach and copies the others (`previous`).
 *
 * When every article's file stamp is the one recorded with the report (fileStamps.ts), the replay
 * needs no article read at all.
 *
 * Two files beside the summary cache: `<cache>.report` (the bytes, copied to an output file by
 * the kernel) and `<cache>.report.json` (fingerprint, totals, size). The header is removed before
 * the report is replaced and written after, each through a temporary file and a rename, so an
 * interrupted run leaves the previous pair or no header, never a header for the wrong bytes.
 */
import { closeSync, createReadStream, fstatSync, openSync, promises as fs, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export const REPORT_FORMAT = 'corpus-lint-report/3';

/** What the exit code depends on. */
export interface ReportTotals {
  errors: number;
  warnings: number;
}

/** Per file of a report: URI, content state (hash or problem), byte offset and length of its part, counts. */
export type StoredFile = [uri: string, state: string, offset: number, bytes: number, errors: number, warnings: number, infos: number, fixable: number];

interface Header extends ReportTotals {
  format: string;
  fingerprint: string;
  /**
   * Fingerprint of the same, with every article's file stamp (fileStamps.ts) in place of its content
   * hash: a run whose stamps all match replays the report without reading the articles.
   */
  stamps?: string;
  /** Fingerprint of what every file's part depends on besides the corpus (build, options, configuration). */
  base?: string;
  files?: StoredFile[];
  bytes: number;
}

/**
 * The previous report, for a run whose corpus changed: its files by URI, and each one's part,
 * read from the report file when asked for (the file is open: the new report replaces it by a
 * rename, so the parts stay readable while it is written). `close` when done.
 */
export interface PreviousReport {
  files: ReadonlyMap<string, StoredFile>;
  part(file: StoredFile): string;
  close(): void;
}

/** A fingerprint of the parts (any JSON values), in order. */
export function fingerprintOf(parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(JSON.stringify(part) ?? 'undefined').update('\u0000');
  return hash.digest('hex');
}

export class ReportCache {
  readonly path: string;
  private readonly headerPath: string;

  /**
   * `summaryCache` is the summary cache's file; the report lives beside it. `fingerprint`: of
   * what the report depends on, the articles by content (undefined: matched by `stamps` alone).
   * `base`: the fingerprint of everything but the corpus, for reports made of per-file parts.
   * `stamps`: the fingerprint with the articles by file stamp, recorded with the report when given.
   */
  constructor(
    summaryCache: string,
    private readonly fingerprint: string | undefined,
    private readonly base?: string,
    private readonly stamps?: string,
  ) {
    this.path = `${summaryCache}.report`;
    this.headerPath = `${this.path}.json`;
  }

  /**
   * When the cached report was made for this fingerprint: copies it to `file`, or passes it to
   * `write` in chunks, and returns its totals. Else (none, another fingerprint, unreadable)
   * returns undefined and writes nothing.
   */
  async replay(sink: { file: string } | { write: (chunk: Uint8Array) => void }): Promise<ReportTotals | undefined> {
    let header: Header;
    try {
      header = JSON.parse(await fs.readFile(this.headerPath, 'utf8')) as Header;
      if (header.format !== REPORT_FORMAT) return undefined;
      const same = (this.fingerprint !== undefined && header.fingerprint === this.fingerprint) || (this.stamps !== undefined && header.stamps === this.stamps);
      if (!same) return undefined;
      if (!Number.isInteger(header.errors) || !Number.isInteger(header.warnings)) return undefined;
      if ((await fs.stat(this.path)).size !== header.bytes) return undefined;
    } catch {
      return undefined;
    }
    if ('file' in sink) {
      await fs.copyFile(this.path, sink.file);
    } else {
      // bytes as stored: a chunk may end inside a character
      const stream = createReadStream(this.path, { highWaterMark: 1 << 20 });
      for await (const chunk of stream) sink.write(chunk as Buffer);
    }
    // Same articles under new stamps (touched, checked out again): the next run trusts these.
    if (this.stamps !== undefined && header.stamps !== this.stamps && header.fingerprint === this.fingerprint) this.writeHeader({ ...header, stamps: this.stamps });
    return { errors: header.errors, warnings: header.warnings };
  }

  /**
   * The last report, when it was made of per-file parts with the same base: for a run that
   * reports the unchanged articles' parts again. Undefined when there is none that fits.
   */
  async previous(): Promise<PreviousReport | undefined> {
    if (!this.base) return undefined;
    let fd: number | undefined;
    try {
      const header = JSON.parse(await fs.readFile(this.headerPath, 'utf8')) as Header;
      if (header.format !== REPORT_FORMAT || header.base !== this.base || !Array.isArray(header.files)) return undefined;
      fd = openSync(this.path, 'r');
      const size = fstatSync(fd).size;
      if (size !== header.bytes) throw new Error('another report');
      const files = new Map<string, StoredFile>();
      for (const f of header.files) {
        if (!Array.isArray(f) || f.length !== 8 || !(f[2] >= 0 && f[3] >= 0 && f[2] + f[3] <= size)) throw new Error('a broken header');
        files.set(f[0], f);
      }
      const open = fd;
      let buffer = Buffer.allocUnsafe(1 << 16);
      return {
        files,
        part: ([, , offset, bytes]) => {
          if (buffer.length < bytes) buffer = Buffer.allocUnsafe(bytes);
          for (let done = 0; done < bytes; ) {
            const n = readSync(open, buffer, done, bytes - done, offset + done);
            if (n === 0) throw new Error(`${this.path}: the previous report ended early`);
            done += n;
          }
          return buffer.toString('utf8', 0, bytes);
        },
        close: () => closeQuietly(open),
      };
    } catch {
      if (fd !== undefined) closeQuietly(fd);
      return undefined;
    }
  }

  /**
   * Passes the report's chunks through unchanged while writing them to the cache; the cache takes
   * them once the last chunk has gone through. A cache that cannot be written costs speed, not
   * results: the chunks still go through.
   */
  *record(chunks: Iterable<Uint8Array>, totals: ReportTotals, files?: readonly StoredFile[]): Generator<Uint8Array> {
    const tmp = this.temporary();
    let fd: number | undefined;
    let bytes = 0;
    let complete = false;
    try {
      fd = openSync(tmp, 'w');
    } catch {
      fd = undefined;
    }
    try {
      for (const chunk of chunks) {
        if (fd !== undefined) {
          try {
            bytes += writeSync(fd, chunk);
          } catch {
            closeQuietly(fd);
            fd = undefined;
          }
        }
        yield chunk;
      }
      complete = true;
    } finally {
      if (fd !== undefined) closeQuietly(fd);
      // A report that did not go through whole (the output could not be written) is not kept.
      if (fd !== undefined && complete) this.install(tmp, { ...totals, bytes }, files);
      else rmSync(tmp, { force: true });
    }
  }

  /** Keeps a copy of a report written to a file (copied by the kernel: no second encoding). */
  async recordFile(file: string, totals: ReportTotals, files?: readonly StoredFile[]): Promise<void> {
    const tmp = this.temporary();
    try {
      await fs.copyFile(file, tmp);
      this.install(tmp, { ...totals, bytes: (await fs.stat(tmp)).size }, files);
    } catch {
      rmSync(tmp, { force: true });
    }
  }

  private temporary(): string {
    return join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
  }

  /** Replaces the report by `tmp` and writes its header; on failure, leaves no header. */
  private install(tmp: string, totals: ReportTotals & { bytes: number }, files?: readonly StoredFile[]): void {
    try {
      if (this.fingerprint === undefined) throw new Error('a report is recorded with its fingerprint');
      rmSync(this.headerPath, { force: true });
      renameSync(tmp, this.path);
      this.writeHeader({
        format: REPORT_FORMAT,
        fingerprint: this.fingerprint,
        ...(this.stamps !== undefined ? { stamps: this.stamps } : {}),
        ...totals,
        ...(this.base && files ? { base: this.base, files: [...files] } : {}),
      });
    } catch {
      rmSync(tmp, { force: true });
    }
  }

  /** Writes the header through a temporary file and a rename; a failure leaves the old one, or none. */
  private writeHeader(header: Header): void {
    const tmp = `${this.temporary()}.json`;
    try {
      const fd = openSync(tmp, 'w');
      try {
        writeSync(fd, JSON.stringify(header));
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, this.headerPath);
    } catch {
      rmSync(tmp, { force: true });
    }
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already unusable
  }
}
