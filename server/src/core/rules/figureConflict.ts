import { articleName, describeFigure } from '../analysis/figureText';
import type { FigureRecord } from '../analysis/summary';
import type { Rule } from './types';

/**
 * Descriptions of figure records ("at least 72 people killed"), per entity index (names come from
 * its knowledge). A much-reported figure is described in the message and related locations of
 * every finding that lists it; records never change, so each is described once.
 */
const descriptions = new WeakMap<object, WeakMap<FigureRecord, string>>();

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
    let known = descriptions.get(context.entities);
    if (!known) descriptions.set(context.entities, (known = new WeakMap()));
    const cache = known;
    const describe = (f: FigureRecord): string => {
      let text = cache.get(f);
      if (text === undefined) cache.set(f, (text = describeFigure(f, name)));
      return text;
    };
    for (const conflict of context.figures.conflictsOf(uri)) {
      const f = conflict.figure;
      const place = [...f.places, ...f.broadPlaces].find((p) => !p.startsWith('~'));
      const others = conflict.others
        .map((o) => `${describe(o.figure)} ${o.uri === uri ? 'in this article' : `stated in ${articleName(o.uri)} (${o.date ?? 'undated'})`}`)
        .join('; ');
      context.report({
        start: f.start,
        end: f.end,
        message: `${describe(f)}${place ? ` in ${name(place)}` : ''}${ownDate ? `, in an article dated ${ownDate},` : ''} conflicts with ${others}.`,
        related: conflict.others.map((o) => ({
          uri: o.uri,
          start: o.figure.start,
          end: o.figure.end,
          message: `${describe(o.figure)}${o.date ? `, article dated ${o.date}` : ', undated article'}`,
        })),
        data: { kind: 'figure', quantity: f.measure },
        detail: f.text,
      });
    }
  },
};
