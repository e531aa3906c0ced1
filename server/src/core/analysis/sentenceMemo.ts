/**
 * The facts of an open document's sentences, kept from its last analysis for the next. A
 * keystroke changes one sentence; every other sentence's facts are found again by what they were
 * computed from: the sentence's text with the tokens around it (a quantity's qualifier before it,
 * "as many as"; its unit after it), where the sentence lies among them, and the names in it. The
 * analysis of a 27 KB article spends about half its time on these facts.
 *
 * The memo holds one version: what the last analysis saw. A fact kept from an older version may
 * hold a slice of that version's text (V8 shares long substrings with their parent), so every
 * RENEW_AFTER versions the memo starts empty, and no text outlives that many keystrokes. The
 * facts take ~16 bytes a character (a 27 KB article's 0.8 MB, a 1 MB one's 15 MB): a document
 * longer than MAX_TEXT is analysed afresh at each version, and nothing of it is kept.
 */
import type { Span } from '../text/sentences';
import type { Tokens } from '../text/tokens';
import { spansWithin } from '../text/sortedSpans';
import type { MentionRecord } from './summary';

/**
 * Tokens read around a sentence: before a number, its qualifier ("between", "no fewer than");
 * after it, the rest of a number in words ("three hundred thousand") and the two words after.
 */
const CONTEXT_BEFORE = 6;
const CONTEXT_AFTER = 6;
export const RENEW_AFTER = 64;
export const MAX_TEXT = 1 << 20;

export class SentenceMemo {
  private entries = new Map<string, unknown>();
  private versions = 0;
  private basis: unknown;
  /** How many sentences the last analysis took from the memo. */
  reused = 0;

  /**
   * The facts of each sentence: `moved` from the last version when its key is there, else
   * `fresh`. The facts must depend on nothing but what the key holds and `basis` (the knowledge:
   * another empties the memo).
   */
  factsOf<F>(
    basis: unknown,
    text: string,
    tokens: Tokens,
    spans: readonly Span[],
    mentions: readonly MentionRecord[],
    fresh: (span: Span, first: number, last: number, inSentence: readonly MentionRecord[]) => F,
    moved: (kept: F, span: Span, first: number, last: number) => F,
  ): F[] {
    const keep = text.length <= MAX_TEXT;
    if (++this.versions % RENEW_AFTER === 0 || basis !== this.basis || !keep) this.entries.clear();
    this.basis = basis;
    this.reused = 0;
    const next = new Map<string, unknown>();
    const out = spans.map((span) => {
      const [first, last] = tokenRange(tokens, span);
      const inSentence = spansWithin(mentions, span);
      if (!keep) return fresh(span, first, last, inSentence);
      const key = contextKey(text, tokens, span, first, last, inSentence);
      const kept = this.entries.get(key) as F | undefined;
      if (kept !== undefined) this.reused++;
      const facts = kept === undefined ? fresh(span, first, last, inSentence) : moved(kept, span, first, last);
      next.set(key, facts);
      return facts;
    });
    this.entries = next;
    return out;
  }
}

/**
 * The text from CONTEXT_BEFORE tokens before the sentence to CONTEXT_AFTER tokens after its
 * last, the sentence's place and token count in it, and each name in it (where, which entity).
 */
function contextKey(text: string, tokens: Tokens, span: Span, first: number, last: number, inSentence: readonly MentionRecord[]): string {
  const before = Math.max(0, first - CONTEXT_BEFORE);
  const after = Math.min(tokens.count, last + CONTEXT_AFTER);
  // at either end of the text, the white space there too (a quotation's search reads past a break)
  const from = before === 0 ? 0 : Math.min(span.start, tokens.start[before]);
  const to = after === tokens.count ? text.length : Math.max(span.end, tokens.end[after - 1]);
  let key = `${span.start - from} ${span.end - from} ${first - before} ${last - first} ${after - last}`;
  for (const m of inSentence) key += ` ${m.start - from} ${m.end - from} ${m.entityId}`;
  return `${key}\n${text.slice(from, to)}`;
}

/** The tokens [first, last) that overlap the span. */
export function tokenRange(tokens: Tokens, span: Span): [number, number] {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.end[mid] <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tokens.count && tokens.start[end] < span.end) end++;
  return [lo, end];
}
