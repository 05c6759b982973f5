/**
 * Deterministic hashing for experiment assignment. FNV-1a (32 bit) over the UTF-8 bytes, then MurmurHash3's
 * fmix32 finaliser: FNV-1a alone is the GrowthBook choice but lets ids that differ in the last character land in
 * neighbouring buckets; the finaliser spreads them (full avalanche). FNV reference vectors: Fowler, Noll, Vo,
 * "FNV hash" test suite (e.g. "a" → 0xe40c292c, "foobar" → 0xbf9cf968).
 */

/** FNV-1a, 32 bit, over the UTF-8 encoding of `text`. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5
  const add = (byte: number) => {
    h ^= byte
    h = Math.imul(h, 0x01000193) >>> 0
  }
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (c < 0x80) add(c)
    else if (c < 0x800) {
      add(0xc0 | (c >> 6))
      add(0x80 | (c & 63))
    } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const lo = text.charCodeAt(++i)
      c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00)
      add(0xf0 | (c >> 18))
      add(0x80 | ((c >> 12) & 63))
      add(0x80 | ((c >> 6) & 63))
      add(0x80 | (c & 63))
    } else {
      add(0xe0 | (c >> 12))
      add(0x80 | ((c >> 6) & 63))
      add(0x80 | (c & 63))
    }
  }
  return h >>> 0
}

/** MurmurHash3's 32-bit finaliser (Appleby): a bijection with full avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Uniform in [0, 1) from the key: the position of a unit on the assignment line. */
export function hashUnit(key: string): number {
  return fmix32(fnv1a32(key)) / 4294967296
}
