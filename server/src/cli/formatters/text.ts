/** `path:line:col  severity  message  rule-id`, one line per problem, and a summary line. */
import { presentMessage } from '../../core/present';
import { displayPath } from './report';
import type { PerFileFormat } from './perFile';

const COLORS: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[90m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
const MAX_RELATED_SHOWN = 2;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One line per problem (and a figure conflict's first related locations), then a summary line. */
export function textFormat(cwd: string, color: boolean): PerFileFormat {
  const paint = (code: string, s: string): string => (color ? `${code}${s}${RESET}` : s);
  return {
    head: '',
    separator: '',
    file(file) {
      let out = '';
      for (const m of file.messages) {
        const level = m.fatal ? 'error' : m.level;
        out += `${file.displayPath}:${m.line}:${m.column}  ${paint(COLORS[level] ?? '', level)}  ${presentMessage(m)}  ${paint(DIM, m.ruleId ?? 'file')}\n`;
        // Related locations matter most for conflicting figures; variants list theirs in JSON and
        // SARIF, where they do not crowd the terminal.
        const related = m.ruleId === 'figure-conflict' ? (m.related ?? []) : [];
        for (const r of related.slice(0, MAX_RELATED_SHOWN)) {
          out += `${paint(DIM, `    ↳ ${displayPath(r.filePath, cwd)}:${r.line}:${r.column}  ${r.message}`)}\n`;
        }
        const more = related.length - MAX_RELATED_SHOWN;
        if (more > 0) out += `${paint(DIM, `    ↳ … and ${more} more`)}\n`;
      }
      return out;
    },
    tail(t, files) {
      const problems = t.errors + t.warnings + t.infos;
      if (problems === 0) return `No problems in ${plural(files, 'article')}.\n`;
      const parts = [plural(t.errors, 'error'), plural(t.warnings, 'warning'), `${t.infos} info/hint`];
      let out = `\n${paint(t.errors > 0 ? COLORS.error : COLORS.warning, `✖ ${plural(problems, 'problem')} (${parts.join(', ')}) in ${plural(files, 'article')}`)}\n`;
      if (t.fixable > 0) out += `  ${plural(t.fixable, 'problem')} can be fixed with --fix.\n`;
      return out;
    },
  };
}
