/**
 * Flags of known words in one flat table: an open-addressing hash table in a typed array, each
 * slot two 32-bit integers (8 bytes) holding the word's two hashes and its flags.
 *
 * The scanner looks a word up for almost every token of an article. A `Set` of 20,000 strings
 * spreads over hundreds of KB of heap (the hash table, its entries, the strings themselves) and
 * a lookup touches three places; in a scan of thousands of articles, or after a pause in typing,
 * most of them miss the cache. Here a lookup hashes the word's characters once (the two hashes
 * of `fnv1a`) and usually reads one slot. A word is told by its two hashes (56 bits, the flags
 * taking a byte): a word outside the table shares both with one of 20,000 words inside with a
 * probability of about one in 10^12 per lookup (a test checks that every word of the lexicon
 * gets exactly its own flags).
 */
import { fnv1aPair, fnv1aSecond } from './hash';

const EMPTY = 0;
/** The flags take the low byte of a slot's second word, the second hash the rest. */
const FLAG_BITS = 0xff;

export class WordTable {
  /** Per slot: the first hash (never 0: 0 marks an empty slot), then the second hash and the flags. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private count = 0;

  /** Room for `capacity` words. */
  constructor(private readonly capacity: number) {
    let size = 64;
    while (size < capacity * 1.5) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
  }

  /** Adds flags (1 to 255) to a word's (a new word has none). */
  add(word: string, flags: number): void {
    if (!(flags >= 1 && flags <= FLAG_BITS && flags === Math.floor(flags))) throw new Error(`WordTable: the flags of "${word}" are not an integer from 1 to 255`);
    const a = hash(word);
    const b = fnv1aSecond & ~FLAG_BITS;
    const slots = this.slots;
    let i = a & this.mask;
    for (; slots[i * 2] !== EMPTY; i = (i + 1) & this.mask) {
      if (slots[i * 2] === a && (slots[i * 2 + 1] & ~FLAG_BITS) === b) {
        slots[i * 2 + 1] |= flags;
        return;
      }
    }
    if (this.count === this.capacity) throw new Error(`WordTable: more than ${this.capacity} words`);
    this.count++;
    slots[i * 2] = a;
    slots[i * 2 + 1] = b | flags;
  }

  /** The flags of a word (0 when it is not in the table). */
  get(word: string): number {
    const a = hash(word);
    const b = fnv1aSecond & ~FLAG_BITS;
    const slots = this.slots;
    const mask = this.mask;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      const h = slots[i * 2];
      if (h === EMPTY) return 0;
      if (h === a && (slots[i * 2 + 1] & ~FLAG_BITS) === b) return slots[i * 2 + 1] & FLAG_BITS;
    }
  }
}

/** The word's first hash, never 0 (the empty slot); its second is then in `fnv1aSecond`. */
function hash(word: string): number {
  const a = fnv1aPair(word);
  return a === EMPTY ? 1 : a;
}
