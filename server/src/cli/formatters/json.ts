/** ESLint's JSON format: an array of {filePath, messages, errorCount, warningCount, ...}. */
import type { ReportFile } from './report';

/**
 * The report as flat strings ('[', each file's JSON, ',' between them, ']'), made as the files
 * are taken from the report (see `reportFiles`): a 10,000-article report is ~180 MB of JSON,
 * which as one string (and then one Buffer) costs seconds and twice the memory. A file is written
 * from them through one buffer (`writeParts` in main.ts); stdout takes them joined in chunks.
 */
export function* formatJsonParts(report: Iterable<ReportFile>): Generator<string> {
  yield '[';
  let i = 0;
  for (const f of report) {
    if (i++ > 0) yield ',';
    // ESLint's fields, the messages last; not the display path
    yield JSON.stringify({
      filePath: f.filePath,
      errorCount: f.errorCount,
      warningCount: f.warningCount,
      infoCount: f.infoCount,
      fatalErrorCount: f.fatalErrorCount,
      fixableErrorCount: f.fixableErrorCount,
      fixableWarningCount: f.fixableWarningCount,
      messages: f.messages,
    });
  }
  yield ']';
}

/** Parts joined into chunks of about 256 KB: one write to stdout each, not one per file. */
export function* inChunks(parts: Iterable<string>, chars = 1 << 18): Generator<string> {
  let chunk = '';
  for (const part of parts) {
    chunk += part;
    if (chunk.length >= chars) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}
