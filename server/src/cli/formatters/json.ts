/** ESLint's JSON format: an array of {filePath, messages, errorCount, warningCount, ...}. */
import type { ReportFile } from './report';

export function formatJson(report: readonly ReportFile[]): string {
  return JSON.stringify(
    report.map(({ displayPath: _path, messages, ...rest }) => ({
      ...rest,
      messages: messages.map(({ display: _display, ...m }) => m),
    })),
  );
}
