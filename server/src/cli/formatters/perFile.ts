/**
 * Formats whose report is a head, one part per file (joined by a separator) and a tail made from
 * the totals: JSON, GitHub workflow commands and text. A file's part depends on that file's
 * messages alone, so a run over a corpus where few articles changed can take the other files'
 * parts from the previous report (`--cache`, see node/reportCache.ts). SARIF numbers its
 * artifacts across the whole report and is not one of them.
 */
import type { ReportFile, Totals } from './report';

export interface PerFileFormat {
  readonly head: string;
  readonly separator: string;
  file(f: ReportFile): string;
  /** `files`: how many files the report has; `t` is complete when the tail is asked for. */
  tail(t: Totals, files: number): string;
}

/** The report's strings in order: head, the files' parts with separators between them, tail. */
export function* perFileParts(format: PerFileFormat, parts: Iterable<string>, t: Totals): Generator<string> {
  if (format.head) yield format.head;
  let files = 0;
  for (const part of parts) {
    if (files++ > 0 && format.separator) yield format.separator;
    yield part;
  }
  const tail = format.tail(t, files);
  if (tail) yield tail;
}
