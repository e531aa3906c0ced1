/**
 * The facts of an open document's sentences, kept from its last analysis for the next. A
 * keystroke changes one sentence; every other sentence's facts are found again by what they were
 * computed from: the sentence's text with the tokens around it (a quantity's qualifier before it,
 * "as many as"; its unit after it), where the sentence lies among them, and the names in it. The
 * analysis of a 27 KB article spends about half its time on these facts.
 *
 * With the facts go what a later stage found in the sentence alone (its figures, figures.ts:
 * `sentenceFigures`), kept and taken again with them.
 *
 * The memo holds one version: what the last analysis saw. A fact kept from an older version may
 * hold a slice of that version's text (V8 shares long substrings with their parent), so every
 * RENEW_AFTER versions the memo starts empty, and no text outlives that many keystrokes. The
 * facts take ~16 bytes a character (a 27 KB article's 0.8 MB, a 1 MB one's 15 MB): a document
 * longer than MAX_TEXT is analysed afresh at each version, and nothing of it is kept.
 */
import type { Span } from '../text/sentences';
import type { TextChange } from '../text/splice';
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

/**
 * A sentence's facts and what a later stage kept for it (`extra`), under the sentence's key; and
 * where its key's text lay (`from`, `to`) with what the rest of the key (`headOf`) is made of:
 * the sentence's place there, its tokens before, in and after it, and its names.
 */
interface Slot extends Context {
  facts: unknown;
  extra: unknown;
  key: string;
  names: readonly MentionRecord[];
}

/** Where a sentence's key reads the text, [from, to), and the sentence's place and tokens there (`contextOf`). */
interface Context {
  from: number;
  to: number;
  spanStart: number;
  spanEnd: number;
  tokensBefore: number;
  tokens: number;
  tokensAfter: number;
}

export class SentenceMemo {
  private entries = new Map<string, Slot>();
  /** The last version's text and slots, by sentence (none for a text over MAX_TEXT). */
  private lastText: string | undefined;
  private slots: Slot[] = [];
  /** The change from the last version's text to the next, when the caller found it (`noteChange`). */
  private hint: { from: string; to: string; change: TextChange } | undefined;
  private versions = 0;
  private basis: unknown;
  /** How many sentences the last analysis took from the memo, how many of their extras, and how many keys it built. */
  reused = 0;
  reusedExtras = 0;
  keyed = 0;

  /** The next version, `to`, is the last one, `from`, changed by `change` (documentMemo.ts found it). */
  noteChange(from: string, to: string, change: TextChange): void {
    this.hint = { from, to, change };
  }

  /**
   * The facts of each sentence: `moved` from the last version when its key is there, else
   * `fresh`. The facts must depend on nothing but what the key holds and `basis` (the knowledge:
   * another empties the memo).
   *
   * With the change from the last version known (`noteChange`), a sentence whose key's text lies
   * wholly before the change, or wholly after it, reads the same characters as the last
   * version's sentence with the same text span (moved by the change's length after it): the two
   * keys are equal when the rest of them is, and the key is not built again. Most sentences of
   * a keystroke are such; building and hashing their keys was a tenth of a long read's analysis.
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
    if (++this.versions % RENEW_AFTER === 0 || basis !== this.basis || !keep) {
      this.entries.clear();
      this.slots = [];
    }
    const hint = this.hint;
    this.hint = undefined;
    const change = hint && this.slots.length > 0 && hint.from === this.lastText && hint.to === text ? hint.change : undefined;
    const old = this.slots;
    this.lastText = keep ? text : undefined;
    this.basis = basis;
    this.reused = 0;
    this.reusedExtras = 0;
    this.keyed = 0;
    const next = new Map<string, Slot>();
    const slots: Slot[] = [];
    let j = 0;
    const out = spans.map((span) => {
      const [first, last] = tokenRange(tokens, span);
      const inSentence = spansWithin(mentions, span);
      if (!keep) return fresh(span, first, last, inSentence);
      const context = contextOf(text, tokens, span, first, last);
      const { from, to } = context;
      let kept: Slot | undefined;
      const shift = change === undefined ? undefined : to <= change.start ? 0 : from >= change.newEnd ? change.newEnd - change.oldEnd : undefined;
      if (shift !== undefined) {
        // the old slots in order of `from`: those before this one's are passed for good
        while (j < old.length && old[j].from < from - shift) j++;
        for (let k = j; k < old.length && old[k].from === from - shift; k++) {
          if (old[k].to === to - shift && sameHead(old[k], context, inSentence)) {
            kept = old[k];
            break;
          }
        }
      }
      let key: string;
      if (kept) key = kept.key;
      else {
        key = `${headOf(context, inSentence)}\n${text.slice(from, to)}`;
        this.keyed++;
        kept = this.entries.get(key);
      }
      if (kept !== undefined) this.reused++;
      const facts = kept === undefined ? fresh(span, first, last, inSentence) : moved(kept.facts as F, span, first, last);
      const slot: Slot = {
        facts,
        extra: kept?.extra,
        key,
        names: inSentence,
        from,
        to,
        spanStart: context.spanStart,
        spanEnd: context.spanEnd,
        tokensBefore: context.tokensBefore,
        tokens: context.tokens,
        tokensAfter: context.tokensAfter,
      };
      next.set(key, slot);
      slots.push(slot);
      return facts;
    });
    this.entries = next;
    this.slots = slots;
    return out;
  }

  /**
   * What a later stage of this version's analysis found in sentence i alone and kept with its
   * facts (`keep`), if the sentence's key was in the last version. Like the facts, it must depend
   * on nothing but what the key holds and the basis.
   */
  kept<E>(i: number): E | undefined {
    const extra = this.slots[i]?.extra as E | undefined;
    if (extra !== undefined) this.reusedExtras++;
    return extra;
  }

  keep<E>(i: number, extra: E): void {
    const slot = this.slots[i];
    if (slot) slot.extra = extra;
  }
}

/**
 * Where a sentence's key reads the text, from CONTEXT_BEFORE tokens before the sentence to
 * CONTEXT_AFTER tokens after its last, and the sentence's place and token counts there.
 */
function contextOf(text: string, tokens: Tokens, span: Span, first: number, last: number): Context {
  const before = Math.max(0, first - CONTEXT_BEFORE);
  const after = Math.min(tokens.count, last + CONTEXT_AFTER);
  // at either end of the text, the white space there too (a quotation's search reads past a break)
  const from = before === 0 ? 0 : Math.min(span.start, tokens.start[before]);
  const to = after === tokens.count ? text.length : Math.max(span.end, tokens.end[after - 1]);
  return { from, to, spanStart: span.start - from, spanEnd: span.end - from, tokensBefore: first - before, tokens: last - first, tokensAfter: after - last };
}

/**
 * The rest of a sentence's key: its place and token counts in the key's text, and each name in
 * it (where, which entity). The key is the head, a line break and that text.
 */
function headOf(c: Context, names: readonly MentionRecord[]): string {
  let head = `${c.spanStart} ${c.spanEnd} ${c.tokensBefore} ${c.tokens} ${c.tokensAfter}`;
  for (const m of names) head += ` ${m.start - c.from} ${m.end - c.from} ${m.entityId}`;
  return head;
}

/**
 * Whether a slot's head is the head of a sentence in `c` with these names, compared part by part
 * (building the head of each of a long read's ~190 sentences at each keystroke to compare them was
 * ~8% of its analysis). Equal parts make equal heads; the key itself is built only for a sentence
 * not matched by place.
 */
function sameHead(slot: Slot, c: Context, names: readonly MentionRecord[]): boolean {
  if (slot.spanStart !== c.spanStart || slot.spanEnd !== c.spanEnd || slot.tokensBefore !== c.tokensBefore || slot.tokens !== c.tokens || slot.tokensAfter !== c.tokensAfter) return false;
  if (slot.names.length !== names.length) return false;
  for (let i = 0; i < names.length; i++) {
    const a = slot.names[i];
    const b = names[i];
    if (a.start - slot.from !== b.start - c.from || a.end - slot.from !== b.end - c.from || a.entityId !== b.entityId) return false;
  }
  return true;
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
