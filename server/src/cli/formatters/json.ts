/** ESLint's JSON format: an array of {filePath, messages, errorCount, warningCount, ...}. */
import type { ReportFile } from './report';

const CHUNK_CHARS = 1 << 18;

/**
 * The report in chunks of about 256 KB: a 10,000-article report is ~200 MB of JSON, which as one
 * string (and then one Buffer to write it) costs seconds and twice the memory.
 */
export function* formatJsonChunks(report: readonly ReportFile[]): Generator<string> {
  let chunk = '[';
  for (let i = 0; i < report.length; i++) {
    const { displayPath: _path, messages, ...rest } = report[i];
    chunk += (i > 0 ? ',' : '') + JSON.stringify({ ...rest, messages: messages.map(({ display: _display, ...m }) => m) });
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}]`;
}
