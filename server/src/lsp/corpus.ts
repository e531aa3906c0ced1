/**
 * The corpus of one workspace folder: its configuration, its articles (open ones from the editor,
 * the others from disk) and the core linter over them. Closed articles keep only their line starts;
 * their text is read again from disk when it is needed.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSummary } from '../core/analysis/summary';
import { dismissalKey, parseConfig, userEntitySpecs, type CorpusLintConfig } from '../core/config/config';
import { DocumentMemo } from '../core/analysis/documentMemo';
import { Knowledge } from '../core/knowledge/knowledge';
import { CorpusLinter, type ArticleLookup } from '../core/linter';
import { defaultSeverities } from '../core/rules';
import { fnv1a } from '../core/text/hash';
import { LineIndex } from '../core/text/lines';
import type { Finding, SourceDocument } from '../core/types';
import { ArticleMetadata, METADATA_FILE_NAME, metadataFor } from '../node/articleMetadata';
import { readArticle, readArticleSync } from '../node/articles';
import { CONFIG_FILE_NAME, ConfigError, parseJsonText } from '../node/configFile';
import { DEFAULT_CACHE_FILE } from '../node/analysisCache';
import { buildVersion } from '../node/buildVersion';
import { AnalysisPool, IN_THREAD_CHARS } from '../node/pool';
import { StageClock } from '../node/stages';
import { summarizeAll } from '../node/summarizeAll';
import pkg from '../../../package.json';
import type { CorpusLintSettings } from '../shared/settings';
import { ArticleSelector } from './articles';
import type { PositionMap } from './convert';

/**
 * Open articles this long are analysed in a worker thread (`updateOpenAway`): an 8.7 MB export
 * of 3,600 articles takes ~2 s, and the server answered nothing meanwhile.
 */
export const AWAY_CHARS = IN_THREAD_CHARS;

export interface ArticleState {
  uri: string;
  path: string;
  /** The editor's document while open. */
  open?: TextDocument;
  /** What the open document's analysis kept from its last version, for the next keystroke's. */
  memo?: DocumentMemo;
  lines?: LineIndex;
  /** Why the file could not be linted (binary, too large, invalid UTF-8). */
  problem?: string;
}

export interface LoadProgress {
  (done: number, total: number): void;
}

/**
 * The position map of a closed article, one per line index: publishing 10,000 articles resolves
 * over a million related locations, each in an article whose map would otherwise be made anew.
 */
const closedMaps = new WeakMap<LineIndex, PositionMap>();

/** Characters of articles analysed after a scan to warm this thread's analysis up (see `warmUp`): ~50 ms. */
const WARM_UP_CHARS = 100_000;

function closedMap(lines: LineIndex): PositionMap {
  let map = closedMaps.get(lines);
  if (!map) {
    map = {
      range: (s, e) => {
        const a = lines.position(s);
        const b = lines.position(e);
        return { start: { line: a.line - 1, character: a.column - 1 }, end: { line: b.line - 1, character: b.column - 1 } };
      },
    };
    closedMaps.set(lines, map);
  }
  return map;
}

export class Corpus {
  linter: CorpusLinter;
  readonly selector: ArticleSelector;
  readonly articles = new Map<string, ArticleState>();
  config: CorpusLintConfig;
  configPath: string | null = null;
  configError: string | null = null;
  /** A metadata file the configuration names could not be used (see `configProblem`). */
  private metadataError: string | null = null;
  private knowledge: Knowledge;
  /** Dates of articles whose text states none, and outlets, from the metadata files (`readMetadata`). */
  private articleDate: ArticleLookup = () => undefined;
  private articleOutlet: ArticleLookup = () => undefined;

  constructor(
    readonly root: string,
    private settings: CorpusLintSettings,
    private readonly workerDir: string,
    private readonly log: (message: string) => void,
    /** Where analyses are cached between sessions (the extension's storage); none if undefined. */
    private readonly cacheDir?: string,
  ) {
    this.selector = new ArticleSelector(root, settings);
    this.config = parseConfig({}, defaultSeverities()).config;
    this.knowledge = Knowledge.default();
    this.linter = new CorpusLinter({ config: this.effectiveConfig(), articleDate: this.articleDate, articleOutlet: this.articleOutlet });
  }

  get rootUri(): string {
    return pathToFileURL(this.root).href;
  }

  /** The configuration with the editor's severity overrides applied. */
  private effectiveConfig(): CorpusLintConfig {
    const rules = { ...this.config.rules };
    for (const [id, sev] of Object.entries(this.settings.rules)) {
      if (sev && sev !== 'default' && id in rules) rules[id as keyof typeof rules] = sev;
    }
    return { ...this.config, rules };
  }

  /** What is wrong with the configuration, for a warning in the editor: its own errors and its metadata files'. */
  get configProblem(): string | null {
    return [this.configError, this.metadataError].filter(Boolean).join('; ') || null;
  }

  /** The folder that relative paths in the configuration are resolved against. */
  private configBase(): string {
    return this.configPath ? dirname(this.configPath) : this.root;
  }

  private dismissed(): Set<string> {
    const base = this.configBase();
    return new Set(this.config.dismissed.map((d) => `${pathToFileURL(resolve(base, d.file)).href}|${dismissalKey(d.rule, d.sentence, d.text)}`));
  }

  /** Reads the configuration file; returns true when the entity list changed (re-analysis needed). */
  async loadConfig(configFiles: readonly string[]): Promise<boolean> {
    const explicit = this.explicitConfig();
    const path = explicit ?? [...configFiles].sort((a, b) => a.split(sep).length - b.split(sep).length)[0] ?? null;
    const before = JSON.stringify(this.config.entities);
    this.configPath = path;
    this.configError = null;
    let config = parseConfig({}, defaultSeverities()).config;
    if (path) {
      try {
        const parsed = parseJsonText(await fs.readFile(path, 'utf8'));
        if (parsed.error) this.configError = parsed.error;
        else {
          const result = parseConfig(parsed.value, defaultSeverities());
          config = result.config;
          if (result.errors.length > 0) this.configError = result.errors.join('; ');
        }
      } catch (err) {
        this.configError = explicit ? `cannot read ${path}: ${(err as Error).message}` : null;
      }
      if (this.configError) this.log(`${path}: ${this.configError} (defaults used where invalid)`);
    }
    this.config = config;
    const entitiesChanged = JSON.stringify(config.entities) !== before;
    if (entitiesChanged) this.knowledge = config.entities.length > 0 ? new Knowledge(userEntitySpecs(config)) : Knowledge.default();
    return entitiesChanged;
  }

  /** Applies settings and configuration to the linter (every finding may change). */
  applyConfig(settings?: CorpusLintSettings): void {
    if (settings) this.settings = settings;
    this.linter.setConfig(this.effectiveConfig(), this.dismissed());
  }

  /** The most problems the editor shows for one article (`corpusLint.maxProblemsPerFile`). */
  get maxProblems(): number {
    return this.settings.maxProblemsPerFile;
  }

  get knowledgeInUse(): Knowledge {
    return this.knowledge;
  }

  /** Scans the folder and analyses every article not open in the editor. */
  async load(openDocs: readonly TextDocument[], progress: LoadProgress, clock = new StageClock(false)): Promise<{ scanned: number }> {
    const scan = await this.selector.scan();
    const entitiesChanged = await this.loadConfig(scan.configFiles);
    if (entitiesChanged || this.linter.knowledge !== this.knowledge) this.rebuildLinter();
    this.applyConfig();
    this.readMetadata(scan.articles);
    this.linter.setArticleDates(this.articleDate, this.articleOutlet);
    clock.lap('listing');
    const openByUri = new Map(openDocs.map((d) => [d.uri, d]));
    const inputs: (SourceDocument & { hash: string })[] = [];
    const total = scan.articles.length;
    progress(0, total);
    const maxBytes = this.settings.maxFileSize * 1024 * 1024;
    for (const path of scan.articles) {
      const uri = pathToFileURL(path).href;
      const open = openByUri.get(uri);
      const state: ArticleState = { uri, path };
      this.articles.set(uri, state);
      if (open) {
        state.open = open;
        inputs.push({ uri, version: open.version, text: open.getText(), hash: fnv1a(open.getText()) });
        continue;
      }
      // Synchronous reads are several times faster for thousands of small files; yield now and
      // then so requests that arrive during the scan are served.
      if (inputs.length % 256 === 255) await new Promise((r) => setImmediate(r));
      const read = readArticleSync(path, maxBytes);
      if (!read.ok) {
        state.problem = read.problem;
        this.log(`${relative(this.root, path)}: ${read.problem}`);
        continue;
      }
      state.lines = new LineIndex(read.text);
      inputs.push({ uri, version: 0, text: read.text, hash: fnv1a(read.text) });
    }
    clock.lap('reading');
    // A restart analyses only the articles whose text changed since the cache was written.
    let cache: string | undefined;
    if (this.cacheDir) {
      cache = join(this.cacheDir, `${fnv1a(this.root)}${DEFAULT_CACHE_FILE}`);
      await fs.mkdir(this.cacheDir, { recursive: true }).catch(() => (cache = undefined));
    }
    const { stats, save } = await summarizeAll(inputs, this.knowledge, {
      cache,
      version: buildVersion(pkg.version),
      extraEntities: userEntitySpecs(this.config),
      workerDir: this.workerDir,
      progress: (done) => progress(done, total),
      strings: this.linter.strings,
      onSummaries: (batch) => this.linter.stage(batch, true),
    });
    clock.lap('analysing');
    this.linter.commitStaged();
    clock.lap('indexing');
    this.saveCache = save;
    if (cache) this.log(`${stats.fromCache} analyses from the cache, ${stats.analysed} analysed`);
    return { scanned: total };
  }

  private saveCache?: () => Promise<boolean>;

  /** Reads the metadata files the articles at `paths` may be listed in, anew. */
  private readMetadata(paths: readonly string[]): void {
    let metadata: ArticleMetadata;
    this.metadataError = null;
    try {
      metadata = metadataFor(this.config, this.configBase(), this.configPath);
    } catch (err) {
      // a file the configuration names that is not article metadata: said like a broken setting
      if (!(err instanceof ConfigError)) throw err;
      this.log(err.message);
      this.metadataError = err.message.slice(err.message.indexOf('"metadata"'));
      metadata = new ArticleMetadata([], false);
    }
    metadata.prepare(paths);
    for (const warning of metadata.warnings) this.log(warning);
    // new lookups for new metadata: the linter tells a change of outlet by them
    const lookups = metadata.lookups();
    this.articleDate = lookups.date;
    this.articleOutlet = lookups.outlet;
  }

  /** Whether a change of the file at `path` may change the articles' dates: a metadata.csv, or a file the configuration names. */
  isMetadataPath(path: string): boolean {
    const files = this.config.metadata;
    if (files === false) return false;
    if (files === null) return basename(path) === METADATA_FILE_NAME;
    return this.metadataPaths().includes(path);
  }

  /** The metadata files the configuration names, resolved against its folder. */
  private metadataPaths(): string[] {
    const files = this.config.metadata;
    return Array.isArray(files) ? files.map((f) => resolve(this.configBase(), f)) : [];
  }

  /** Whether the file at `path` is a configuration this folder may read: a .corpuslintrc.json, or the file its settings name. */
  isConfigPath(path: string): boolean {
    return basename(path) === CONFIG_FILE_NAME || path === this.explicitConfig();
  }

  /** The configuration file the settings name (`corpusLint.configFile`), if any. */
  private explicitConfig(): string | null {
    return this.settings.configFile ? resolve(this.root, this.settings.configFile) : null;
  }

  /** Files by names of their own to watch on disk: the settings' configuration file and the configuration's metadata files. */
  namedFiles(): string[] {
    const metadata = this.metadataPaths();
    const config = this.explicitConfig();
    return config ? [config, ...metadata] : metadata;
  }

  /** A metadata file was created, changed or deleted: the articles whose date so changes are indexed again. */
  reloadMetadata(): Set<string> {
    this.readMetadata([...this.articles.values()].map((a) => a.path));
    return this.linter.setArticleDates(this.articleDate, this.articleOutlet);
  }

  /** Writes the analysis cache of the last scan (after its diagnostics are out); whether it wrote. */
  async persistCache(): Promise<boolean> {
    const save = this.saveCache;
    this.saveCache = undefined;
    return (await save?.()) ?? false;
  }

  /**
   * Analyses a few articles and drops the result: after a restart the scan's analyses came from
   * the cache, and a small scan analyses too few articles to warm this thread up, so the first
   * edits after it ran the analysis before the JIT had optimised it (10-20 ms each instead of ~5).
   */
  warmUp(): void {
    let left = WARM_UP_CHARS;
    for (const state of this.articles.values()) {
      if (left <= 0) return;
      if (state.problem || state.open) continue;
      const read = readArticleSync(state.path, Math.min(left, this.settings.maxFileSize * 1024 * 1024));
      if (!read.ok) continue;
      this.linter.summarize({ uri: state.uri, version: 0, text: read.text });
      left -= read.text.length;
    }
  }

  private rebuildLinter(): void {
    // The knowledge changed: a new linter over the same articles (texts re-read by the caller).
    this.linter = new CorpusLinter({ config: this.effectiveConfig(), knowledge: this.knowledge, dismissed: this.dismissed(), articleDate: this.articleDate, articleOutlet: this.articleOutlet });
  }

  /** Re-analyses every article (after the entity list changed). */
  async reanalyseAll(): Promise<void> {
    this.rebuildLinter();
    for (const state of this.articles.values()) {
      if (state.open) this.linter.set({ uri: state.uri, version: state.open.version, text: state.open.getText() });
      else await this.refreshFromDisk(state.uri);
    }
  }

  isArticlePath(path: string): boolean {
    return this.selector.isArticle(path);
  }

  private openState(doc: TextDocument): ArticleState {
    let state = this.articles.get(doc.uri);
    if (!state) {
      state = { uri: doc.uri, path: fileURLToPath(doc.uri) };
      this.articles.set(doc.uri, state);
    }
    state.open = doc;
    state.problem = undefined;
    return state;
  }

  /** An open document changed (or opened): analyse it, return the articles to re-publish. */
  updateOpen(doc: TextDocument, clock?: StageClock): Set<string> {
    const state = this.openState(doc);
    state.memo ??= new DocumentMemo();
    const summary = this.linter.summarize({ uri: doc.uri, version: doc.version, text: doc.getText() }, state.memo);
    clock?.lap('analyse');
    const affected = this.linter.set(summary, false);
    clock?.lap('index');
    return affected;
  }

  /** The worker thread that analyses long open articles, made on first use for one linter. */
  private away?: { pool: AnalysisPool; linter: CorpusLinter };

  /**
   * `updateOpen` for an article of AWAY_CHARS or more, analysed in a worker thread while this one
   * answers requests. Resolves with the articles to re-publish, or null when the analysis is no
   * longer wanted: the document changed again (its newer version is analysed in turn) or was
   * closed, or the linter was rebuilt (which analysed the document itself).
   */
  async updateOpenAway(doc: TextDocument, clock?: StageClock): Promise<Set<string> | null> {
    const state = this.openState(doc);
    // nothing kept for a document this long (the memo's limit)
    state.memo = undefined;
    const linter = this.linter;
    if (this.away?.linter !== linter) {
      void this.away?.pool.close();
      // strings not pooled, as for any document being typed in (`CorpusLinter.set`)
      const options = { jobs: 2, extraEntities: userEntitySpecs(this.config), workerDir: this.workerDir };
      this.away = { pool: new AnalysisPool(this.knowledge, options), linter };
    }
    const version = doc.version;
    const { pool } = this.away;
    let summary: DocumentSummary;
    try {
      [summary] = await pool.summarize([{ uri: doc.uri, version, text: doc.getText() }]);
    } catch (err) {
      // a worker that failed (or ran out of memory) is not asked again: the next version gets a new one
      if (this.away?.pool === pool) this.dispose();
      throw err;
    }
    clock?.lap('analyse');
    if (this.linter !== linter || this.articles.get(doc.uri) !== state || state.open !== doc || doc.version !== version) return null;
    const affected = linter.set(summary, false);
    clock?.lap('index');
    return affected;
  }

  /** Stops the worker of long open articles (the corpus is being replaced). */
  dispose(): void {
    void this.away?.pool.close();
    this.away = undefined;
  }

  /** A document was closed in the editor: its text on disk is the truth again. */
  async closed(uri: string): Promise<Set<string>> {
    const state = this.articles.get(uri);
    if (!state) return new Set();
    state.open = undefined;
    state.memo = undefined;
    return this.refreshFromDisk(uri);
  }

  /** A file was created or changed on disk (and is not open): read and analyse it. */
  async refreshFromDisk(uri: string): Promise<Set<string>> {
    const path = fileURLToPath(uri);
    let state = this.articles.get(uri);
    if (!state) {
      state = { uri, path };
      this.articles.set(uri, state);
    }
    if (state.open) return new Set();
    const read = await readArticle(path, this.settings.maxFileSize * 1024 * 1024);
    if (!read.ok) {
      state.problem = read.problem;
      state.lines = undefined;
      this.log(`${relative(this.root, path)}: ${read.problem}`);
      const affected = this.linter.remove(uri);
      affected.add(uri);
      return affected;
    }
    state.problem = undefined;
    state.lines = new LineIndex(read.text);
    return this.linter.set({ uri, version: 0, text: read.text });
  }

  removeArticle(uri: string): Set<string> {
    this.articles.delete(uri);
    return this.linter.remove(uri);
  }

  /** Findings of an article; those of closed articles are not kept (they are published, then dropped). */
  findings(uri: string): Finding[] {
    return this.linter.findings(uri, this.articles.get(uri)?.open !== undefined);
  }

  summary(uri: string): DocumentSummary | undefined {
    return this.linter.summary(uri);
  }

  positionMap(uri: string): PositionMap | undefined {
    const state = this.articles.get(uri);
    if (!state) return undefined;
    if (state.open) {
      const doc = state.open;
      return { range: (s, e) => ({ start: doc.positionAt(s), end: doc.positionAt(e) }) };
    }
    return state.lines ? closedMap(state.lines) : undefined;
  }

  /** Path of an article relative to the configuration file's folder (for dismissals). */
  relativeToConfig(uri: string): string {
    const base = this.configBase();
    return relative(base, fileURLToPath(uri)).split(sep).join('/');
  }

  defaultConfigPath(): string {
    return this.configPath ?? join(this.root, '.corpuslintrc.json');
  }
}
