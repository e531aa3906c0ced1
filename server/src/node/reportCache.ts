/**
 * The report cache, the second half of `--cache`: the last report's bytes, keyed by a fingerprint
 * of everything the report depends on (every article's path and content hash, the configuration,
 * the options that shape the output, the tool's build). Corpus rules make each article's findings
 * depend on every other article, so findings cannot be reused file by file as ESLint does; but a
 * run over an unchanged corpus (a CI re-run, a second look) gives the same report, and replaying
 * it costs reading the articles and copying one file. Any change to the corpus runs the rules
 * again, with the analyses of unchanged articles from the summary cache.
 *
 * One file, `<cache>.report`: a JSON header line, then the report. It is written to a temporary
 * file and renamed, so an interrupted run leaves the previous report or none, never half of one.
 */
import { closeSync, createReadStream, openSync, promises as fs, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export const REPORT_FORMAT = 'corpus-lint-report/1';

/** What the exit code depends on. */
export interface ReportTotals {
  errors: number;
  warnings: number;
}

interface Header extends ReportTotals {
  format: string;
  fingerprint: string;
}

/** A fingerprint of the parts (any JSON values), in order. */
export function fingerprintOf(parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(JSON.stringify(part) ?? 'undefined').update('\u0000');
  return hash.digest('hex');
}

const HEADER_MAX = 4096;

export class ReportCache {
  readonly path: string;

  /** `summaryCache` is the summary cache's file; the report lives beside it. */
  constructor(summaryCache: string, private readonly fingerprint: string) {
    this.path = `${summaryCache}.report`;
  }

  /**
   * When the cached report was made for this fingerprint: copies it to `file`, or passes it to
   * `write` in chunks, and returns its totals. Else (none, another fingerprint, unreadable)
   * returns undefined and writes nothing.
   */
  async replay(sink: { file: string } | { write: (chunk: string) => void }): Promise<ReportTotals | undefined> {
    const header = this.header();
    if (!header) return undefined;
    const stream = createReadStream(this.path, { start: header.bodyStart, highWaterMark: 1 << 20 });
    if ('file' in sink) {
      await fs.writeFile(sink.file, stream);
    } else {
      stream.setEncoding('utf8');
      for await (const chunk of stream) sink.write(chunk as string);
    }
    return { errors: header.errors, warnings: header.warnings };
  }

  private header(): (Header & { bodyStart: number }) | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(this.path, 'r');
      const buf = Buffer.alloc(HEADER_MAX);
      const n = readSync(fd, buf, 0, HEADER_MAX, 0);
      const end = buf.subarray(0, n).indexOf(10);
      if (end < 0) return undefined;
      const h = JSON.parse(buf.toString('utf8', 0, end)) as Header;
      if (h.format !== REPORT_FORMAT || h.fingerprint !== this.fingerprint) return undefined;
      if (!Number.isInteger(h.errors) || !Number.isInteger(h.warnings)) return undefined;
      return { ...h, bodyStart: end + 1 };
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /**
   * Passes the report's chunks through unchanged while writing them to the cache; the cache file
   * takes their place once the last chunk has gone through. A cache that cannot be written costs
   * speed, not results: the chunks still go through.
   */
  *record(chunks: Iterable<string>, totals: ReportTotals): Generator<string> {
    const tmp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    let fd: number | undefined;
    let complete = false;
    try {
      fd = openSync(tmp, 'w');
      const header: Header = { format: REPORT_FORMAT, fingerprint: this.fingerprint, ...totals };
      writeSync(fd, `${JSON.stringify(header)}\n`);
    } catch {
      fd = abandon(fd, tmp);
    }
    try {
      for (const chunk of chunks) {
        if (fd !== undefined) {
          try {
            writeSync(fd, chunk);
          } catch {
            fd = abandon(fd, tmp);
          }
        }
        yield chunk;
      }
      complete = true;
    } finally {
      // A report that did not go through whole (the output could not be written) is not kept.
      if (fd !== undefined && complete) {
        try {
          closeSync(fd);
          renameSync(tmp, this.path);
        } catch {
          abandon(undefined, tmp);
        }
      } else abandon(fd, tmp);
    }
  }
}

function abandon(fd: number | undefined, tmp: string): undefined {
  try {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
  } catch {
    // nothing more to do: the cache only saves time
  }
  return undefined;
}
