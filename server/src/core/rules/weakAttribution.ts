import type { Rule } from './types';

export const weakAttribution: Rule = {
  id: 'weak-attribution',
  description: 'A claim credited to a vague source ("a monitor said", "according to estimates", "sources said", "reportedly").',
  defaultSeverity: 'hint',
  scope: 'document',
  fixable: 'none',
  check(context) {
    for (const s of context.summary.sentences) {
      if (s.label !== 'attributed-vague') continue;
      context.report({
        start: s.start,
        end: s.end,
        message: `Vague attribution (${s.cue}): say which source, if it can be named.`,
        data: { kind: 'claim', insertAt: s.insertAt, sentenceStart: s.start, sentenceEnd: s.end },
        detail: '',
      });
    }
  },
};
