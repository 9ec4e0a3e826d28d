// Feature hashing: features are never stored as strings; each is a 32-bit hash of a
// template id and the hashes of its parts, folded into a fixed table of weights.

/** FNV-1a over the UTF-16 code units of s[from, to). */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Mixes two 32-bit values into one (murmur3 finaliser over a combined value). Signed, so the
 * result stays a small integer for V8 (an unsigned one above 2^31 would be a heap number).
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ (b + 0x7f4a7c15 + (a << 6) + (a >>> 2));
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2f);
  return h ^ (h >>> 16);
}
