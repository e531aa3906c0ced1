import type { Rule } from './types';

export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  description: 'A direct quotation of four or more words with no speaker in its sentence or the adjacent ones.',
  defaultSeverity: 'warning',
  scope: 'document',
  fixable: 'none',
  check(context) {
    for (const s of context.summary.sentences) {
      const q = s.unattributedQuote;
      if (!q) continue;
      context.report({
        start: q.start,
        end: q.end,
        message: 'Quotation with no speaker in this sentence or the ones around it: say who said it.',
        data: { kind: 'quote', sentenceStart: s.start, sentenceEnd: s.end },
        detail: '',
      });
    }
  },
};
