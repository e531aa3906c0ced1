/**
 * Direct quotations: the text between an opening and a closing double quote mark (straight,
 * curly or guillemets). A quotation left open runs to the end of the range or of its paragraph; a
 * closing mark with no opening one before it ends a quotation that began before the range (a
 * speaker's words that run on over sentences: "... in Douma city. Three volunteers were killed.")
 * and runs back to the range's start, when the range is one of a text's sentences (`sentence`:
 * the same whatever the sentence's place, as the analysis keeps a sentence's findings by its text);
 * in a whole text, such a mark is a stray one.
 */
import type { Span } from './sentences';

export interface QuoteSpan {
  start: number;
  end: number;
  /** Words inside the marks. */
  words: number;
  /** The quotation began before the range: only its closing mark is in it. */
  carried?: true;
}

function isQuoteOpen(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201e || c === 0xab;
}
function isQuoteClose(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0xbb;
}
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_BEFORE = /\w/;

function wordsIn(text: string, start: number, end: number): number {
  return (text.slice(start, end).match(WORD) ?? []).length;
}

function blankLineAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x0a) return false;
  let j = i + 1;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x0d)) j++;
  return j < text.length && text.charCodeAt(j) === 0x0a;
}

/**
 * A closing mark met with no quotation open: a curly one or a guillemet, or a straight one written
 * as a closing mark is, after a letter or a sentence's mark and before a space, a mark or the end
 * ("... were injured." and "... were injured" the group said"; not the inch mark of 12" gun).
 */
function closesEarlier(text: string, i: number, c: number, range: Span): boolean {
  if (c === 0x201d || c === 0xbb) return true;
  // (nothing outside the range is read: a mark that opens it opens a quotation)
  if (c !== 0x22 || i === range.start) return false;
  return CLOSING_BEFORE.test(text[i - 1]) && (i + 1 >= range.end || CLOSING_AFTER.test(text[i + 1]));
}
const CLOSING_BEFORE = /[\p{L}.,!?;:)\u2026]/u;
const CLOSING_AFTER = /[\s.,;:!?)\]]/;

/** The characters `isQuoteOpen`, `isQuoteClose` and `blankLineAt` look at; nothing else matters. */
const MARKS = /["\n\u201c\u201d\u201e\u00ab\u00bb]/g;

export function findQuotes(text: string, range: Span = { start: 0, end: text.length }, sentence = false): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  // the range alone is searched: a sentence's search stops at its end
  const slice = text.slice(range.start, range.end);
  let open = -1;
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(slice); m; m = MARKS.exec(slice)) {
    const i = range.start + m.index;
    const c = text.charCodeAt(i);
    if (open >= 0 && blankLineAt(text, i)) {
      out.push({ start: open, end: i, words: wordsIn(text, open + 1, i) });
      open = -1;
    } else if (open < 0 && closesEarlier(text, i, c, range)) {
      if (sentence && range.start < i) out.push({ start: range.start, end: i + 1, words: wordsIn(text, range.start, i), carried: true });
    } else if (open < 0 && isQuoteOpen(c) && (c !== 0x22 || i === range.start || !WORD_BEFORE.test(text[i - 1]))) {
      open = i;
    } else if (open >= 0 && isQuoteClose(c)) {
      out.push({ start: open, end: i + 1, words: wordsIn(text, open + 1, i) });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: range.end, words: wordsIn(text, open + 1, range.end) });
  return out;
}

/** Whether [start, end) lies inside one of the (sorted) quotations. */
export function insideQuote(quotes: readonly QuoteSpan[], start: number, end: number): boolean {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < quotes.length && quotes[lo].start < start && end <= quotes[lo].end;
}
