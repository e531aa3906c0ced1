/**
 * Sentence splitting with the newsroom rule the gold labels use: a sentence ends at . ! or ?
 * (plus closing quotes or brackets) when whitespace and then an upper-case letter or an opening
 * quote follow, and at every line break. No split after abbreviations, initials or U.S.-style
 * acronyms. Spans are trimmed of whitespace.
 */
import { firstStartingAt } from './sortedSpans';
import type { TextChange } from './splice';
import { isLetterCode, isSpaceCode, isUpperCode } from './tokens';

export interface Span {
  start: number;
  end: number;
}

/**
 * Words a period after which ends no sentence before a capital or a quotation mark. Not "No.":
 * "No. 5" has a digit after it, which ends no sentence anyway, and "voting no." ends one.
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st mt ft lt col gen maj capt cpt sgt cpl pvt adm brig cmdr cdr gov sen rep rev fr jr sr ' +
    'vol vols co corp inc ltd bros dept est approx vs etc al ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

const CLOSERS = new Set([0x22, 0x27, 0x201d, 0x2019, 0xbb, 0x29, 0x5d, 0x7d]);
const OPENERS = new Set([0x22, 0x27, 0x201c, 0x2018, 0xab, 0x28, 0x5b]);

/** Only line breaks and . ! ? can end a sentence: the scan jumps from one to the next. */
const ENDS = /[\n\r\u2028\u2029.!?]/g;

function endsWithAbbreviation(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && isLetterCode(text.charCodeAt(k - 1))) k--;
  const word = text.slice(k, dot);
  if (word.length === 0) return false;
  // A single letter is an initial ("George W. Bush"); a dotted acronym (U.S.) ends in a letter
  // preceded by a period.
  if (word.length === 1 && isUpperCode(word.charCodeAt(0))) return true;
  if (k > 0 && text.charCodeAt(k - 1) === 46 && word.length === 1) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string): Span[] {
  return splitFrom(text, 0, []);
}

/**
 * splitSentences of a text an edit made (`change`) from the last version's sentences (`old`):
 * the sentences ending two before the change are the old ones (a boundary reads the text from
 * the word before its mark to the first character after the white space that follows, which
 * lies before the change), the text is split again from there, and once a sentence starts past
 * the change where an old one started (moved by the change's length), the split from there on
 * is the old one's, moved. The result is what splitSentences gives (a unit test checks it).
 */
export function spliceSentences(text: string, old: readonly Span[], change: TextChange): Span[] {
  // the old sentences starting at or before the change: all but the last two stand
  const from = Math.max(0, firstStartingAt(old, change.start + 1) - 2);
  const delta = change.newEnd - change.oldEnd;
  return splitFrom(text, from === 0 ? 0 : old[from].start, old.slice(0, from), (next) => {
    if (next < change.newEnd) return null;
    // an old sentence starting where this one does, before the change moved it
    const a = firstStartingAt(old, next - delta);
    if (a >= old.length || old[a].start !== next - delta) return null;
    return old.slice(a).map((o) => ({ start: o.start + delta, end: o.end + delta }));
  });
}

/**
 * The split of text[from, end) after the sentences `out` holds (ending before `from`, where a
 * sentence starts). `resume(next)`, asked after each boundary with where the next sentence
 * starts, gives the rest of the split when it knows it (an old split, moved), or null.
 */
function splitFrom(text: string, from: number, out: Span[], resume?: (next: number) => Span[] | null): Span[] {
  const n = text.length;
  let start = from;
  const emit = (from: number, to: number): void => {
    while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
    while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
    if (to > from) out.push({ start: from, end: to });
  };
  /** After a boundary: the rest of the split, when `resume` knows it; whether it did. */
  const resumed = (): boolean => {
    if (!resume) return false;
    let next = start;
    while (next < n && isSpaceCode(text.charCodeAt(next))) next++;
    const rest = next < n ? resume(next) : null;
    if (!rest) return false;
    for (const span of rest) out.push(span);
    return true;
  };
  ENDS.lastIndex = from;
  for (let m = ENDS.exec(text); m; m = ENDS.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      emit(start, i);
      start = i + 1;
      if (resumed()) return out;
      continue;
    }
    let j = i + 1;
    while (j < n && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
    while (j < n && CLOSERS.has(text.charCodeAt(j))) j++;
    if (j >= n || !isSpaceCode(text.charCodeAt(j))) continue;
    let k = j;
    while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0)) k++;
    if (k >= n) continue;
    const next = text.charCodeAt(k);
    if (next === 10 || next === 13) continue; // the line break ends the sentence itself
    if (!isUpperCode(next) && !OPENERS.has(next)) continue;
    if (c === 46 && endsWithAbbreviation(text, i)) continue;
    emit(start, j);
    start = j;
    ENDS.lastIndex = j;
    if (resumed()) return out;
  }
  emit(start, n);
  return out;
}
