/** `path:line:col  severity  message  rule-id`, one line per problem, and a summary line. */
import { presentMessage } from '../../core/present';
import type { ReportFile } from './report';
import { displayPath } from './report';
import { totals } from './report';

const COLORS: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[90m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
const MAX_RELATED_SHOWN = 2;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatText(report: readonly ReportFile[], cwd: string, color: boolean): string {
  const lines: string[] = [];
  const paint = (code: string, s: string): string => (color ? `${code}${s}${RESET}` : s);
  for (const file of report) {
    for (const m of file.messages) {
      const level = m.fatal ? 'error' : m.level;
      lines.push(`${file.displayPath}:${m.line}:${m.column}  ${paint(COLORS[level] ?? '', level)}  ${presentMessage(m)}  ${paint(DIM, m.ruleId ?? 'file')}`);
      // Related locations matter most for conflicting figures; variants list theirs in JSON and
      // SARIF, where they do not crowd the terminal.
      const related = m.ruleId === 'figure-conflict' ? (m.related ?? []) : [];
      for (const r of related.slice(0, MAX_RELATED_SHOWN)) {
        lines.push(paint(DIM, `    ↳ ${displayPath(r.filePath, cwd)}:${r.line}:${r.column}  ${r.message}`));
      }
      const more = related.length - MAX_RELATED_SHOWN;
      if (more > 0) lines.push(paint(DIM, `    ↳ … and ${more} more`));
    }
  }
  const t = totals(report);
  const problems = t.errors + t.warnings + t.infos;
  if (problems === 0) {
    lines.push(`No problems in ${plural(report.length, 'article')}.`);
  } else {
    const parts = [plural(t.errors, 'error'), plural(t.warnings, 'warning'), `${t.infos} info/hint`];
    lines.push('');
    lines.push(paint(t.errors > 0 ? COLORS.error : COLORS.warning, `✖ ${plural(problems, 'problem')} (${parts.join(', ')}) in ${plural(report.length, 'article')}`));
    if (t.fixable > 0) lines.push(`  ${plural(t.fixable, 'problem')} can be fixed with --fix.`);
  }
  return lines.join('\n') + '\n';
}
