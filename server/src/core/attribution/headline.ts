/**
 * Whether a sentence is a headline or subhead: a line of its own without final punctuation, or
 * mostly capitalised words, counted without building them.
 */
import { isUpperCode } from '../text/tokens';
import type { SentenceFacts } from './facts';
import { MONTH, MONTHS } from './vocabulary';

export interface HeadlineCounts {
  words: number;
  content: number;
  capitals: number;
}

/** Words a headline leaves in lower case ("Battle for the Heart of Raqqa"). */
const HEADLINE_SMALL = ['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'as', 'vs'];
/** A word of ASCII letters as a number, a letter per five bits (a = 1): unique for a short word. */
const letterKey = (word: string): number => [...word].reduce((key, ch) => key * 32 + (ch.charCodeAt(0) - 96), 0);
const HEADLINE_SMALL_KEYS = new Set(HEADLINE_SMALL.map(letterKey));

/**
 * Whether s[start, end) (at most four characters) is one of HEADLINE_SMALL in any case, without
 * making a string: only ASCII letters can be (of the other characters only the Kelvin sign
 * lower-cases to one, k, in no small word, and the dotted capital I to two, i and a dot).
 */
function isSmallWord(s: string, start: number, end: number): boolean {
  let key = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
    key = key * 32 + (c - 96);
  }
  return HEADLINE_SMALL_KEYS.has(key);
}

export function isHeadline(f: SentenceFacts, sentenceText: string, text: string): boolean {
  // A line of its own without final punctuation (web copy headlines and subheads) ...
  const before = f.span.start === 0 || text[f.span.start - 1] === '\n';
  const after = f.span.end >= text.length || text[f.span.end] === '\n' || text[f.span.end] === '\r';
  const ownLine = before && after && !/[.!?"”’)]$/.test(sentenceText.trim());
  // ... or mostly capitalised words; a sentence of body text gives up counting halfway.
  const { words, content, capitals } = ownLine ? (f.ownLineCounts ??= headlineWords(sentenceText, false)) : (f.bodyCounts ??= headlineWords(sentenceText, true));
  if (words === 0) return true;
  if (content >= 3 && capitals / content >= 0.75) return true;
  return ownLine && words <= 20;
}

/**
 * The words of a sentence as /[\p{L}][\p{L}'’-]*\/gu finds them (a letter, then letters,
 * apostrophes and hyphens), counted without building them: how many, how many are content words
 * (not a short HEADLINE_SMALL word), and how many of those start with a capital. With
 * `onlyCapitalised` the count stops once most content words cannot be capitalised.
 */
function headlineWords(s: string, onlyCapitalised: boolean): HeadlineCounts {
  let words = 0;
  let content = 0;
  let capitals = 0;
  let i = 0;
  while (i < s.length) {
    const first = s.charCodeAt(i);
    // (ASCII read here: most characters are, and a call for each was half the count's profile)
    const width = first < 128 ? asciiLetter(first) : letterWidth(s, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    i += width;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 39 || c === 0x2019 || c === 45) i++;
      else {
        const w = c < 128 ? asciiLetter(c) : letterWidth(s, i);
        if (w === 0) break;
        i += w;
      }
    }
    words++;
    // (in body text an acronym is capitalised whatever the style: "YPG/PKK and Daesh terrorists")
    if (onlyCapitalised && isAcronym(s, start, i)) continue;
    if (i - start > 4 || !isSmallWord(s, start, i)) {
      content++;
      if (isUpperCode(first)) capitals++;
      // Three in four content words capitalised is out of reach even if every word left (at
      // most one per two characters) is: the counts so far answer the caller.
      else if (onlyCapitalised && 3 * (content - capitals) > capitals + ((s.length - i + 1) >> 1)) break;
    }
  }
  return { words, content, capitals };
}

/** s[start, end) is two or more capital letters A-Z. */
function isAcronym(s: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

const LETTER = /^\p{L}$/u;

/** 1 for an ASCII letter (a code under 128), else 0. */
const asciiLetter = (c: number): number => ((c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0);

/** UTF-16 units of the letter at i (2 for an astral letter), or 0 if none starts there. */
function letterWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return asciiLetter(c);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER.test(s[i]) ? 1 : 0;
}

/** A sentence that ends in a full date after a name, not after a preposition: "... Idlib province Syria June 12 2016." */
const CAPTION_DATE = new RegExp(`(\\S+) (?:${MONTHS.join('|')}) \\d{1,2},? \\d{4}\\.?$`, 'i');
const BEFORE_A_DATE = new Set(['on', 'in', 'since', 'until', 'till', 'by', 'of', 'from', 'to', 'and', 'or', 'between', 'before', 'after', 'at', 'dated', 'published', 'updated']);

/** A photo caption ("People inspect a site hit by air strikes in Idlib province Syria June 12 2016."): not a claim. */
export function isCaption(f: SentenceFacts, sentenceText: string): boolean {
  if (!(f.mask & MONTH) || f.words.length < 8) return false;
  const date = CAPTION_DATE.exec(sentenceText.slice(-60).trimEnd());
  if (date === null) return false;
  // "People inspect the damage at a market hit by air strikes on June 5 2016": a scene in the
  // present tense, dated "on" (not "will help evacuate civilians on", an infinitive)
  if (date[1].toLowerCase() === 'on') return f.words.slice(0, 12).some((w, i) => SCENE_VERBS.has(w) && !INFINITIVE_BEFORE.has(f.words[i - 1] ?? ''));
  // "(SyriaCivilDef) June 12 2016": an embedded tweet's signature, not a caption
  return !BEFORE_A_DATE.has(date[1].toLowerCase()) && !date[1].endsWith(')');
}

/** Words before a verb's bare form that make it no present tense: "to help", "will help evacuate". */
const INFINITIVE_BEFORE: ReadonlySet<string> = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do', 'not', 'help', 'helps', 'helped']);

/** Verbs of a photograph's scene, in the present tense: "A man checks the damage", "Syrians inspect". */
const SCENE_VERBS: ReadonlySet<string> = new Set(
  'inspect inspects check checks walk walks stand stands look looks carry carries sit sits hold holds ride rides react reacts cry cries mourn mourns gesture gestures rest rests wait waits flee flees search searches remove removes gather gathers attend attends receive receives pray prays pose poses help helps evacuate evacuates rescue rescues queue queues sleep sleeps play plays watch watches'.split(' '),
);
