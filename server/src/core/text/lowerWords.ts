/**
 * One string per distinct lower-case word: `lowerWord(text, start, end)` is
 * `text.slice(start, end).toLowerCase()`, read from a table of the words seen before.
 *
 * Every word of every article is lower-cased once and then looked up in sets and maps (word
 * classes, the lexicon, the phrase lists). Slicing and lower-casing made a new string per word,
 * and each lookup hashed it again; an article's 400 words were 400 short-lived strings. Here the
 * word's characters are hashed once, folding ASCII capitals as they are read, and the table gives
 * back the string it holds: no new string, and its hash is already known to the maps it meets.
 * A word with a character beyond ASCII is sliced as before (its lower case is not one
 * character's fold). The table stops growing at `CAPACITY` words; words after that are sliced.
 */

/** Distinct words kept (the table is 2 MB, half full at the most). */
const CAPACITY = 1 << 17;
const SIZE = CAPACITY * 2;
const MASK = SIZE - 1;

/** Per slot: 1 + the word's index in `words`, 0 for an empty slot. */
const slots = new Int32Array(SIZE);
/** Per slot: the word's hash, so that a probe compares characters only when the hashes agree. */
const hashes = new Int32Array(SIZE);
const words: string[] = [];

const PRIME = 0x01000193;

/** `text.slice(start, end).toLowerCase()`, one string per distinct word. */
export function lowerWord(text: string, start: number, end: number): string {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return text.slice(start, end).toLowerCase();
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, PRIME);
  }
  const length = end - start;
  let i = h & MASK;
  for (; slots[i] !== 0; i = (i + 1) & MASK) {
    if (hashes[i] !== h) continue;
    const word = words[slots[i] - 1];
    if (word.length === length && sameFolded(text, start, word)) return word;
  }
  const word = text.slice(start, end).toLowerCase();
  if (words.length < CAPACITY) {
    words.push(word);
    slots[i] = words.length;
    hashes[i] = h;
  }
  return word;
}

/** Whether text[start, start + word.length), ASCII capitals folded, is `word`. */
function sameFolded(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}
