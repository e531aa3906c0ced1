/**
 * Hovers. On any entity mention (flagged or not): kind and canonical name, the curated one-line
 * description, every spelling seen with counts and the articles that use it, the number of
 * mentions and articles, and the figures the corpus states about it, conflicts marked. On a
 * figure: every other mention of the same quantity across the corpus, with links.
 */
import type { Hover, HoverParams } from 'vscode-languageserver/node';
import { MarkupKind } from 'vscode-languageserver/node';
import { describeFigure, incidentDay } from '../core/analysis/figureText';
import type { FigureRecord } from '../core/analysis/summary';
import { placeKeyOfCluster } from '../core/index/clusters';
import type { ServerContext } from './context';
import { fileName } from './context';
import type { Corpus } from './corpus';
import { entityAt, figureAt } from './entityAt';

const MAX_ARTICLES_LISTED = 4;
const MAX_FIGURES_LISTED = 12;

function link(corpus: Corpus, uri: string, start: number, label: string): string {
  const map = corpus.positionMap(uri);
  const line = map ? map.range(start, start).start.line + 1 : 1;
  return `[${label}](${uri}#L${line})`;
}

/** Links to the first mention of a spelling in each of its first articles. */
function articles(corpus: Corpus, docs: readonly { uri: string; first: number }[]): string {
  const shown = docs.slice(0, MAX_ARTICLES_LISTED).map((d) => link(corpus, d.uri, d.first, fileName(d.uri)));
  const more = docs.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

function figureLine(corpus: Corpus, name: (id: string) => string, f: { uri: string; figure: FigureRecord; date: string | null; conflicting: boolean }): string {
  const where = link(corpus, f.uri, f.figure.start, fileName(f.uri));
  const day = incidentDay(f.figure, f.date);
  return `- ${f.conflicting ? '⚠ ' : ''}**${describeFigure(f.figure, name)}** — ${where}, ${f.date ?? 'undated'}${day ? ` (of ${day})` : ''}${f.conflicting ? ' (conflicts)' : ''}`;
}

export function hover(params: HoverParams, ctx: ServerContext): Hover | null {
  ctx.ensureFresh(params.textDocument.uri);
  const doc = ctx.document(params.textDocument.uri);
  const corpus = ctx.corpusFor(params.textDocument.uri);
  const summary = corpus?.summary(params.textDocument.uri);
  if (!doc || !corpus || !summary || summary.version !== doc.version) return null;
  const offset = doc.offsetAt(params.position);
  const entities = corpus.linter.entities;
  const name = (id: string): string => entities.entity(id)?.curatedCanonical ?? id;

  const figure = figureAt(summary, offset);
  if (figure) {
    const others = corpus.linter.figures.sameQuantity(doc.uri, figure.index);
    const lines = [`**${describeFigure(figure.figure, name)}**`, ''];
    if (others.length === 0) lines.push('No other mention of this quantity in the corpus.');
    else {
      lines.push(`Other mentions of this quantity (${others.length}):`, '');
      for (const o of others.slice(0, MAX_FIGURES_LISTED)) lines.push(figureLine(corpus, name, o));
    }
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: { start: doc.positionAt(figure.figure.start), end: doc.positionAt(figure.figure.end) } };
  }

  const hit = entityAt(corpus, summary, offset);
  if (!hit) return null;
  const entity = hit.entityId ? entities.entity(hit.entityId) : undefined;
  const state = entities.stateOfScope(hit.scope) ?? undefined;
  const spellings = entities.spellingsOf(hit.scope);
  const canonical = state?.canonical ?? entity?.curatedCanonical ?? hit.spelling;
  const mentions = spellings.reduce((n, s) => n + s.count, 0);
  const allArticles = new Set(spellings.flatMap((s) => s.docs.map((d) => d.uri)));
  const kind = entity?.kind ?? (state?.kind ? `${state.kind} (name found in the corpus)` : 'name found in the corpus');
  const lines = [`**${canonical}** · ${kind}${hit.scope.endsWith('#surname') ? ' (surname)' : ''}`, ''];
  if (entity?.description) lines.push(entity.description, '');
  const origin = !entity ? 'the corpus majority' : state?.canonical === entity.curatedCanonical ? 'curated list' : 'configured or corpus majority';
  lines.push(`Canonical spelling: **${canonical}** (${origin})`, '');
  if (spellings.length > 0) {
    lines.push('Spellings in the corpus:', '');
    for (const s of spellings) lines.push(`- ${s.spelling === canonical ? '**' + s.spelling + '**' : s.spelling} ×${s.count} — ${articles(corpus, s.docs)}`);
    lines.push('');
  }
  lines.push(`${mentions} mention${mentions === 1 ? '' : 's'} in ${allArticles.size} article${allArticles.size === 1 ? '' : 's'}.`);
  // a curated place's figures, or a discovered place's
  const placeKey = entity?.kind === 'place' ? hit.entityId : !entity && state?.kind === 'place' ? placeKeyOfCluster(hit.scope) : null;
  if (placeKey) {
    const figures = corpus.linter.figures.figuresAbout(placeKey);
    if (figures.length > 0) {
      lines.push('', `Figures stated about ${canonical}:`, '');
      for (const f of figures.slice(0, MAX_FIGURES_LISTED)) lines.push(figureLine(corpus, name, f));
      if (figures.length > MAX_FIGURES_LISTED) lines.push(`- … and ${figures.length - MAX_FIGURES_LISTED} more`);
    }
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: { start: doc.positionAt(hit.start), end: doc.positionAt(hit.end) } };
}
