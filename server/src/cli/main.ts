/**
 * `corpus-lint [options] [paths...]`: reads the articles, analyses them (in worker threads, with
 * the cache when asked), lints the corpus, applies safe fixes when asked, prints the report.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pkg from '../../../package.json';
import { dismissalKey, userEntitySpecs } from '../core/config/config';
import { applyEdits, safeEdits } from '../core/fixes';
import { Knowledge } from '../core/knowledge/knowledge';
import { CorpusLinter } from '../core/linter';
import type { Finding } from '../core/types';
import { fnv1a } from '../core/text/hash';
import { metadataFor } from '../node/articleMetadata';
import { decodeArticle, readArticleSync } from '../node/articles';
import { ConfigError, loadConfig, type LoadedConfig } from '../node/configFile';
import { discoverFiles, UsageError } from '../node/discover';
import { cacheFileOf, DEFAULT_CACHE_FILE, namesFolder } from '../node/analysisCache';
import { stampsOf } from '../node/fileStamps';
import { buildVersion } from '../node/buildVersion';
import { fingerprintOf, ReportCache, type PreviousReport, type ReportTotals, type StoredFile } from '../node/reportCache';
import { summarizeAll } from '../node/summarizeAll';
import { readSummaryFiles, writeSummaryFile } from '../node/summaryFiles';
import { ArgsError, parseArgs, USAGE, type CliOptions } from './args';
import { unifiedDiff } from './diff';
import { encodeParts } from './encode';
import { writeAtomically } from './fixWriter';
import { githubFormat } from './formatters/github';
import { jsonFormat } from './formatters/json';
import { perFileParts, type PerFileFormat } from './formatters/perFile';
import { counted, displayPath, noProblems, reportFiles, type SourceFile } from './formatters/report';
import { formatSarif } from './formatters/sarif';
import { textFormat } from './formatters/text';
import { useBatchV8Flags } from './v8Flags';
import { changedSince, fileParts, reachedFrom } from './incremental';

export const README_URL = 'https://github.com/corpus-lint/corpus-lint/blob/main/README.md';

export interface CliIo {
  cwd: string;
  /** A report comes as UTF-8 bytes (a character may span two chunks); messages as strings. */
  stdout: (s: string | Uint8Array) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /** All of standard input (`--stdin`); the process's own when not given. */
  readStdin?: () => Promise<Uint8Array>;
}

const defaultIo = (): CliIo => ({
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
});

export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (err) {
    if (err instanceof ArgsError) {
      io.stderr(`corpus-lint: ${err.message}\nRun corpus-lint --help for the options.\n`);
      return 2;
    }
    throw err;
  }
  if (options.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (options.version) {
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  try {
    return await run(options, io);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof UsageError) {
      io.stderr(`corpus-lint: ${err.message}\n`);
      return 2;
    }
    io.stderr(`corpus-lint: internal error: ${(err as Error).stack ?? err}\n`);
    return 2;
  }
}

function dismissedSet(loaded: LoadedConfig): Set<string> {
  const out = new Set<string>();
  for (const d of loaded.config.dismissed) {
    out.add(`${pathToFileURL(resolve(loaded.base, d.file)).href}|${dismissalKey(d.rule, d.sentence, d.text)}`);
  }
  return out;
}

/** `CORPUS_LINT_TIMING=1` prints how long each phase took to stderr (as ESLint's TIMING does for rules). */
function phaseTimer(io: CliIo): (phase: string) => void {
  if (!process.env.CORPUS_LINT_TIMING) return () => undefined;
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    io.stderr(`corpus-lint timing: ${(now - last).toFixed(0).padStart(6)} ms  ${phase}\n`);
    last = now;
  };
}

/** The configuration with the command line's rule severities over its own (ESLint's --rule). */
function withRuleOptions(loaded: LoadedConfig, rules: CliOptions['rules']): LoadedConfig {
  if (Object.keys(rules).length === 0) return loaded;
  return { ...loaded, config: { ...loaded.config, rules: { ...loaded.config.rules, ...rules } } };
}

async function run(options: CliOptions, io: CliIo): Promise<number> {
  const phase = phaseTimer(io);
  const loaded = withRuleOptions(loadConfig(options.config, io.cwd), options.rules);
  // --stdin: the article read from standard input, linted against the corpus the paths form (or alone)
  const stdinPath = options.stdin ? resolve(io.cwd, options.stdinFilename ?? 'stdin.txt') : undefined;
  const listed =
    stdinPath && options.paths.length === 0
      ? []
      : await discoverFiles(options.paths.length > 0 ? options.paths : ['.'], {
          extensions: options.extensions,
          ignore: [...loaded.config.ignore, ...options.ignorePatterns],
          ignoreBase: loaded.base,
          cwd: io.cwd,
        });
  // the text on standard input stands for the file of its name
  const files = stdinPath ? listed.filter((f) => f !== stdinPath) : listed;
  const external = await readSummaryFiles(options.withSummaries.map((p) => resolve(io.cwd, p)));
  if (files.length === 0 && external.length === 0 && !stdinPath) {
    throw new UsageError(`no articles found in ${options.paths.join(', ') || '.'} (extensions: ${options.extensions.join(', ')})`);
  }

  // dates for the articles whose text states none, from metadata files beside them
  const metadata = metadataFor(loaded.config, loaded.base, loaded.path, {
    files: options.metadata.map((p) => resolve(io.cwd, p)),
    off: options.noMetadata,
  });
  metadata.prepare(stdinPath ? [...files, stdinPath] : files);
  for (const warning of metadata.warnings) io.stderr(`corpus-lint: warning: ${warning}\n`);

  const knowledge = loaded.config.entities.length > 0 ? new Knowledge(userEntitySpecs(loaded.config)) : Knowledge.default();
  // colours only on a terminal, and never with NO_COLOR set (no-color.org)
  const color = options.format === 'text' && options.color && io.isTTY && !options.outputFile && !process.env.NO_COLOR;
  const location = options.cacheLocation ?? DEFAULT_CACHE_FILE;
  // resolve() drops a trailing slash, which says the location is a folder
  const cacheFile = options.cache ? resolve(io.cwd, location) + (namesFolder(location) ? sep : '') : undefined;
  const version = cacheFile ? buildVersion(pkg.version) : pkg.version;
  // Only a plain lint run is replayed: fixes and summary files need the analysis itself.
  const replayable = cacheFile && !options.fix && !options.fixDryRun && !options.summaryOut && external.length === 0 && !stdinPath;
  const format = perFileFormat(options.format, io.cwd, color);
  // what every file's part depends on besides the corpus
  const base = fingerprintOf([version, knowledge.fingerprint, loaded.base, loaded.config, options.format, options.quiet, color, io.cwd, metadata.fingerprint()]);
  const sink = (): { file: string } | { write: (chunk: Uint8Array) => void } => (options.outputFile ? { file: resolve(io.cwd, options.outputFile) } : { write: io.stdout });

  // An unchanged corpus told by its files' stamps: the last report, and no article read.
  // the summary cache's file, the report's beside it (a folder location made, or resolved, once)
  const cachePath = replayable ? await cacheFileOf(cacheFile) : undefined;
  const stamped = cachePath ? stampsOf(files) : undefined;
  const stampsKey = stamped && fingerprintOf([base, options.maxFileBytes, files, stamped.stamps]);
  if (cachePath && stampsKey) {
    phase('file stamps');
    const replayed = await new ReportCache(cachePath, undefined, undefined, stampsKey).replay(sink()).catch((err: unknown) => reportWriteError(options, err));
    if (replayed) {
      phase('report (replayed from the cache: no article file changed since)');
      return exitCode(replayed, options, io);
    }
  }

  const sources: SourceFile[] = files.map((path) => {
    const uri = pathToFileURL(path).href;
    const read = readArticleSync(path, options.maxFileBytes);
    return read.ok ? { path, uri, text: read.text } : { path, uri, text: null, problem: read.problem };
  });
  // what the report covers: every article, or the one from standard input
  let reported = sources;
  if (stdinPath) {
    const read = decodeArticle(await (io.readStdin ?? readProcessStdin)(), options.maxFileBytes);
    const uri = pathToFileURL(stdinPath).href;
    const own: SourceFile = read.ok ? { path: stdinPath, uri, text: read.text } : { path: stdinPath, uri, text: null, problem: `standard input: ${read.problem}` };
    sources.push(own);
    reported = [own];
  }
  const readable = sources.filter((s): s is SourceFile & { text: string } => s.text !== null);
  const hashes = new Map(readable.map((s) => [s.uri, fnv1a(s.text)]));
  phase('read');
  const stateOf = (s: SourceFile): string => hashes.get(s.uri) ?? `problem: ${s.problem}`;
  const reportCache = cachePath
    ? new ReportCache(cachePath, fingerprintOf([base, files, sources.map(stateOf)]), format ? base : undefined, stamped?.settled ? stampsKey : undefined)
    : undefined;
  const replayed = await reportCache?.replay(sink()).catch((err: unknown) => reportWriteError(options, err));
  if (replayed) {
    phase('report (replayed from the cache: no article changed)');
    return exitCode(replayed, options, io);
  }

  // The previous report, when few articles changed since: its other files' parts are copied.
  const previous = await reportCache?.previous();
  const changed = previous ? changedSince(previous, sources, stateOf) : undefined;
  const lookups = metadata.lookups();
  const linter = new CorpusLinter({
    config: loaded.config,
    knowledge,
    dismissed: dismissedSet(loaded),
    articleDate: lookups.date,
    articleOutlet: lookups.outlet,
  });
  const { summaries, stats, save, earlier } = await summarizeAll(
    readable.map((s) => ({ uri: s.uri, version: 0, text: s.text, hash: hashes.get(s.uri) })),
    knowledge,
    {
      jobs: options.jobs,
      cache: cacheFile,
      version,
      extraEntities: userEntitySpecs(loaded.config),
      workerDir: __dirname,
      // indexed batch by batch while the workers analyse the next ones
      strings: linter.strings,
      onSummaries: (batch) => linter.stage(batch, true),
      earlier: changed?.earlier,
    },
  );
  await save();
  phase(`analyse (${stats.analysed} analysed, ${stats.fromCache} from the cache; ${stats.inThread} analysed in the main thread)`);
  const ownUris = new Set(summaries.map((s) => s.uri));
  linter.stage(external.filter((s) => !ownUris.has(s.uri)));
  linter.commitStaged();
  phase('index');
  const reached = previous && changed ? reachedFrom(changed, earlier, linter) : undefined;
  // as indexed: with the dates metadata gave, which a run merging them may not have at hand
  if (options.summaryOut) await writeSummaryFile(resolve(io.cwd, options.summaryOut), summaries.map((s) => linter.summary(s.uri) ?? s));

  if (options.fix || options.fixDryRun) {
    const outcome = await applyFixes(stdinPath ? readable.filter((s) => s.path === stdinPath) : readable, linter, options.fixDryRun, io);
    if (outcome.failed) return 2;
  }

  const bySource = new Map(sources.map((s) => [s.uri, s]));
  const elsewhere = (uri: string): SourceFile | undefined => {
    const own = bySource.get(uri);
    if (own) return own;
    if (!uri.startsWith('file:')) return undefined;
    const path = fileURLToPath(uri);
    const read = readArticleSync(path, options.maxFileBytes);
    return read.ok ? { path, uri, text: read.text } : undefined;
  };
  // Findings are computed file by file as the report is written; `t` is complete once it is.
  const t = noProblems();
  const findingsOf = (uri: string): readonly Finding[] => linter.findings(uri, false);
  /** Where each file's part lies in the report, for the next run (per-file formats only). */
  const stored: StoredFile[] = [];
  let output: string | Iterable<string>;
  let copied = 0;
  if (format) {
    const reuse = (s: SourceFile): StoredFile | undefined => {
      const old = reached && !reached.has(s.uri) ? previous?.files.get(s.uri) : undefined;
      return old && old[1] === stateOf(s) ? old : undefined;
    };
    const fresh = reportFiles(
      reported.filter((s) => !reuse(s)),
      findingsOf,
      io.cwd,
      options.quiet,
      elsewhere,
    );
    const parts = fileParts(format, reported, fresh, { reuse, part: (f) => (previous as PreviousReport).part(f), stateOf, t, stored: reportCache && stored, copied: () => copied++ });
    output = perFileParts(format, parts, t);
  } else {
    output = formatSarif([...counted(reportFiles(reported, findingsOf, io.cwd, options.quiet, elsewhere), t)], io.cwd, pkg.version, README_URL);
  }
  try {
    if (options.outputFile) {
      const outputPath = resolve(io.cwd, options.outputFile);
      try {
        writeParts(outputPath, typeof output === 'string' ? [output] : output);
      } catch (err) {
        reportWriteError(options, err);
      }
      await reportCache?.recordFile(outputPath, t, stored);
    } else if (typeof output === 'string' && !reportCache) {
      io.stdout(output);
    } else {
      let chunks: Iterable<Uint8Array> = encodeParts(typeof output === 'string' ? [output] : output);
      if (reportCache) chunks = reportCache.record(chunks, t, stored);
      for (const chunk of chunks) io.stdout(chunk);
    }
  } finally {
    previous?.close();
  }
  phase(reached ? `rules and report (${sources.length - copied} files reported anew, ${copied} copied from the previous report)` : 'rules and report');
  return exitCode(t, options, io);
}

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function perFileFormat(format: CliOptions['format'], cwd: string, color: boolean): PerFileFormat | undefined {
  switch (format) {
    case 'json':
      return jsonFormat;
    case 'github':
      return githubFormat;
    case 'sarif':
      return undefined;
    default:
      return textFormat(cwd, color);
  }
}


/**
 * Writes the report as its parts are made. Synchronous writes land in the page cache at once;
 * awaiting each write left the thread idle between parts computed as they go.
 */
function writeParts(path: string, parts: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const bytes of encodeParts(parts)) {
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    }
  } finally {
    closeSync(fd);
  }
}

function reportWriteError(options: CliOptions, err: unknown): never {
  throw new UsageError(`${options.outputFile ?? 'stdout'}: cannot write the report: ${(err as Error).message}`);
}

function exitCode(t: ReportTotals, options: CliOptions, io: CliIo): number {
  if (t.errors > 0) return 1;
  if (options.maxWarnings >= 0 && t.warnings > options.maxWarnings) {
    io.stderr(`corpus-lint found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

async function applyFixes(
  files: readonly (SourceFile & { text: string })[],
  linter: CorpusLinter,
  dryRun: boolean,
  io: CliIo,
): Promise<{ failed: boolean }> {
  const changes: { file: SourceFile & { text: string }; next: string; count: number }[] = [];
  for (const file of files) {
    const edits = safeEdits(linter.findings(file.uri));
    if (edits.length === 0) continue;
    changes.push({ file, next: applyEdits(file.text, edits), count: edits.length });
  }
  if (dryRun) {
    for (const c of changes) io.stdout(unifiedDiff(displayPath(c.file.path, io.cwd), c.file.text, c.next));
    return { failed: false };
  }
  let failed = false;
  let fixed = 0;
  let written = 0;
  for (const c of changes) {
    const outcome = await writeAtomically(c.file.path, c.file.text, c.next);
    if (!outcome.ok) {
      io.stderr(`corpus-lint: ${displayPath(c.file.path, io.cwd)}: ${outcome.problem}\n`);
      failed = true;
      continue;
    }
    fixed += c.count;
    written++;
    c.file.text = c.next;
    linter.set({ uri: c.file.uri, version: 1, text: c.next });
  }
  if (written > 0) io.stderr(`corpus-lint: fixed ${fixed} problem${fixed === 1 ? '' : 's'} in ${written} file${written === 1 ? '' : 's'}.\n`);
  return { failed };
}

if (require.main === module) {
  useBatchV8Flags();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`corpus-lint: internal error: ${String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
