/**
 * The core's facade. Holds one summary per article and the corpus indexes; an article is added,
 * changed or removed one at a time and the call returns the URIs whose findings may have changed,
 * so a caller (the language server) re-publishes only those. Findings are computed lazily per
 * article and cached until an update touches it.
 */
import { compactSummary, internSummary, StringPool } from './analysis/intern';
import type { DocumentMemo } from './analysis/documentMemo';
import { summarize } from './analysis/summarize';
import type { DocumentSummary } from './analysis/summary';
import { defaultConfig, dismissalKey, type CorpusLintConfig } from './config/config';
import { EntityIndex } from './index/entityIndex';
import { FigureIndex } from './index/figureIndex';
import { Knowledge } from './knowledge/knowledge';
import { defaultSeverities, RULES } from './rules';
import type { ReportedFinding } from './rules/types';
import type { Finding, SourceDocument } from './types';

export interface LinterOptions {
  config?: CorpusLintConfig;
  knowledge?: Knowledge;
  /** Dismissed findings as `uri|key` strings (the caller maps configured file paths to URIs). */
  dismissed?: ReadonlySet<string>;
  /** The date of an article whose text states none, from outside it (`setArticleDates`). */
  articleDate?: ArticleLookup;
  /** The outlet that published an article (Reuters, SANA), from outside it: named beside its date in messages. */
  articleOutlet?: ArticleLookup;
}

/** An article's date (ISO) or outlet from outside its text, such as a metadata file beside the articles. */
export type ArticleLookup = (uri: string) => string | undefined;

const NOTHING_KNOWN: ArticleLookup = () => undefined;

export class CorpusLinter {
  readonly knowledge: Knowledge;
  private config: CorpusLintConfig;
  private dismissed: ReadonlySet<string>;
  private readonly summaries = new Map<string, DocumentSummary>();
  private entityIndex: EntityIndex;
  private figureIndex: FigureIndex;
  private readonly findingCache = new Map<string, Finding[]>();
  /** Summaries staged by `stage()` for the next `commitStaged()`. */
  private readonly staged = new Map<string, DocumentSummary>();
  /** The summaries' repeated strings, shared (see intern.ts); a caller that decodes summaries may pool through it. */
  readonly strings = new StringPool();
  /** Articles whose related locations moved, not yet taken by `takeMoved()`. */
  private moved = new Set<string>();
  /** While entity mentions wait to be resolved (`takeEntityMoves`): the entity index's version at which articles were last affected. */
  private readonly affectedAt = new Map<string, number>();

  /** Dates from outside the text, for the articles whose text states none. */
  private articleDate: ArticleLookup;
  private articleOutlet: ArticleLookup;

  constructor(options: LinterOptions = {}) {
    this.articleDate = options.articleDate ?? NOTHING_KNOWN;
    this.articleOutlet = options.articleOutlet ?? NOTHING_KNOWN;
    this.config = options.config ?? defaultConfig(defaultSeverities());
    this.knowledge = options.knowledge ?? Knowledge.default();
    this.dismissed = options.dismissed ?? new Set();
    this.entityIndex = new EntityIndex(this.knowledge, this.config);
    this.figureIndex = new FigureIndex((place) => this.knowledge.entities.get(place)?.region ?? undefined);
  }

  /**
   * Pure analysis of one text; safe to run in a worker and to cache by content hash. `memo`: what
   * an open document's analysis kept from its last version (documentMemo.ts; the result is the
   * same without it).
   */
  summarize(doc: SourceDocument, memo?: DocumentMemo): DocumentSummary {
    return summarize(doc, this.knowledge, undefined, memo);
  }

  /**
   * Adds or replaces an article. Returns the URIs whose findings may have changed. `shared`: its
   * repeated strings go into the linter's pool; not for a document being typed in, whose summary
   * the next keystroke replaces (sharing its strings took ~0.2 ms of each keystroke).
   */
  set(docOrSummary: SourceDocument | DocumentSummary, shared = true): Set<string> {
    const fresh = 'text' in docOrSummary ? this.summarize(docOrSummary) : docOrSummary;
    const summary = this.dated(shared ? compactSummary(internSummary(fresh, this.strings)) : fresh);
    this.summaries.set(summary.uri, summary);
    const affected = this.entityIndex.update(summary.uri, summary);
    for (const u of this.figureIndex.update(summary.uri, summary)) affected.add(u);
    for (const u of affected) this.findingCache.delete(u);
    this.noteMoved(affected);
    return affected;
  }

  /**
   * The summary as the indexes take it: an article whose text states no date gets the one from
   * outside it, if any (a copy: the summary itself, cached by content hash, stays the text's).
   */
  private dated(summary: DocumentSummary): DocumentSummary {
    if (summary.date) return summary;
    const iso = this.articleDate(summary.uri);
    return iso ? { ...summary, date: { iso, start: -1, end: -1, external: true } } : summary;
  }

  /**
   * Sets where dates from outside the text come from (a metadata file was read, changed or
   * removed): the articles whose text states no date and whose date so changes are indexed again.
   * Returns the URIs whose findings may have changed.
   */
  setArticleDates(articleDate: ArticleLookup, articleOutlet: ArticleLookup = this.articleOutlet): Set<string> {
    this.articleDate = articleDate;
    const affected = new Set<string>();
    // an outlet is named in the messages of other articles: if one changed, any may have
    const before = this.articleOutlet;
    this.articleOutlet = articleOutlet;
    if (before !== articleOutlet && [...this.summaries.keys()].some((u) => before(u) !== articleOutlet(u))) {
      this.findingCache.clear();
      for (const u of this.summaries.keys()) affected.add(u);
    }
    for (const summary of [...this.summaries.values()]) {
      if (summary.date && !summary.date.external) continue;
      if ((summary.date?.iso ?? undefined) === articleDate(summary.uri)) continue;
      const raw = summary.date ? { ...summary, date: null } : summary;
      for (const u of this.set(raw, false)) affected.add(u);
    }
    return affected;
  }

  /**
   * Takes the figure index's moved articles: their cached findings are stale, and they publish
   * later. The affected ones are published now by the caller, with their current related
   * locations (an edited article's own examples move with its text), so they do not wait as
   * moved as well. The entity index's moved mentions are resolved to articles only when asked
   * for (`takeEntityMoves`).
   */
  private noteMoved(affected: ReadonlySet<string>): void {
    for (const u of this.figureIndex.takeMoved()) {
      this.findingCache.delete(u);
      this.moved.add(u);
    }
    for (const u of affected) this.moved.delete(u);
    if (this.entityIndex.hasMoved()) for (const u of affected) this.affectedAt.set(u, this.entityIndex.version);
  }

  /** The articles whose related locations show an entity mention that moved: their cached findings are stale. */
  private takeEntityMoves(): void {
    if (this.entityIndex.hasMoved()) {
      for (const u of this.entityIndex.takeMoved(this.affectedAt)) {
        this.findingCache.delete(u);
        this.moved.add(u);
      }
    }
    this.affectedAt.clear();
  }

  /** Whether articles wait to be re-published because their related locations moved. */
  hasMoved(): boolean {
    return this.moved.size > 0 || this.entityIndex.hasMoved();
  }

  /**
   * Articles whose findings are the same but whose related locations moved (text shifted around
   * an example location in an edited article). A server re-publishes them when the user pauses,
   * not on every keystroke; `findings()` is already up to date for them.
   */
  takeMoved(): Set<string> {
    this.takeEntityMoves();
    const out = this.moved;
    this.moved = new Set();
    return out;
  }

  /**
   * Adds many articles at once (a cold scan): the indexes take every contribution first and
   * recompute each touched scope once, instead of once per article.
   */
  setAll(summaries: readonly DocumentSummary[]): void {
    this.stage(summaries);
    this.commitStaged();
  }

  /**
   * `setAll` in parts, for summaries that arrive in batches (the analysis workers'): each is
   * interned (unless `interned` says its strings are the pool's already) and its entity
   * contribution applied now, while the workers analyse the next ones;
   * nothing is recomputed and no findings may be asked for until `commitStaged()`.
   */
  stage(summaries: readonly DocumentSummary[], interned = false): void {
    for (const raw of summaries) {
      // `interned`: their strings already come from this linter's pool (`strings`)
      if (!interned) internSummary(raw, this.strings);
      const summary = this.dated(compactSummary(raw));
      this.summaries.set(summary.uri, summary);
      this.entityIndex.apply(summary.uri, summary);
      this.staged.set(summary.uri, summary);
    }
  }

  /** Ends a `stage()` series: the figure index takes the staged articles, touched scopes are recomputed. */
  commitStaged(): void {
    // URI order, whatever order the batches came in
    const staged = [...this.staged.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
    this.staged.clear();
    this.figureIndex.addAll(staged);
    this.entityIndex.refresh();
    this.entityIndex.takeMoved();
    this.affectedAt.clear();
    this.findingCache.clear();
  }

  remove(uri: string): Set<string> {
    if (!this.summaries.has(uri)) return new Set();
    this.summaries.delete(uri);
    const affected = this.entityIndex.update(uri, null);
    for (const u of this.figureIndex.update(uri, null)) affected.add(u);
    affected.delete(uri);
    this.findingCache.delete(uri);
    for (const u of affected) this.findingCache.delete(u);
    this.noteMoved(affected);
    return affected;
  }

  has(uri: string): boolean {
    return this.summaries.has(uri);
  }

  uris(): string[] {
    return [...this.summaries.keys()].sort();
  }

  summary(uri: string): DocumentSummary | undefined {
    return this.summaries.get(uri);
  }

  get entities(): EntityIndex {
    return this.entityIndex;
  }

  get figures(): FigureIndex {
    return this.figureIndex;
  }

  getConfig(): CorpusLintConfig {
    return this.config;
  }

  /** New configuration: every article's findings may change. */
  setConfig(config: CorpusLintConfig, dismissed: ReadonlySet<string> = this.dismissed): void {
    this.config = config;
    this.dismissed = dismissed;
    this.entityIndex.setConfig(config);
    this.entityIndex.refresh();
    this.entityIndex.takeMoved();
    this.affectedAt.clear();
    this.findingCache.clear();
  }

  /**
   * The findings of one article, computed on demand. `keep` caches them until the article or one
   * it shares a scope with changes; a server that only publishes a closed article's findings
   * passes false, so that 10,000 articles' findings are not held in memory.
   */
  findings(uri: string, keep = true): Finding[] {
    let cached = this.findingCache.get(uri);
    // It may show a mention that moved since it was cached, unless it was affected by the last
    // update (then cached after every move: the edited article, asked again for code actions).
    if (cached && this.entityIndex.hasMoved() && this.affectedAt.get(uri) !== this.entityIndex.version) {
      this.takeEntityMoves();
      cached = this.findingCache.get(uri);
    }
    if (cached) return cached;
    const summary = this.summaries.get(uri);
    if (!summary) return [];
    const out: Finding[] = [];
    const shared = new Map<string, unknown>();
    for (const rule of RULES) {
      const severity = this.config.rules[rule.id];
      if (!severity || severity === 'off') continue;
      rule.check({
        summary,
        entities: this.entityIndex,
        figures: this.figureIndex,
        options: this.config.ruleOptions[rule.id] ?? {},
        accepted: this.config.accepted,
        outletOf: this.articleOutlet,
        shared,
        report: (f: ReportedFinding) => {
          const key = dismissalKey(rule.id, sentenceKeyAt(summary, f.start), f.detail);
          if (this.dismissed.size > 0 && this.dismissed.has(`${uri}|${key}`)) return false;
          const { detail: _detail, ...rest } = f;
          out.push({ ruleId: rule.id, severity, uri, key, ...rest });
          return true;
        },
      });
    }
    out.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    if (keep) this.findingCache.set(uri, out);
    return out;
  }

  allFindings(): Map<string, Finding[]> {
    const out = new Map<string, Finding[]>();
    for (const uri of this.uris()) out.set(uri, this.findings(uri));
    return out;
  }
}

/** The hash of the sentence that contains an offset ('' outside every sentence). */
export function sentenceKeyAt(summary: DocumentSummary, offset: number): string {
  const list = summary.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s.key;
  }
  return '';
}
