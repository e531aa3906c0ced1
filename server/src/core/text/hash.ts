/**
 * A 64-bit content hash: two 32-bit FNV-1a hashes over the UTF-16 code units, with different
 * offset bases, as 16 hex digits. Fast enough to hash every article on every keystroke; used for
 * cache and dismissal keys, not for security.
 */
/** The character code of a hex digit (0-15). */
const hexCode = (n: number): number => (n < 10 ? 48 + n : 87 + n);

/**
 * Sixteen hex digits of two 32-bit values as one flat string. A string of 13 characters or more
 * made by `+` is a rope in V8 (a 32-byte node over its two halves, 24 bytes each): the summaries of
 * 10,000 articles keep ~150,000 sentence keys, and flat they take 32 bytes each instead of 80.
 */
function hex64(a: number, b: number): string {
  return String.fromCharCode(
    hexCode((a >>> 28) & 15), hexCode((a >>> 24) & 15), hexCode((a >>> 20) & 15), hexCode((a >>> 16) & 15),
    hexCode((a >>> 12) & 15), hexCode((a >>> 8) & 15), hexCode((a >>> 4) & 15), hexCode(a & 15),
    hexCode((b >>> 28) & 15), hexCode((b >>> 24) & 15), hexCode((b >>> 20) & 15), hexCode((b >>> 16) & 15),
    hexCode((b >>> 12) & 15), hexCode((b >>> 8) & 15), hexCode((b >>> 4) & 15), hexCode(b & 15),
  );
}

const A0 = 0x811c9dc5 | 0;
const B0 = 0x050c5d1f | 0;
const PRIME = 0x01000193;

/** The second hash of the last `fnv1aPair` (a module variable: no pair is allocated per call). */
export let fnv1aSecond = 0;

/** The two 32-bit hashes of `fnv1a`: the first returned, the second in `fnv1aSecond`. */
export function fnv1aPair(text: string): number {
  let a = A0;
  let b = B0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, PRIME);
    b = Math.imul(b ^ c, PRIME) ^ (a >>> 15);
  }
  fnv1aSecond = b;
  return a;
}

export function fnv1a(text: string): string {
  const a = fnv1aPair(text);
  return hex64(a, fnv1aSecond);
}

/** Characters between two checkpoints of `HashCheckpoints`. */
const STEP = 512;

/**
 * `fnv1a` of the versions of one edited text, each hashed from the last checkpoint before its
 * change: the hash's state after every STEP characters of the last version is kept, and the
 * characters before a change are the same, so their states are too. A keystroke in the middle of
 * a 27 KB article hashes half of it; the result is `fnv1a`'s.
 */
export class HashCheckpoints {
  /** The state (both hashes) after k * STEP characters of the last version, for k < `valid`. */
  private a = new Int32Array(64);
  private b = new Int32Array(64);
  private valid = 0;

  /** `fnv1a(text)`, where `text`'s first `unchanged` characters are the last version's (0 for none). */
  hash(text: string, unchanged: number): string {
    const needed = Math.floor(text.length / STEP) + 1;
    if (needed > this.a.length) {
      const size = Math.max(needed, this.a.length * 2);
      const a = new Int32Array(size);
      const b = new Int32Array(size);
      a.set(this.a.subarray(0, this.valid));
      b.set(this.b.subarray(0, this.valid));
      this.a = a;
      this.b = b;
    }
    // the last checkpoint within the unchanged characters (checkpoint 0 is the start)
    let k = Math.min(this.valid - 1, Math.floor(unchanged / STEP));
    let a = A0;
    let b = B0;
    if (k > 0) {
      a = this.a[k];
      b = this.b[k];
    } else {
      k = 0;
      this.a[0] = a;
      this.b[0] = b;
    }
    for (let i = k * STEP; i < text.length; ) {
      const end = Math.min(text.length, i + STEP);
      for (; i < end; i++) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, PRIME);
        b = Math.imul(b ^ c, PRIME) ^ (a >>> 15);
      }
      if (i % STEP === 0) {
        this.a[i / STEP] = a;
        this.b[i / STEP] = b;
      }
    }
    this.valid = Math.floor(text.length / STEP) + 1;
    return hex64(a, b);
  }
}

/**
 * `fnv1a`'s two hashes over a sequence of strings and numbers fed in turn, each string after its
 * length (so that "ab", "c" and "a", "bc" differ): a key of structured data without serialising it.
 */
export class Fnv1aStream {
  private a = A0;
  private b = B0;

  string(text: string): this {
    this.number(text.length);
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, PRIME);
      b = Math.imul(b ^ c, PRIME) ^ (a >>> 15);
    }
    this.a = a;
    this.b = b;
    return this;
  }

  /** A number as its two 16-bit halves (offsets, counts: integers below 2^32). */
  number(n: number): this {
    const lo = n & 0xffff;
    const hi = (n >>> 16) & 0xffff;
    let a = Math.imul(this.a ^ lo, PRIME);
    let b = Math.imul(this.b ^ lo, PRIME) ^ (a >>> 15);
    a = Math.imul(a ^ hi, PRIME);
    b = Math.imul(b ^ hi, PRIME) ^ (a >>> 15);
    this.a = a;
    this.b = b;
    return this;
  }

  digest(): string {
    return hex64(this.a, this.b);
  }
}
