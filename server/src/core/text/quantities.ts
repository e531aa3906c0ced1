/**
 * Quantities in running text: digits (3,000 / 3000 / 1.5 million), number words (six,
 * twenty-five, three hundred), vague plurals (dozens, hundreds, thousands), percentages, ranges
 * (3,000 to 4,000; between 40 and 50) and their qualifiers (at least, more than, about, up to).
 * Dates, years, clock times, ordinals, numbers inside names (Regiment 111, Resolution 2254) and
 * lengths of time written as adjectives (a five-year war) are recognised and marked, so they never
 * count as figures.
 */
import lexicon from '../knowledge/lexicon.json';
import type { FigureQualifier } from '../analysis/summary';
import { lowerToken, TokenKind, type Tokens } from './tokens';

export type QuantityKind = 'count' | 'percent' | 'year' | 'date' | 'time' | 'ordinal' | 'name' | 'duration';

export interface Quantity {
  /** Span of the whole phrase, qualifier included ("at least 72"). */
  start: number;
  end: number;
  value: number;
  high?: number;
  qualifier: FigureQualifier;
  /** dozens, hundreds, thousands, scores: an order of magnitude, not a number. */
  vague: boolean;
  kind: QuantityKind;
  /** Index of the last token of the quantity (the counted noun follows it). */
  lastToken: number;
}

const NUMBER_WORDS = new Map<string, number>(Object.entries(lexicon.numberWords as Record<string, number>));
const MULTIPLIERS = new Map<string, number>([
  // "two dozen", "3 dozen" (a dozen alone, "a dozen", "several dozen": see numberAt)
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1000],
  ['million', 1e6],
  ['billion', 1e9],
]);
const VAGUE = new Map<string, [number, number]>([
  ['dozens', [24, 99]],
  ['scores', [40, 199]],
  ['hundreds', [200, 999]],
  ['thousands', [2000, 99999]],
  ['tens', [20, 99]],
  ['millions', [2e6, 1e9]],
]);
/** Words before "dozen" that make it vague: "several dozen", "a few dozen". */
const FEW = new Set(['several', 'few']);
/** Month names, whole and abbreviated (lower case). */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const RESOLUTION = /^resolutions?$/;
const NAME_BEFORE = /^(regiment|division|brigade|battalion|resolution|route|highway|road|base|station|flight|article|room|unit|camp|gate|building|block|exit|number|no|point|hill|kilometre|kilometer|km|t|m|f|su|mig|al)$/i;
const ORDINAL_SUFFIX = /^(st|nd|rd|th)$/i;
const TIME_AFTER = /^(am|pm|gmt|utc|hrs|hours|h)$/i;

const QUALIFIERS: [string[], FigureQualifier][] = [
  [['at', 'least'], 'at-least'],
  [['no', 'fewer', 'than'], 'at-least'],
  [['no', 'less', 'than'], 'at-least'],
  [['not', 'less', 'than'], 'at-least'],
  // before "more than": "no more than 2,000" is at most 2,000
  [['no', 'more', 'than'], 'up-to'],
  [['not', 'more', 'than'], 'up-to'],
  [['a', 'minimum', 'of'], 'at-least'],
  [['more', 'than'], 'more-than'],
  [['over'], 'more-than'],
  [['upwards', 'of'], 'more-than'],
  [['in', 'excess', 'of'], 'more-than'],
  [['up', 'to'], 'up-to'],
  [['as', 'many', 'as'], 'up-to'],
  [['fewer', 'than'], 'less-than'],
  [['less', 'than'], 'less-than'],
  [['under'], 'less-than'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['some'], 'about'],
  [['nearly'], 'about'],
  [['almost'], 'about'],
  [['approximately'], 'about'],
  [['roughly'], 'about'],
  [['an', 'estimated'], 'about'],
  [['estimated'], 'about'],
  [['close', 'to'], 'about'],
];

/** Whether a lower-case word is a number written out ("seven", "twenty"). */
export function isNumberWord(w: string): boolean {
  return NUMBER_WORDS.has(w);
}

/** Whether a lower-case word tells how many: a number written out, its size or a rough count ("seven", "million", "dozens"). */
export function isCountWord(w: string): boolean {
  return NUMBER_WORDS.has(w) || MULTIPLIERS.has(w) || VAGUE.has(w);
}

/** The value of a number written out as one lower-case word ("eight": 8), if it is one. */
export function numberWordValue(w: string): number | undefined {
  return NUMBER_WORDS.get(w);
}

/** The words a quantity can start with (a token is one word: "twenty one" is two). */
const QUANTITY_WORDS = new Set([...NUMBER_WORDS.keys(), ...VAGUE.keys(), 'a', 'an', 'one', 'dozen'].filter((w) => /^[a-z]+$/.test(w)));
/** A word's first two letters (lower-case ASCII; the second 0 for a one-letter word) as an index. */
const startKey = (a: number, b: number): number => (a - 97) * 27 + (b === 0 ? 26 : b - 97);
/** 1 at startKey of each quantity word: most words are ruled out before they are sliced. */
const QUANTITY_WORD_START = new Uint8Array(26 * 27);
for (const w of QUANTITY_WORDS) QUANTITY_WORD_START[startKey(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0)] = 1;
const QUANTITY_WORD_MAX = Math.max(...[...QUANTITY_WORDS].map((w) => w.length));

/** Whether text[start, end) (a word) can be a quantity word by its length and first two letters. */
function mayBeQuantityWord(text: string, start: number, end: number): boolean {
  if (end - start > QUANTITY_WORD_MAX) return false;
  const a = text.charCodeAt(start) | 32;
  if (a < 97 || a > 122) return false;
  let b = 0;
  if (end - start > 1) {
    b = text.charCodeAt(start + 1) | 32;
    if (b < 97 || b > 122) return false;
  }
  return QUANTITY_WORD_START[startKey(a, b)] === 1;
}

function lowerAt(text: string, tokens: Tokens, i: number): string {
  return lowerToken(text, tokens, i);
}

/** Parses a number written in words starting at token i: returns value and last token, or null. */
function numberWordsAt(text: string, tokens: Tokens, i: number): { value: number; last: number } | null {
  let total = 0;
  let current = 0;
  let last = -1;
  let j = i;
  while (j < tokens.count && tokens.kind[j] === TokenKind.Word) {
    const w = lowerAt(text, tokens, j);
    const unit = NUMBER_WORDS.get(w);
    if (unit !== undefined) {
      let value = unit;
      // twenty-five / twenty five
      let k = j + 1;
      if (lowerAt(text, tokens, k) === '-') k++;
      const compound = NUMBER_WORDS.get(`${w} ${lowerAt(text, tokens, k)}`);
      if (compound !== undefined) {
        value = compound;
        j = k;
      }
      current += value;
    } else if (MULTIPLIERS.has(w) && last >= 0) {
      const m = MULTIPLIERS.get(w) as number;
      if (m >= 1000) {
        total += (current || 1) * m;
        current = 0;
      } else current = (current || 1) * m;
    } else if (w === 'and' && last >= 0 && NUMBER_WORDS.has(lowerAt(text, tokens, j + 1))) {
      j++;
      continue;
    } else break;
    last = j;
    j++;
  }
  return last < 0 ? null : { value: total + current, last };
}

function parseDigits(raw: string): number {
  // 3,000 and 3.000 (thousands) vs 1.5 (decimal)
  if (/^\d{1,3}([,.]\d{3})+$/.test(raw)) return Number(raw.replace(/[,.]/g, ''));
  return Number(raw.replace(/,/g, ''));
}

interface ParsedNumber {
  value: number;
  last: number;
  vague: boolean;
  vagueHigh: number | undefined;
}

/** Token k and the next are one number's groups of digits: "1 000", "12 500" (one space, three digits after, one to three before). */
function spaceGroup(text: string, tokens: Tokens, k: number): boolean {
  const a = tokens.end[k];
  const b = tokens.start[k + 1];
  if (b !== a + 1 || text.charCodeAt(a) !== 0x20 || tokens.end[k + 1] - b !== 3) return false;
  return /^\d{3}$/.test(text.slice(b, b + 3)) && /^\d{1,3}$/.test(text.slice(tokens.start[k], a));
}

/** A number stated exactly, in the one shape every parsed number has (see summary.ts). */
const exact = (value: number, last: number): ParsedNumber => ({ value, last, vague: false, vagueHigh: undefined });

/** Digits or words, then a following "million"/"thousand" multiplier. */
function numberAt(text: string, tokens: Tokens, i: number): ParsedNumber | null {
  if (tokens.kind[i] === TokenKind.Number) {
    let value = parseDigits(text.slice(tokens.start[i], tokens.end[i]));
    let last = i;
    // "1 000 civilians": groups of three digits parted by a space (a style of some outlets); not
    // a day and a count ("On May 5 100 people were killed")
    while (last + 1 < tokens.count && tokens.kind[last + 1] === TokenKind.Number && spaceGroup(text, tokens, last) && value < 1e6 && !MONTHS.has(lowerAt(text, tokens, i - 1))) {
      value = value * 1000 + Number(text.slice(tokens.start[last + 1], tokens.end[last + 1]));
      last++;
    }
    const next = lowerAt(text, tokens, last + 1);
    if (MULTIPLIERS.has(next) && (next !== 'hundred' || value < 100)) {
      value *= MULTIPLIERS.get(next) as number;
      last++;
    }
    return exact(value, last);
  }
  const w = lowerAt(text, tokens, i);
  const vague = VAGUE.get(w);
  if (vague) return { value: vague[0], last: i, vague: true, vagueHigh: vague[1] };
  // "a dozen", "a million", "one million" ("one" alone is no count: "one of the", "one person")
  if (w === 'a' || w === 'an' || w === 'one') {
    const n = lowerAt(text, tokens, i + 1);
    if (n === 'dozen') return exact(12, i + 1);
    if (n === 'hundred' || n === 'thousand' || n === 'million') return exact(MULTIPLIERS.get(n) as number, i + 1);
    return null;
  }
  // "several dozen", "a few dozen": an order of magnitude
  if (w === 'dozen') return i > 0 && FEW.has(lowerAt(text, tokens, i - 1)) ? { value: 24, last: i, vague: true, vagueHigh: 99 } : exact(12, i);
  const words = numberWordsAt(text, tokens, i);
  if (words) return exact(words.value, words.last);
  return null;
}

/** The qualifiers by their last word ("least" -> at least), each list in QUALIFIERS' order. */
const QUALIFIERS_BY_LAST = new Map<string, [string[], FigureQualifier][]>();
for (const entry of QUALIFIERS) {
  const last = entry[0][entry[0].length - 1];
  QUALIFIERS_BY_LAST.set(last, [...(QUALIFIERS_BY_LAST.get(last) ?? []), entry]);
}

/** The first qualifier of QUALIFIERS written right before token i: only those ending with the word before it can be. */
function qualifierBefore(text: string, tokens: Tokens, i: number): { qualifier: FigureQualifier; first: number } {
  for (const [words, q] of QUALIFIERS_BY_LAST.get(lowerAt(text, tokens, i - 1)) ?? []) {
    const first = i - words.length;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length - 1 && ok; k++) if (lowerAt(text, tokens, first + k) !== words[k]) ok = false;
    if (ok) return { qualifier: q, first };
  }
  return { qualifier: 'exact', first: i };
}

const DATE_CHAR = /[\d./-]/;
const NUMERIC_DATE = /^(\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{1,2}-\d{1,2})$/;

/** Whether [start, end) is part of a date written in digits (19.07.2016, 05-04-2016, 2017-08-07). */
function inNumericDate(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a > 0 && DATE_CHAR.test(text[a - 1])) a--;
  while (b < text.length && DATE_CHAR.test(text[b])) b++;
  return NUMERIC_DATE.test(text.slice(a, b).replace(/[./-]+$/, ''));
}

/** Words after a year, not a counted noun: "in 2011 and", "since 2011 has". */
const YEAR_FOLLOWERS: ReadonlySet<string> = new Set([
  'and', 'to', 'in', 'on', 'at', 'when', 'after', 'before', 'until', 'the', 'a', 'with', 'as', 'but', 'that', 'which', 'while', 'or', 'for', 'of', 'by', 'from', 'since', 'amid', 'during',
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'saw', 'where', 'its', 'their', 'his', 'her',
]);
/** Units of time in an adjective ("a five-year war", "a 48-hour truce", "one-year-old"). */
const TIME_UNIT = /^(years?|months?|weeks?|days?|hours?|minutes?)$/;
/** Words before a year: "in 2011", "since 2011", "until 2014", "spring 2015". */
const YEAR_AFTER: ReadonlySet<string> = new Set(['in', 'since', 'until', 'during', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter']);
/** Words that put a count after them, never a year: "some 2000 US troops", "nearly 2010 Syrian refugees". */
const COUNT_AFTER: ReadonlySet<string> = new Set(['some', 'about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'estimated', 'least', 'than', 'another']);

function kindOf(text: string, tokens: Tokens, i: number, last: number, value: number): QuantityKind {
  const before = lowerAt(text, tokens, i - 1);
  const after = lowerAt(text, tokens, last + 1);
  const raw = text.slice(tokens.start[i], tokens.end[last]);
  if (after === 'percent' || after === '%' || (after === 'per' && lowerAt(text, tokens, last + 2) === 'cent')) return 'percent';
  if (ORDINAL_SUFFIX.test(after) && tokens.start[last + 1] === tokens.end[last]) return 'ordinal';
  // "a five-year war", "a 48-hour truce", "his one-year-old daughter": a length of time or an age
  if (after === '-' && tokens.start[last + 1] === tokens.end[last] && TIME_UNIT.test(lowerAt(text, tokens, last + 2))) return 'duration';
  // "Oct. 18": a month's abbreviation with its full stop, then the day in digits (not "in May.
  // Three other zones", "late August. Fourteen fighters")
  if (MONTHS.has(before) || MONTHS.has(after) || (before === '.' && i >= 2 && tokens.kind[i] === TokenKind.Number && MONTH_ABBREVIATIONS.has(lowerAt(text, tokens, i - 2)))) return 'date';
  // "3:00 a.m.": the hour before the colon, and the minutes after it
  if (tokens.kind[i] === TokenKind.Number && (text[tokens.end[last]] === ':' || TIME_AFTER.test(after) || (i > 0 && text[tokens.start[i] - 1] === ':' && tokens.kind[i - 2] === TokenKind.Number))) return 'time';
  if (tokens.kind[i] === TokenKind.Number && inNumericDate(text, tokens.start[i], tokens.end[last])) return 'date';
  if (tokens.kind[i] === TokenKind.Number && /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100) {
    // a count only when a lower-case counted noun follows directly (2500 fighters), not a verb
    // after a year ("in 2011 has descended") nor a year after "in", "since", "until"
    const next = last + 1 < tokens.count ? text.slice(tokens.start[last + 1], tokens.end[last + 1]) : '';
    // ("mid-2012 between": the word before the hyphen)
    const opener = before === '-' ? lowerAt(text, tokens, i - 2) : before;
    if (/^[a-z]/.test(next)) return !YEAR_FOLLOWERS.has(after) && !YEAR_AFTER.has(opener) ? 'count' : 'year';
    // after "some" or "nearly", a counted noun behind a capitalised word ("Some 2000 US troops")
    const noun = last + 2 < tokens.count ? text.slice(tokens.start[last + 2], tokens.end[last + 2]) : '';
    return COUNT_AFTER.has(before) && /^[A-Z]/.test(next) && /^[a-z]+$/.test(noun) && !YEAR_FOLLOWERS.has(noun) ? 'count' : 'year';
  }
  // "died of the plague in 639 and": an older year, after "in" with nothing counted after it
  if (tokens.kind[i] === TokenKind.Number && before === 'in' && /^\d{3,4}$/.test(raw) && value <= 2100 && (YEAR_FOLLOWERS.has(after) || !/^[a-z]/.test(after))) return 'year';
  if (NAME_BEFORE.test(before) && /^[A-Z]/.test(text.slice(tokens.start[i - 1], tokens.start[i - 1] + 1))) return 'name';
  // "resolution 2254", "resolutions 2118 and 2235": numbered in any case
  if (tokens.kind[i] === TokenKind.Number && (RESOLUTION.test(before) || (before === 'and' && i >= 3 && tokens.kind[i - 2] === TokenKind.Number && RESOLUTION.test(lowerAt(text, tokens, i - 3))))) return 'name';
  if (tokens.kind[i] === TokenKind.Number && tokens.start[i] > 0 && /[A-Za-z]/.test(text[tokens.start[i] - 1])) return 'name'; // T4, M5
  return 'count';
}

/** The quantities of a token range, found once per article: attribution and figures both ask. */
const found = new WeakMap<Tokens, Map<number, readonly Quantity[]>>();

export function findQuantities(text: string, tokens: Tokens, from = 0, to = tokens.count): readonly Quantity[] {
  let memo = found.get(tokens);
  if (!memo) found.set(tokens, (memo = new Map()));
  const key = from * (tokens.count + 1) + to;
  let out = memo.get(key);
  if (!out) memo.set(key, (out = scanQuantities(text, tokens, from, to)));
  return out;
}

function scanQuantities(text: string, tokens: Tokens, from: number, to: number): Quantity[] {
  const out: Quantity[] = [];
  for (let i = from; i < to; i++) {
    const kind = tokens.kind[i];
    if (kind !== TokenKind.Number && kind !== TokenKind.Word) continue;
    if (kind === TokenKind.Word) {
      // most words cannot start a number: ruled out by their first letters and length before slicing
      if (!mayBeQuantityWord(text, tokens.start[i], tokens.end[i])) continue;
      const w = lowerAt(text, tokens, i);
      if (!QUANTITY_WORDS.has(w)) continue;
    }
    const n = numberAt(text, tokens, i);
    if (!n) continue;
    const { value } = n;
    let { last } = n;
    let high: number | undefined = n.vagueHigh;
    let { qualifier, first } = qualifierBefore(text, tokens, i);
    // "between A and B", "A to B", "A-B", "A or B"
    const between = lowerAt(text, tokens, first - 1) === 'between';
    const joiner = lowerAt(text, tokens, last + 1);
    if ((joiner === 'to' || joiner === '-' || joiner === 'and' || joiner === 'or') && last + 2 < to) {
      const second = numberAt(text, tokens, last + 2);
      if (second && !second.vague && (joiner !== 'and' || between) && second.value > value) {
        high = second.value;
        last = second.last;
        qualifier = 'range';
        if (between) first -= 1;
      }
    }
    const k = kindOf(text, tokens, i, last, value);
    out.push({
      start: tokens.start[first],
      end: tokens.end[k === 'percent' ? Math.min(last + (lowerAt(text, tokens, last + 1) === 'per' ? 2 : 1), tokens.count - 1) : last],
      value,
      high,
      qualifier: n.vague ? 'about' : qualifier,
      vague: n.vague,
      kind: k,
      lastToken: k === 'percent' ? last + (lowerAt(text, tokens, last + 1) === 'per' ? 2 : 1) : last,
    });
    i = last;
  }
  return out;
}

/** A figure in the gold's sense: a quantity that is not a date, year, time, ordinal or name part. */
export function isFigure(q: Quantity): boolean {
  return q.kind === 'count' || q.kind === 'percent';
}
