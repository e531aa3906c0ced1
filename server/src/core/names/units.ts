/**
 * Name units: the word tokens of a text, with camelCase words split (DeirEzzor -> Deir|Ezzor,
 * TRTWorld -> TRT|World) and, for each unit, whether it is joined to the previous one by a space,
 * a hyphen or nothing at all — the glue that holds a multi-word name together.
 */
import { copyOffsets, firstOffsetAt } from '../text/sortedSpans';
import type { TokenSplice } from '../text/splice';
import { grown, isUpperCode, joinedBySpaceOrHyphen, lowerToken, TokenKind, type Tokens } from '../text/tokens';
import { isArticle } from './translit';

export const UNIT_JOINED = 1; // joined to the previous unit by one space or hyphen (or glued)
export const UNIT_GLUED = 2; // camelCase part glued to the previous unit
export const UNIT_CAPITAL = 4; // starts with an upper-case letter
export const UNIT_ALLCAPS = 8; // two or more letters, all upper case
export const UNIT_HYPHEN = 16; // joined to the previous unit by a hyphen
export const UNIT_ARTICLE = 32; // an Arabic article on its own (al, el, ad...): `isArticle` of its key, asked once

/** Unit u is an Arabic article on its own (false past the last unit). */
export function isArticleUnit(units: Units, u: number): boolean {
  return (units.flags[u] & UNIT_ARTICLE) !== 0;
}

export interface Units {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly flags: Uint8Array;
  /** Lower-cased text without diacritics, apostrophes or dots: the lookup key. */
  readonly key: string[];
}

const DIACRITICS = /[\u0300-\u036f]/g;

/** text[s, e) is written in capitals: a cased letter and no lower-case one (ASCII without copying). */
export function isAllCaps(text: string, s: number, e: number): boolean {
  let upper = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
    else if (c > 127) {
      const raw = text.slice(s, e);
      return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    }
  }
  return upper;
}

export function unitKey(raw: string): string {
  return keyOfLower(raw.toLowerCase());
}

/** The key of a lower-cased unit: itself when it is ASCII letters only (most are), without copying. */
function keyOfLower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return s.normalize('NFD').replace(DIACRITICS, '').replace(/['\u2019.]/g, '');
  }
  return s;
}

const NO_CUTS: readonly number[] = [];

/** ASCII letters, none upper case after the first (Raqqa, fighters) */
const LOWER_AFTER_FIRST = 0;
/** ASCII letters, all upper case (ISIS, SDF) */
const ALL_CAPS = 1;
/** Anything else: mixed case after the first letter (DeirEzzor, McGurk) or other characters */
const OTHER = 2;

/** How text[s, e) (a word) is written, in one pass: most words need no further look. */
function asciiShape(text: string, s: number, e: number): number {
  let upper = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c < 97 || c > 122) return OTHER;
  }
  if (upper === e - s) return ALL_CAPS;
  return upper === 0 || (upper === 1 && text.charCodeAt(s) <= 90) ? LOWER_AFTER_FIRST : OTHER;
}

/** Where camelCase splits a word (most words: nowhere, and no array is made for them). */
function camelSplitPoints(text: string, s: number, e: number): readonly number[] {
  let points: number[] | undefined;
  for (let i = s + 1; i < e - 1; i++) {
    const prev = text.charCodeAt(i - 1);
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const prevLower = prev >= 97 && prev <= 122;
    const prevUpper = isUpperCode(prev);
    const nextLower = next >= 97 && next <= 122;
    if (!isUpperCode(c)) continue;
    // deirEzzor / DeirEzzor: lower then Upper; TRTWorld: Upper Upper lower
    if ((prevLower && i - s >= 2) || (prevUpper && nextLower && i - s >= 2 && e - i >= 4)) (points ??= []).push(i);
  }
  return points ?? NO_CUTS;
}

/** Whether a hyphen lies in text[from, to) (the few characters between two joined words). */
function hyphenBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 45) return true;
  return false;
}

/**
 * The units of tokens [from, to). `prevEnd`: the end of the word a unit at `from` would be joined
 * to (-10 for none), as the scan of the tokens before `from` leaves it (see `unitStateBefore`).
 */
export function buildUnits(text: string, tokens: Tokens, from = 0, to = tokens.count, prevEnd = -10): Units {
  // At most one unit per character; most words are one unit (the arrays are cut to size below).
  let capacity = to - from + 16;
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let flags = new Uint8Array(capacity);
  const key: string[] = [];
  let count = 0;
  for (let t = from; t < to; t++) {
    if (tokens.kind[t] !== TokenKind.Word) {
      // A hyphen keeps the previous word's end: al-Bab, Deir ez-Zor. Anything else breaks the name.
      if (text.charCodeAt(tokens.start[t]) !== 45) prevEnd = -10;
      continue;
    }
    const s = tokens.start[t];
    const e = tokens.end[t];
    const joined = prevEnd >= 0 && joinedBySpaceOrHyphen(text, prevEnd, s);
    const hyphen = joined && hyphenBetween(text, prevEnd, s);
    // Most words are ASCII letters with no capital after the first: no cuts, no key to strip.
    const shape = asciiShape(text, s, e);
    const cuts = e - s >= 4 && shape !== LOWER_AFTER_FIRST ? camelSplitPoints(text, s, e) : NO_CUTS;
    let ps = s;
    for (let k = 0; k <= cuts.length; k++) {
      const pe = k < cuts.length ? cuts[k] : e;
      let f = 0;
      if (k > 0) f |= UNIT_JOINED | UNIT_GLUED;
      else if (joined) f |= UNIT_JOINED | (hyphen ? UNIT_HYPHEN : 0);
      if (isUpperCode(text.charCodeAt(ps))) f |= UNIT_CAPITAL;
      if (pe - ps >= 2 && (shape === ALL_CAPS || (shape === OTHER && isAllCaps(text, ps, pe)))) f |= UNIT_ALLCAPS;
      if (count === capacity) {
        capacity *= 2;
        start = grown(start, new Int32Array(capacity));
        end = grown(end, new Int32Array(capacity));
        flags = grown(flags, new Uint8Array(capacity));
      }
      // a whole word's key starts from the token's lower case, which the attribution reads too:
      // one string, and its hash computed once, for both
      const unit = cuts.length > 0 ? unitKey(text.slice(ps, pe)) : shape === OTHER ? keyOfLower(lowerToken(text, tokens, t)) : lowerToken(text, tokens, t);
      if (isArticle(unit)) f |= UNIT_ARTICLE;
      start[count] = ps;
      end[count] = pe;
      flags[count] = f;
      count++;
      key.push(unit);
      ps = pe;
    }
    prevEnd = e;
  }
  return { count, start: start.subarray(0, count), end: end.subarray(0, count), flags: flags.subarray(0, count), key };
}

/** `prevEnd` for `buildUnits` from token `t`: the last word's end, unless a mark other than a hyphen followed it. */
export function unitStateBefore(text: string, tokens: Tokens, t: number): number {
  for (let k = t - 1; k >= 0; k--) {
    if (tokens.kind[k] === TokenKind.Word) return tokens.end[k];
    if (text.charCodeAt(tokens.start[k]) !== 45) return -10;
  }
  return -10;
}

/** Spliced units, and which of them are the old ones (what `Gazetteer.matchSpliced` needs). */
export interface UnitSplice {
  units: Units;
  /** Units [0, kept) are the old ones; from `resumed` on they are the old ones from `resumedFrom`, moved by `delta` characters. */
  kept: number;
  resumed: number;
  resumedFrom: number;
  delta: number;
}

/**
 * The units of spliced tokens (splice.ts) from the old tokens' units: a unit depends on its token
 * and on where the word before it ended (`prevEnd`), so the units of the kept tokens stand, those
 * of the scanned ones are built, and so are those of the moved ones up to the first that is not a
 * hyphen (after it the state is what it was): the rest are the old units, moved.
 */
export function spliceUnits(old: Units, oldTokens: Tokens, text: string, splice: TokenSplice): UnitSplice {
  const { tokens, kept, resumed, resumedFrom } = splice;
  const head = kept > 0 ? firstOffsetAt(old.start, oldTokens.end[kept - 1]) : 0;
  let upTo = resumed;
  while (upTo < tokens.count && tokens.kind[upTo] !== TokenKind.Word && text.charCodeAt(tokens.start[upTo]) === 45) upTo++;
  upTo = Math.min(tokens.count, upTo + 1);
  const middle = buildUnits(text, tokens, kept, upTo, unitStateBefore(text, tokens, kept));
  const oldFrom = resumedFrom + (upTo - resumed);
  const tail = oldFrom < oldTokens.count ? firstOffsetAt(old.start, oldTokens.start[oldFrom]) : old.count;
  const delta = oldFrom < oldTokens.count ? tokens.start[upTo] - oldTokens.start[oldFrom] : 0;
  const count = head + middle.count + old.count - tail;
  const units = { count, start: new Int32Array(count), end: new Int32Array(count), flags: new Uint8Array(count), key: old.key.slice(0, head).concat(middle.key, old.key.slice(tail)) };
  copyOffsets(old, 0, head, units, 0);
  copyOffsets(middle, 0, middle.count, units, head);
  copyOffsets(old, tail, old.count, units, head + middle.count, delta);
  units.flags.set(old.flags.subarray(0, head));
  units.flags.set(middle.flags, head);
  units.flags.set(old.flags.subarray(tail), head + middle.count);
  return { units, kept: head, resumed: head + middle.count, resumedFrom: tail, delta };
}
