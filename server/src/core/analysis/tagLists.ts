/**
 * A web page's list of tags run into the lead by copy that lost its line breaks ("... Idlib
 * province. Tags Syria Idlib regime airstrikes Kafr Takharim Khan Sheikhun Sixteen civilians were
 * killed ..."): the places it lists are the page's subjects, not where the lead's figures fell.
 */

/** "Tags" opening a sentence (or the text). */
const TAGS = /(?:^|[.!?]["”’)]?\s+|\n\s*)Tags\s/g;

/** Words that open a lead after the tags: an article, or what opens a count. */
const LEAD_OPENERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'At', 'More', 'Over', 'Some', 'Nearly', 'Around', 'About', 'Up', 'Dozens', 'Hundreds', 'Thousands', 'Scores', 'Several',
  'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Thirteen', 'Fourteen', 'Fifteen', 'Sixteen',
  'Seventeen', 'Eighteen', 'Nineteen', 'Twenty', 'Thirty', 'Forty', 'Fifty',
]);

/** The most words a tag list runs before its lead opens. */
const MAX_TAG_WORDS = 30;

/**
 * The spans of the text's tag lists, as [start, end) pairs one after the other: from "Tags" to
 * the word that opens the lead after it (a capitalised article, count or digit), or to the end of
 * the line or sentence when none does within the list's length.
 */
export function tagListSpans(text: string): readonly number[] {
  if (!text.includes('Tags')) return NO_SPANS;
  const out: number[] = [];
  TAGS.lastIndex = 0;
  for (let m = TAGS.exec(text); m !== null; m = TAGS.exec(text)) {
    const start = m.index + m[0].length - 'Tags '.length;
    const word = /[^\s.!?]+|[.!?\n]/g;
    word.lastIndex = m.index + m[0].length;
    let end = text.length;
    for (let w = word.exec(text), n = 0; w !== null; w = word.exec(text), n++) {
      const t = w[0];
      if (t === '\n' || t === '.' || t === '!' || t === '?' || LEAD_OPENERS.has(t) || /^\d/.test(t) || n >= MAX_TAG_WORDS) {
        end = w.index;
        break;
      }
    }
    out.push(start, end);
    TAGS.lastIndex = Math.max(TAGS.lastIndex, end);
  }
  return out;
}

const NO_SPANS: readonly number[] = [];

/** Whether the offset lies in one of the spans (`tagListSpans`). */
export function inTagList(spans: readonly number[], at: number): boolean {
  for (let i = 0; i < spans.length; i += 2) if (at >= spans[i] && at < spans[i + 1]) return true;
  return false;
}
