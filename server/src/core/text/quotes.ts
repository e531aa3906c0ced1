/**
 * Direct quotations: the text between an opening and a closing double quote mark (straight,
 * curly or guillemets). A quotation left open runs to the end of the range or of its paragraph.
 */
import type { Span } from './sentences';

export interface QuoteSpan {
  start: number;
  end: number;
  /** Words inside the marks. */
  words: number;
}

const QUOTE_OPEN = new Set([0x22, 0x201c, 0x201e, 0xab]);
const QUOTE_CLOSE = new Set([0x22, 0x201d, 0xbb]);
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

export function findQuotes(text: string, range: Span = { start: 0, end: text.length }): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  for (let i = range.start; i < range.end; i++) {
    const c = text.charCodeAt(i);
    // letters, digits and most punctuation: neither a quote mark nor a line break
    if (c > 0x22 && c < 0xab) continue;
    if (open >= 0 && blankLineAt(text, i)) {
      out.push({ start: open, end: i, words: wordsIn(text, open + 1, i) });
      open = -1;
    } else if (open < 0 && QUOTE_OPEN.has(c) && (c !== 0x22 || i === range.start || !WORD_BEFORE.test(text[i - 1]))) {
      open = i;
    } else if (open >= 0 && QUOTE_CLOSE.has(c)) {
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
