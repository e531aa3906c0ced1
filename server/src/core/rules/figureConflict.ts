import type { Rule } from './types';
import { describeFigure } from '../analysis/figureText';

export const figureConflict: Rule = {
  id: 'figure-conflict',
  description: 'The same quantity stated with values that cannot both be true, in one article or across articles.',
  defaultSeverity: 'warning',
  scope: 'corpus',
  fixable: 'none',
  check(context) {
    const uri = context.summary.uri;
    const ownDate = context.summary.date?.iso ?? null;
    for (const conflict of context.figures.conflictsOf(uri)) {
      const f = conflict.figure;
      const others = conflict.others
        .map((o) => `${describeFigure(o.figure)}${o.uri === uri ? ' in this article' : ` (${o.date ?? 'undated'})`}`)
        .join('; ');
      context.report({
        start: f.start,
        end: f.end,
        message: `${describeFigure(f)} conflicts with ${others}${ownDate ? `; this article is dated ${ownDate}` : ''}.`,
        related: conflict.others.map((o) => ({
          uri: o.uri,
          start: o.figure.start,
          end: o.figure.end,
          message: `${describeFigure(o.figure)}${o.date ? ` (article dated ${o.date})` : ''}`,
        })),
        data: { kind: 'figure', quantity: f.measure },
        detail: f.text,
      });
    }
  },
};
