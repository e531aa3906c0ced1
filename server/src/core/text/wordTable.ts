/**
 * A value per known word (flags, classes) in one flat table: an open-addressing hash table in a
 * typed array, each slot holding the word's two 32-bit hashes and its value side by side.
 *
 * The scanner looks a word up for almost every token of an article. A `Set` of 20,000 strings
 * spreads over hundreds of KB of heap (the hash table, its entries, the strings themselves) and
 * a lookup touches three places; in a scan of thousands of articles, or after a pause in typing,
 * most of them miss the cache. Here a lookup hashes the word's characters once and usually reads
 * one slot. A word is told by its two hashes (64 bits): a word outside the table shares both
 * with one of 20,000 words inside with a probability of about one in 10^15 per lookup.
 */
const EMPTY = 0;
const STRIDE = 3;

export class WordTable {
  /** Per slot: the first hash (never 0: 0 marks an empty slot), the second hash, the value. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `entries`: each word's value, a non-zero 32-bit integer. */
  constructor(entries: ReadonlyMap<string, number>) {
    let size = 64;
    while (size < entries.size * 1.5) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * STRIDE);
    for (const [word, value] of entries) {
      if (value === 0 || value !== (value | 0)) throw new Error(`WordTable: the value of "${word}" is not a non-zero 32-bit integer`);
      const a = hash(word);
      const b = second;
      let i = a & this.mask;
      while (this.slots[i * STRIDE] !== EMPTY) {
        if (this.slots[i * STRIDE] === a && this.slots[i * STRIDE + 1] === b) throw new Error(`WordTable: "${word}" collides with another word`);
        i = (i + 1) & this.mask;
      }
      this.slots[i * STRIDE] = a;
      this.slots[i * STRIDE + 1] = b;
      this.slots[i * STRIDE + 2] = value;
    }
  }

  /** The value of a word (0 when it is not in the table). */
  get(word: string): number {
    const a = hash(word);
    const b = second;
    const slots = this.slots;
    const mask = this.mask;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      const h = slots[i * STRIDE];
      if (h === EMPTY) return 0;
      if (h === a && slots[i * STRIDE + 1] === b) return slots[i * STRIDE + 2];
    }
  }
}

/** The second hash of the last `hash()` (a module variable: no pair allocated per lookup). */
let second = 0;

/** FNV-1a over the UTF-16 code units, never 0 (the empty slot); djb2 into `second`. */
function hash(word: string): number {
  let a = 0x811c9dc5 | 0;
  let b = 5381;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = (Math.imul(b, 33) + c) | 0;
  }
  second = b;
  return a === EMPTY ? 1 : a;
}
