/**
 * A 64-bit content hash: two 32-bit FNV-1a hashes over the UTF-16 code units, with different
 * offset bases, as 16 hex digits. Fast enough to hash every article on every keystroke; used for
 * cache and dismissal keys, not for security.
 */
const HEX = '0123456789abcdef';

/** Eight hex digits of a 32-bit value, nibble by nibble: stays in small integers, so V8 keeps it optimised. */
function hex32(x: number): string {
  let s = '';
  for (let shift = 28; shift >= 0; shift -= 4) s += HEX[(x >>> shift) & 15];
  return s;
}

export function fnv1a(text: string): string {
  let a = 0x811c9dc5 | 0;
  let b = 0x050c5d1f | 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
  }
  return hex32(a) + hex32(b);
}
