/**
 * The report every formatter renders: one entry per file, findings converted to 1-based lines and
 * columns in UTF-16 code units (as ESLint counts them), related locations resolved to files.
 */
import { relative, sep } from 'node:path';
import { LineIndex } from '../../core/text/lines';
import type { Finding, FindingData, Severity } from '../../core/types';

export interface ReportMessage {
  ruleId: string | null;
  /** ESLint's severity: 2 error, 1 anything less. */
  severity: 1 | 2;
  level: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: true;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
  related?: { filePath: string; line: number; column: number; endLine: number; endColumn: number; message: string }[];
  /** What the rule found, for tools (entity id, canonical spelling and relation; quantity). */
  data?: FindingData;
}

export interface ReportFile {
  filePath: string;
  /** Path relative to the working directory, with forward slashes. */
  displayPath: string;
  messages: ReportMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

export interface SourceFile {
  path: string;
  uri: string;
  text: string | null;
  /** Why the file could not be linted. */
  problem?: string;
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

/**
 * The report, one file at a time: `findingsOf` is asked for each file's findings as its entry is
 * made, so a formatter that writes as it goes (JSON) never holds the whole corpus's findings
 * and messages (at 10,000 articles, hundreds of MB). `elsewhere` finds articles that were linted
 * by another run (a shard's `--with-summaries`), so related locations in them get lines and
 * columns too.
 */
export function* reportFiles(
  files: readonly SourceFile[],
  findingsOf: (uri: string) => readonly Finding[],
  cwd: string,
  quiet: boolean,
  elsewhere: (uri: string) => SourceFile | undefined = () => undefined,
): Generator<ReportFile> {
  const byUri = new Map(files.map((f) => [f.uri, f]));
  /** Each article's path and line index, made the first time it is reported or linked to (null: no text). */
  const located = new Map<string, { path: string; index: LineIndex } | null>();
  const locate = (uri: string): { path: string; index: LineIndex } | null => {
    let l = located.get(uri);
    if (l === undefined) {
      const f = byUri.get(uri) ?? elsewhere(uri);
      l = f && typeof f.text === 'string' ? { path: f.path, index: new LineIndex(f.text) } : null;
      located.set(uri, l);
    }
    return l;
  };
  for (const file of files) {
    const messages: ReportMessage[] = [];
    if (file.problem) {
      messages.push({ ruleId: null, severity: 2, level: 'error', fatal: true, message: file.problem, line: 1, column: 1, endLine: 1, endColumn: 1 });
    }
    const idx = locate(file.uri)?.index;
    for (const f of findingsOf(file.uri)) {
      if (quiet && f.severity !== 'error') continue;
      if (!idx) continue;
      const a = idx.position(f.start);
      const b = idx.position(f.end);
      const m: ReportMessage = {
        ruleId: f.ruleId,
        severity: f.severity === 'error' ? 2 : 1,
        level: f.severity,
        message: f.message,
        line: a.line,
        column: a.column,
        endLine: b.line,
        endColumn: b.column,
      };
      const safe = f.fixes?.find((x) => x.safe && x.edits.length === 1 && !x.snippet);
      if (safe) m.fix = { range: [safe.edits[0].start, safe.edits[0].end], text: safe.edits[0].newText };
      const suggestions = (f.fixes ?? []).filter((x) => x !== safe && x.edits.length === 1 && !x.snippet);
      if (suggestions.length > 0) {
        m.suggestions = suggestions.map((x) => ({ desc: x.title, fix: { range: [x.edits[0].start, x.edits[0].end], text: x.edits[0].newText } }));
      }
      if (f.related && f.related.length > 0) {
        m.related = [];
        for (const r of f.related) {
          const rl = locate(r.uri);
          if (!rl) continue;
          const ra = rl.index.position(r.start);
          const rb = rl.index.position(r.end);
          m.related.push({ filePath: rl.path, line: ra.line, column: ra.column, endLine: rb.line, endColumn: rb.column, message: r.message });
        }
      }
      if (f.data) m.data = f.data;
      messages.push(m);
    }
    const count = (pred: (m: ReportMessage) => boolean): number => messages.filter(pred).length;
    yield {
      filePath: file.path,
      displayPath: displayPath(file.path, cwd),
      messages,
      errorCount: count((m) => m.severity === 2),
      warningCount: count((m) => m.level === 'warning'),
      infoCount: count((m) => m.level === 'info' || m.level === 'hint'),
      fatalErrorCount: count((m) => m.fatal === true),
      fixableErrorCount: count((m) => m.severity === 2 && m.fix !== undefined),
      fixableWarningCount: count((m) => m.level === 'warning' && m.fix !== undefined),
    };
  }
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

export const noProblems = (): Totals => ({ errors: 0, warnings: 0, infos: 0, fixable: 0 });

/** A file's share of the totals. */
export function countsOf(f: ReportFile): Totals {
  return { errors: f.errorCount, warnings: f.warningCount, infos: f.infoCount, fixable: f.messages.filter((m) => m.fix).length };
}

export function addCounts(into: Totals, t: Totals): void {
  into.errors += t.errors;
  into.warnings += t.warnings;
  into.infos += t.infos;
  into.fixable += t.fixable;
}

/** Passes the files on and counts them into `into` (complete once the files are all read). */
export function* counted(report: Iterable<ReportFile>, into: Totals = noProblems()): Generator<ReportFile> {
  for (const f of report) {
    addCounts(into, countsOf(f));
    yield f;
  }
}
