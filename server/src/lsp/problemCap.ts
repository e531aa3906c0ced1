/**
 * The most problems the editor shows for one article (`corpusLint.maxProblemsPerFile`). A normal
 * article has a dozen or two; a file of thousands of articles run together has tens of
 * thousands, which would be tens of megabytes at every pause in typing. The most severe are kept,
 * in order of position within a severity, and shown in order of position; what is left out is
 * counted in a last problem placed where the first of them is.
 */
import type { Finding, Severity } from '../core/types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export interface Capped {
  shown: readonly Finding[];
  /** How many were left out (0: all shown), and the first of them by position. */
  hidden: number;
  firstHidden?: Finding;
}

/** `findings` in order of position (as the linter returns them). */
export function capProblems(findings: readonly Finding[], max: number): Capped {
  if (findings.length <= max) return { shown: findings, hidden: 0 };
  // counting sort by severity: stable, so each severity stays in order of position
  const bySeverity: Finding[][] = [[], [], [], []];
  for (const f of findings) bySeverity[RANK[f.severity]].push(f);
  const kept = new Set<Finding>();
  for (const list of bySeverity) {
    for (const f of list) {
      if (kept.size >= max) break;
      kept.add(f);
    }
  }
  const shown: Finding[] = [];
  let firstHidden: Finding | undefined;
  for (const f of findings) {
    if (kept.has(f)) shown.push(f);
    else firstHidden ??= f;
  }
  return { shown, hidden: findings.length - shown.length, firstHidden };
}

/** The last problem's message. */
export function hiddenMessage(hidden: number, max: number): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  return (
    `${n(hidden)} more problem${hidden === 1 ? '' : 's'} in this file not shown: the editor shows at most ${n(max)} ` +
    `(corpusLint.maxProblemsPerFile), the most severe first. \`corpus-lint\` on the command line reports them all.`
  );
}
