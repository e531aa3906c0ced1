import { kindLabel, replacementFor, reportVariant, variantHits, writtenAs } from './variantFindings';
import type { Rule } from './types';

export const entityAlias: Rule = {
  id: 'entity-alias',
  description: 'Another name or an unintroduced acronym of an entity (ISIL, Daesh for ISIS), where the corpus has a canonical name.',
  defaultSeverity: 'info',
  scope: 'corpus',
  fixable: 'suggestion',
  options: {
    acronyms: {
      type: 'string',
      enum: ['undefined', 'all', 'never'],
      default: 'undefined',
      description:
        'Acronyms of the canonical name: report them only where the article never spells the name out ("undefined"), everywhere ("all") or never.',
    },
  },
  check(context) {
    const acronyms = (context.options.acronyms as string | undefined) ?? 'undefined';
    for (const hit of variantHits(context)) {
      let message: string;
      if (hit.relation === 'alias') {
        message = `Another name for this ${kindLabel(context, hit)}; the corpus uses its canonical name.`;
      } else if (hit.relation === 'acronym') {
        if (acronyms === 'never' || (acronyms === 'undefined' && hit.definedInArticle)) continue;
        message = `Acronym that this article never spells out; the canonical name is the full one.`;
      } else if (hit.relation === 'expansion') {
        if (acronyms !== 'all') continue;
        message = `Full form of an acronym that is the canonical name.`;
      } else continue;
      const replacement = replacementFor(hit);
      const written = writtenAs(hit);
      // Inside a quotation the name is the speaker's word ("the attacks of Daesh"): said, not fixed.
      if (hit.quoted) message += ' It is inside a quotation: keep the speaker\'s words.';
      reportVariant(context, hit, {
        start: hit.start,
        end: hit.end,
        message,
        fixes: hit.quoted ? undefined : [{ title: `Replace "${written}" with "${replacement}"`, edits: [{ start: hit.start, end: hit.end, newText: replacement }], safe: false }],
        data: { kind: 'variant', entityId: hit.scope.id, canonical: hit.canonical, surface: hit.spelling, written, replacement, relation: 'alias' },
        detail: hit.spelling,
      });
    }
  },
};
