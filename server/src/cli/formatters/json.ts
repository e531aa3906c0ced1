/** ESLint's JSON format: an array of {filePath, messages, errorCount, warningCount, ...}. */
import type { PerFileFormat } from './perFile';

/**
 * The report as flat strings ('[', each file's JSON, ',' between them, ']'), made as the files
 * are taken from the report (see `reportFiles`): a 10,000-article report is ~180 MB of JSON,
 * which as one string (and then one Buffer) costs seconds and twice the memory. They are encoded
 * into buffers of about 1 MB (`encodeParts`) for a file or stdout.
 */
export const jsonFormat: PerFileFormat = {
  head: '[',
  separator: ',',
  // ESLint's fields, the messages last; not the display path
  file: (f) =>
    JSON.stringify({
      filePath: f.filePath,
      errorCount: f.errorCount,
      warningCount: f.warningCount,
      infoCount: f.infoCount,
      fatalErrorCount: f.fatalErrorCount,
      fixableErrorCount: f.fixableErrorCount,
      fixableWarningCount: f.fixableWarningCount,
      messages: f.messages,
    }),
  tail: () => ']',
};
