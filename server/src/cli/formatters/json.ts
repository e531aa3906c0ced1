/** ESLint's JSON format: an array of {filePath, messages, errorCount, warningCount, ...}. */
import type { ReportFile } from './report';

const CHUNK_CHARS = 1 << 18;

/**
 * The report in chunks of about 256 KB: a 10,000-article report is ~200 MB of JSON, which as one
 * string (and then one Buffer to write it) costs seconds and twice the memory. Files are taken
 * from the report as they are written (see `reportFiles`).
 */
export function* formatJsonChunks(report: Iterable<ReportFile>): Generator<string> {
  let chunk = '[';
  let i = 0;
  for (const f of report) {
    // ESLint's fields, the messages last; not the display path
    const entry = {
      filePath: f.filePath,
      errorCount: f.errorCount,
      warningCount: f.warningCount,
      infoCount: f.infoCount,
      fatalErrorCount: f.fatalErrorCount,
      fixableErrorCount: f.fixableErrorCount,
      fixableWarningCount: f.fixableWarningCount,
      messages: f.messages,
    };
    chunk += (i++ > 0 ? ',' : '') + JSON.stringify(entry);
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}]`;
}
