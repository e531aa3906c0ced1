/**
 * Which articles' report parts a run must make anew when the corpus changed since the previous
 * report (`--cache`). Corpus rules make an article's findings depend on the others it shares an
 * entity or a quantity with; the index knows which those are for each change, as it does for the
 * language server's edits (`CorpusLinter.set` and `remove` return them). So the index, built for
 * the new corpus, is taken back to the previous one change at a time and forward again: an
 * article whose findings differ between the two corpora differs at one of those steps.
 */
import type { DocumentSummary } from '../core/analysis/summary';
import type { CorpusLinter } from '../core/linter';
import type { PreviousReport, StoredFile } from '../node/reportCache';
import type { PerFileFormat } from './formatters/perFile';
import { addCounts, countsOf, type ReportFile, type SourceFile, type Totals } from './formatters/report';

export interface CorpusChange {
  uri: string;
  /** The article as the previous report saw it (none: it was not there, or not readable). */
  before?: DocumentSummary;
  /** The article now (none: it is gone, or not readable). */
  after?: DocumentSummary;
}

/** The articles whose parts must be made anew: the changed ones and every one they reach. */
export function reachedBy(linter: CorpusLinter, changes: readonly CorpusChange[]): Set<string> {
  const reached = new Set<string>();
  const note = (uris: Iterable<string>): void => {
    for (const u of uris) reached.add(u);
  };
  for (const c of changes) {
    reached.add(c.uri);
    note(c.before ? linter.set(c.before) : linter.remove(c.uri));
  }
  for (const c of changes) note(c.after ? linter.set(c.after) : linter.remove(c.uri));
  // related locations in the changed articles that moved with their text
  note(linter.takeMoved());
  return reached;
}

export interface PartSources {
  /** The previous report's entry for a file whose part is copied; undefined: made anew. */
  reuse(s: SourceFile): StoredFile | undefined;
  part(f: StoredFile): string;
  stateOf(s: SourceFile): string;
  /** Filled as the parts go: the totals, and where each part lies (for the next run). */
  t: Totals;
  /** None when no report cache records the run: counting each part's bytes took 0.14 s at 10,000 articles. */
  stored?: StoredFile[];
  copied(): void;
}

/**
 * Each file's part in order, copied from the previous report or made from `fresh` (the report
 * entries of the other files, in the same order); each is counted into the totals and its place
 * in the report (after the format's head, separators between parts) recorded.
 */
export function* fileParts(format: PerFileFormat, sources: readonly SourceFile[], fresh: Iterator<ReportFile>, from: PartSources): Generator<string> {
  let offset = Buffer.byteLength(format.head);
  const separator = Buffer.byteLength(format.separator);
  for (const s of sources) {
    const old = from.reuse(s);
    let part: string;
    let counts: Totals;
    if (old) {
      part = from.part(old);
      counts = { errors: old[4], warnings: old[5], infos: old[6], fixable: old[7] };
      from.copied();
    } else {
      const next = fresh.next();
      if (next.done) throw new Error(`the report lost ${s.path}`);
      part = format.file(next.value);
      counts = countsOf(next.value);
    }
    addCounts(from.t, counts);
    if (from.stored) {
      if (from.stored.length > 0) offset += separator;
      const bytes = Buffer.byteLength(part);
      from.stored.push([s.uri, from.stateOf(s), offset, bytes, counts.errors, counts.warnings, counts.infos, counts.fixable]);
      offset += bytes;
    }
    yield part;
  }
}

/** Changes of more than this share of the corpus are reported whole: each change costs two index updates. */
const MOST_CHANGED = 0.2;

export interface Changed {
  uris: Map<string, { before: boolean; after: boolean }>;
  /** Earlier contents (URI to hash) of the changed and removed articles, to take from the analysis cache. */
  earlier: Map<string, string>;
}

/** The articles added, removed or changed since the previous report; undefined when too many. */
export function changedSince(previous: PreviousReport, sources: readonly SourceFile[], stateOf: (s: SourceFile) => string): Changed | undefined {
  const uris = new Map<string, { before: boolean; after: boolean }>();
  const earlier = new Map<string, string>();
  const hashOf = (state: string): string | undefined => (state.startsWith('problem: ') ? undefined : state);
  const now = new Set<string>();
  for (const s of sources) {
    now.add(s.uri);
    const old = previous.files.get(s.uri);
    const state = stateOf(s);
    if (old && old[1] === state) continue;
    const was = old ? hashOf(old[1]) : undefined;
    if (was) earlier.set(s.uri, was);
    uris.set(s.uri, { before: was !== undefined, after: s.text !== null });
  }
  for (const [uri, old] of previous.files) {
    if (now.has(uri)) continue;
    const was = hashOf(old[1]);
    if (was) earlier.set(uri, was);
    uris.set(uri, { before: was !== undefined, after: false });
  }
  return uris.size <= Math.max(1, MOST_CHANGED * sources.length) ? { uris, earlier } : undefined;
}

/** The articles to report anew; undefined (report all) when an earlier analysis is not in the cache. */
export function reachedFrom(changed: Changed, earlier: ReadonlyMap<string, DocumentSummary>, linter: CorpusLinter): Set<string> | undefined {
  const changes: CorpusChange[] = [];
  for (const [uri, { before, after }] of changed.uris) {
    const was = before ? earlier.get(uri) : undefined;
    if (before && !was) return undefined;
    const is = after ? linter.summary(uri) : undefined;
    if (after && !is) return undefined;
    changes.push({ uri, before: was, after: is });
  }
  return reachedBy(linter, changes);
}
