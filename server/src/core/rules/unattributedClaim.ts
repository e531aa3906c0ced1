import type { Rule } from './types';

export const unattributedClaim: Rule = {
  id: 'unattributed-claim',
  description: 'A sentence that makes a checkable claim (a figure, a casualty count, an event, an accusation) with no source in it or next to it.',
  defaultSeverity: 'warning',
  scope: 'document',
  fixable: 'suggestion',
  check(context) {
    for (const s of context.summary.sentences) {
      if (s.label !== 'unattributed') continue;
      context.report({
        start: s.start,
        end: s.end,
        message: `Unattributed claim${s.figure ? ' with a figure' : ''}: ${s.cue}. Name the source (who said it, or according to whom).`,
        fixes: [
          {
            title: 'Insert an attribution placeholder',
            edits: [{ start: s.insertAt, end: s.insertAt, newText: ', according to ${1:source}' }],
            safe: false,
            snippet: true,
          },
        ],
        data: { kind: 'claim', insertAt: s.insertAt, sentenceStart: s.start, sentenceEnd: s.end },
        detail: '',
      });
    }
  },
};
