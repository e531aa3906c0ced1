import { articleName, describeFigure } from '../analysis/figureText';
import type { Rule } from './types';

export const figureConflict: Rule = {
  id: 'figure-conflict',
  description: 'The same quantity stated with values that cannot both be true, in one article or across articles.',
  defaultSeverity: 'warning',
  scope: 'corpus',
  fixable: 'none',
  check(context) {
    const uri = context.summary.uri;
    const ownDate = context.summary.date?.iso ?? null;
    const name = (id: string): string => context.entities.entity(id)?.curatedCanonical ?? id;
    for (const conflict of context.figures.conflictsOf(uri)) {
      const f = conflict.figure;
      const place = [...f.places, ...f.broadPlaces].find((p) => !p.startsWith('~'));
      const others = conflict.others
        .map((o) => `${describeFigure(o.figure, name)} ${o.uri === uri ? 'in this article' : `stated in ${articleName(o.uri)} (${o.date ?? 'undated'})`}`)
        .join('; ');
      context.report({
        start: f.start,
        end: f.end,
        message: `${describeFigure(f, name)}${place ? ` in ${name(place)}` : ''}${ownDate ? `, in an article dated ${ownDate},` : ''} conflicts with ${others}.`,
        related: conflict.others.map((o) => ({
          uri: o.uri,
          start: o.figure.start,
          end: o.figure.end,
          message: `${describeFigure(o.figure, name)}${o.date ? `, article dated ${o.date}` : ', undated article'}`,
        })),
        data: { kind: 'figure', quantity: f.measure },
        detail: f.text,
      });
    }
  },
};
