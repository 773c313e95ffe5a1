/**
 * 32-bit hashing for feature hashing. The model stores weights by hash bucket, so these functions are part of the
 * model format: changing them invalidates the shipped weights.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

const FNV_OFFSET = 0x811c9dc5;

/** `hashString(text.slice(start, end))` without making the slice. */
export function hashRange(text: string, start: number, end: number): number {
  return hashRangeAfter(FNV_OFFSET, text, start, end);
}

/**
 * `hashString(prefix + text.slice(start, end))` given `hashString(prefix)`: FNV-1a reads its input in order and
 * ends with no finishing step, so a prefix's hash is where the rest of the input's hashing starts.
 */
export function hashRangeAfter(prefixHash: number, text: string, start: number, end: number): number {
  let h = prefixHash;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines a feature template id with up to two value hashes; a murmur3-style finaliser spreads the bits. */
export function combine(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h ^= b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
