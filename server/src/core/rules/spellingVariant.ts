import { kindLabel, replacementFor, reportVariant, variantHits, writtenAs } from './variantFindings';
import type { Rule } from './types';

const HOW: Record<'orthographic' | 'transliteration', string> = {
  orthographic: 'Orthographic variant (case, hyphen, space or article)',
  transliteration: 'Transliteration variant',
};

export const spellingVariant: Rule = {
  id: 'spelling-variant',
  description: 'One entity written several ways across the corpus: a transliteration or a case, hyphen or article variant of its canonical spelling.',
  defaultSeverity: 'warning',
  scope: 'corpus',
  fixable: 'safe',
  check(context) {
    for (const hit of variantHits(context)) {
      if (hit.relation !== 'orthographic' && hit.relation !== 'transliteration') continue;
      const replacement = replacementFor(hit);
      const written = writtenAs(hit);
      // The message names neither spelling: they are in the fix and the related locations, and
      // presentMessage() puts them in front for people ("Raqqah" -> "Raqqa": ...).
      const message = hit.entityId
        ? `${HOW[hit.relation]} of the canonical spelling of this ${kindLabel(context, hit)}.`
        : `${HOW[hit.relation]}, by its letters, of a name written another way in most of the corpus.`;
      reportVariant(context, hit, {
        start: hit.start,
        end: hit.end,
        message,
        fixes: [{ title: `Replace "${written}" with "${replacement}"`, edits: [{ start: hit.start, end: hit.end, newText: replacement }], safe: true }],
        data: { kind: 'variant', entityId: hit.scope.id, canonical: hit.canonical, surface: hit.spelling, written, replacement, relation: hit.relation },
        detail: hit.spelling,
      });
    }
  },
};
