/**
 * A hand-written scanner: one pass over the text, no regular expressions on the hot path.
 * Tokens are kept in typed arrays (kind, start, end) so a 2.5 KB article costs a few microseconds.
 */

export const enum TokenKind {
  Word = 1,
  Number = 2,
  Punct = 3,
}

export interface Tokens {
  readonly count: number;
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Lower-cased token texts, filled on first use by `lowerToken` (rules ask for the same words). */
  readonly lower: (string | undefined)[];
}

/** The token's text in lower case ('' outside the tokens), computed once per token. */
export function lowerToken(text: string, tokens: Tokens, i: number): string {
  if (i < 0 || i >= tokens.count) return '';
  let s = tokens.lower[i];
  if (s === undefined) tokens.lower[i] = s = text.slice(tokens.start[i], tokens.end[i]).toLowerCase();
  return s;
}

const CHAR_OTHER = 0;
const CHAR_LETTER = 1;
const CHAR_DIGIT = 2;
export const CHAR_SPACE = 3;

const asciiClass = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) asciiClass[c] = CHAR_LETTER;
  else if (c >= 48 && c <= 57) asciiClass[c] = CHAR_DIGIT;
  else if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12) asciiClass[c] = CHAR_SPACE;
  else asciiClass[c] = CHAR_OTHER;
}

const nonAsciiCache = new Map<number, number>();
const letterRe = /[\p{L}\p{M}]/u;
const spaceRe = /\s/u;

export function charClass(code: number): number {
  if (code < 128) return asciiClass[code];
  let cls = nonAsciiCache.get(code);
  if (cls === undefined) {
    const ch = String.fromCharCode(code);
    // U+FEFF (byte order mark) counts as space so a BOM never glues onto the first word.
    cls = code === 0xfeff || spaceRe.test(ch) ? CHAR_SPACE : letterRe.test(ch) ? CHAR_LETTER : CHAR_OTHER;
    nonAsciiCache.set(code, cls);
  }
  return cls;
}

export function isLetterCode(code: number): boolean {
  return charClass(code) === CHAR_LETTER;
}
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** text[start, end) (a number token) starts with four digits 19xx or 20xx: it may be a year. */
export function mayBeYear(text: string, start: number, end: number): boolean {
  if (end - start < 4) return false;
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  return ((a === 49 && b === 57) || (a === 50 && b === 48)) && isDigitCode(text.charCodeAt(start + 2)) && isDigitCode(text.charCodeAt(start + 3));
}
export function isSpaceCode(code: number): boolean {
  return charClass(code) === CHAR_SPACE;
}
export function isUpperCode(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  // Upper bound: one token per character, but most texts need a quarter of that; grown by need.
  let cap = Math.max(16, (n >> 2) + 16);
  let kind = new Uint8Array(cap);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let count = 0;

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = charClass(c);
    if (cls === CHAR_SPACE) {
      i++;
      continue;
    }
    const s = i;
    // kindOf and tokenEnd, written out: this loop reads every character of every article
    let k: TokenKind;
    if (cls === CHAR_LETTER) {
      k = TokenKind.Word;
      i = wordEnd(text, i, n);
    } else if (cls === CHAR_DIGIT) {
      k = TokenKind.Number;
      i = numberEnd(text, i, n);
    } else {
      k = TokenKind.Punct;
      i++;
    }
    if (count === cap) {
      cap *= 2;
      kind = grown(kind, new Uint8Array(cap));
      start = grown(start, new Int32Array(cap));
      end = grown(end, new Int32Array(cap));
    }
    kind[count] = k;
    start[count] = s;
    end[count] = i;
    count++;
  }
  return { count, kind: kind.subarray(0, count), start: start.subarray(0, count), end: end.subarray(0, count), lower: new Array<string | undefined>(count) };
}

/** The kind of a token that starts with a character of class `cls` (not a space). */
export function kindOf(cls: number): TokenKind {
  return cls === CHAR_LETTER ? TokenKind.Word : cls === CHAR_DIGIT ? TokenKind.Number : TokenKind.Punct;
}

/**
 * Where the token starting at i (a character of class `cls`, not a space) ends. It reads nothing
 * before i and nothing more than two characters past the first white space after i (a dotted
 * acronym's run, a possessive's "'s"): what lets an edit be tokenized in place (splice.ts).
 */
export function tokenEnd(text: string, i: number, n: number, cls: number): number {
  return cls === CHAR_LETTER ? wordEnd(text, i, n) : cls === CHAR_DIGIT ? numberEnd(text, i, n) : i + 1;
}

/** Where the number starting at i (a digit) ends: digits, with a comma or point between digits (3,000; 2.5). */
function numberEnd(text: string, i: number, n: number): number {
  i++;
  for (;;) {
    while (i < n && isDigitCode(text.charCodeAt(i))) i++;
    const sep = text.charCodeAt(i);
    if ((sep === 44 || sep === 46) && isDigitCode(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    return i;
  }
}

/** `to` (a larger array) holding `from`'s values first: growing the typed arrays of a scan. */
export function grown<T extends Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Where the word starting at i (a letter) ends. */
function wordEnd(text: string, i: number, n: number): number {
  const c = text.charCodeAt(i);
  // Dotted acronym: U.S. / U.N. / U.K. (single letters separated by periods).
  if (isUpperCode(c) && text.charCodeAt(i + 1) === 46 && isUpperCode(text.charCodeAt(i + 2))) {
    let j = i;
    while (j + 1 < n && isUpperCode(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
    if (j < n && isUpperCode(text.charCodeAt(j)) && !isLetterCode(text.charCodeAt(j + 1))) j += 1;
    if (j - i >= 3 && !isLetterCode(text.charCodeAt(j))) return j;
  }
  i++;
  for (;;) {
    while (i < n && charClass(text.charCodeAt(i)) === CHAR_LETTER) i++;
    // Word-internal apostrophe (Shi'ite, Ma'arrat), but not a possessive 's.
    if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isLetterCode(text.charCodeAt(i + 1))) {
      const isPossessive = (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83) && !isLetterCode(text.charCodeAt(i + 2));
      if (!isPossessive) {
        i++;
        continue;
      }
    }
    return i;
  }
}

/** True when only spaces (no line break) or a single hyphen join the two offsets. */
export function joinedBySpaceOrHyphen(text: string, from: number, to: number): boolean {
  if (to - from > 3 || to < from) return false;
  let hyphens = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) hyphens++;
    else if (c !== 32 && c !== 0xa0) return false;
  }
  return hyphens <= 1;
}
