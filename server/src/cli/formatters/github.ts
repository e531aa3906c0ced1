/** GitHub Actions workflow commands: ::error / ::warning / ::notice with file and position. */
import { presentMessage } from '../../core/present';
import type { PerFileFormat } from './perFile';

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One line per message; nothing at all for a clean corpus. */
export const githubFormat: PerFileFormat = {
  head: '',
  separator: '',
  file(file) {
    let out = '';
    for (const m of file.messages) {
      const command = m.severity === 2 ? 'error' : m.level === 'warning' ? 'warning' : 'notice';
      const props = [
        `file=${escapeProperty(file.displayPath)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId ?? 'corpus-lint')}`,
      ];
      out += `::${command} ${props.join(',')}::${escapeData(presentMessage(m))}\n`;
    }
    return out;
  },
  tail: () => '',
};
