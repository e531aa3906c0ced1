import { articleName, describeFigure, incidentDay } from '../analysis/figureText';
import type { FigureRecord } from '../analysis/summary';
import type { Rule } from './types';

/**
 * Descriptions of figure records ("at least 72 people killed"), per entity index (names come from
 * its knowledge). A much-reported figure is described in the message and related locations of
 * every finding that lists it; records never change, so each is described once.
 */
const descriptions = new WeakMap<object, WeakMap<FigureRecord, string>>();

const THIS_ARTICLE = 'this article';
/** Places named per figure, and figures named, in a message; the related locations list them all. */
const LISTED = 3;

/**
 * The conflicting figures as a sentence: one figure stated in many articles (a wire story) is
 * named once with its first articles ("2,500 fighters stated in a.txt (undated), b.txt (undated),
 * c.txt (undated) and 7 more"), not once per article; and a number an article states twice is
 * named once, by the fuller of its two descriptions (a headline's "30 people killed", then the
 * body's "at least 30 people killed": the latter), with its day when one names it. The related
 * locations list every figure.
 */
function listOthers(others: readonly { what: string; value: number; article: string; where: string }[]): string {
  // one entry per number an article states (a dozen entries: arrays, not maps)
  const kept: { what: string; where: string; key: string }[] = [];
  for (const o of others) {
    const key = `${o.article}\n${o.value}`;
    const at = kept.findIndex((e) => e.key === key);
    if (at < 0) kept.push({ what: o.what, where: o.where, key });
    else if (o.what.length > kept[at].what.length || (o.what === kept[at].what && o.where.length > kept[at].where.length)) kept[at] = { what: o.what, where: o.where, key };
  }
  // each figure with the places it is stated in, in order
  const whats: string[] = [];
  const wheres: string[][] = [];
  for (const e of kept) {
    const k = whats.indexOf(e.what);
    if (k >= 0) wheres[k].push(e.where);
    else {
      whats.push(e.what);
      wheres.push([e.where]);
    }
  }
  const parts = whats.slice(0, LISTED).map((what, k) => {
    const places = wheres[k];
    if (places.length === 1 && places[0].startsWith(THIS_ARTICLE)) return `${what} in ${places[0]}`;
    const rest = places.length - LISTED;
    return `${what} stated in ${places.slice(0, LISTED).join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
  });
  const rest = whats.length - LISTED;
  if (rest > 0) parts.push(`and ${rest} more ${rest === 1 ? 'figure' : 'figures'}`);
  return parts.join('; ');
}

/** ", article dated 2017-06-18", ", Reuters article dated 2017-06-18", ", undated article" (a related location's tail). */
function relatedArticle(date: string | null, outlet: string | undefined): string {
  const kind = outlet ? `${outlet} article` : 'article';
  return date ? `, ${kind} dated ${date}` : `, undated ${kind}`;
}

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
      // each partner described once, for the message and its link: what it states, the day of an
      // incident its sentence names when it is not the article's ("On February 22 ..."), and the
      // outlet of another article
      const whats = conflict.others.map((o) => describe(o.figure));
      const days = conflict.others.map((o) => incidentDay(o.figure, o.date));
      const outlets = conflict.others.map((o) => (o.uri === uri ? undefined : context.outletOf(o.uri)));
      const others = listOthers(
        conflict.others.map((o, i) => {
          const day = days[i];
          const outlet = outlets[i];
          return { what: whats[i], value: o.figure.value, article: o.uri, where: o.uri === uri ? (day ? `${THIS_ARTICLE} (on ${day})` : THIS_ARTICLE) : `${articleName(o.uri)} (${outlet ? `${outlet}, ` : ''}${o.date ?? 'undated'}${day ? `; on ${day}` : ''})` };
        }),
      );
      const ownDay = incidentDay(f, ownDate);
      context.report({
        start: f.start,
        end: f.end,
        message: `${describe(f)}${place ? ` in ${name(place)}` : ''}${ownDay ? `, on ${ownDay}` : ''}${ownDate ? `, in an article dated ${ownDate}${context.summary.date?.external ? ' (by its metadata)' : ''},` : ''} conflicts with ${others}.`,
        related: conflict.others.map((o, i) => ({
          uri: o.uri,
          start: o.figure.start,
          end: o.figure.end,
          message: `${whats[i]}${days[i] ? `, on ${days[i]}` : ''}${relatedArticle(o.date, outlets[i])}`,
        })),
        data: { kind: 'figure', quantity: f.measure },
        detail: f.text,
      });
    }
  },
};
