/**
 * A 64-bit content hash: two 32-bit FNV-1a hashes over the UTF-16 code units, with different
 * offset bases, as 16 hex digits. Fast enough to hash every article on every keystroke; used for
 * cache and dismissal keys, not for security.
 */
/** The two hex digits of each byte value. */
const HEX2 = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Eight hex digits of a 32-bit value, a byte at a time: stays in small integers, so V8 keeps it optimised. */
function hex32(x: number): string {
  return HEX2[(x >>> 24) & 255] + HEX2[(x >>> 16) & 255] + HEX2[(x >>> 8) & 255] + HEX2[x & 255];
}

/** The second hash of the last `fnv1aPair` (a module variable: no pair is allocated per call). */
export let fnv1aSecond = 0;

/** The two 32-bit hashes of `fnv1a`: the first returned, the second in `fnv1aSecond`. */
export function fnv1aPair(text: string): number {
  let a = 0x811c9dc5 | 0;
  let b = 0x050c5d1f | 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
  }
  fnv1aSecond = b;
  return a;
}

export function fnv1a(text: string): string {
  const a = fnv1aPair(text);
  return hex32(a) + hex32(fnv1aSecond);
}
