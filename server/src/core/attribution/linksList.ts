/**
 * A web page's closing list of links, copied in with the article: a "Related" heading followed, in
 * the same run of text, by the page's "Tags" or "Category" heading ("... 440 Related US-Led
 * Coalition Destroys 22 Daesh Positions ... Tags airstrikes ...", "Source AFP Related News Death
 * toll rises to 70 ... Category News ..."). Its headlines are other articles' claims: the sentence
 * it is glued to ends where it begins, and what follows it on its line is the page's chrome.
 */
import type { Span } from '../text/sentences';

/** The heading, with the view count or topic line the page prints before it (". ... 440 Related"). */
const HEADING = /(?:\s(?:\.\.\.|…)\s+\d[\d,]*(?:\s+Topic\s[^.!?]*?)?)?\s+Related(?:\s+(?:News|Coverage|Articles|Stories))?\s+(?=[\p{Lu}\d"“])/gu;
/** The page's closing heading after the links ("Tags syria raqqa", "Category News"). */
const CLOSING = /\s(?:Tags|Category)\s/;

/**
 * The sentences to read, the one a closing links list starts in cut where it does, and those
 * wholly of the page's chrome after it, to the end of its line [from, to) (none: to = from).
 */
export function beforeLinksList(text: string, spans: readonly Span[]): { spans: readonly Span[]; chrome: [number, number] } {
  let i = 0;
  for (let at = text.indexOf('Related'); at >= 0; at = text.indexOf('Related', at + 7)) {
    while (i < spans.length && spans[i].end <= at) i++;
    if (i === spans.length) break;
    if (at <= spans[i].start) continue;
    const cut = linksListStart(text, spans[i]);
    if (cut < 0) continue;
    // a file of many articles goes on at the next line
    const lineEnd = text.indexOf('\n', cut);
    let to = i + 1;
    while (to < spans.length && (lineEnd < 0 || spans[to].start < lineEnd)) to++;
    if (cut <= spans[i].start) return { spans, chrome: [i, to] };
    return { spans: [...spans.slice(0, i), { start: spans[i].start, end: cut }, ...spans.slice(i + 1)], chrome: [i + 1, to] };
  }
  return { spans, chrome: [0, 0] };
}

/** Where in the sentence at `span`, which holds the word "Related", a closing links list begins (the offset of the white space before it), or -1. */
function linksListStart(text: string, span: Span): number {
  // the heading may start with a view count or topic line before the word: read from the
  // sentence's start (only a sentence holding the word is read, most articles have none)
  const sentence = text.slice(span.start, span.end);
  HEADING.lastIndex = 0;
  const m = HEADING.exec(sentence);
  if (m === null) return -1;
  return CLOSING.test(sentence.slice(m.index + m[0].length)) ? span.start + m.index : -1;
}
