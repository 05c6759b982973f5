/**
 * Deterministic variant assignment: hash("experiment:unit") → bucket. The same customer always sees the same variant
 * of an experiment (no state to store), and different experiments split customers independently because the
 * experiment key is part of the hash.
 */

/** 32-bit FNV-1a over the UTF-8 bytes of s. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5
  for (const byte of Buffer.from(s, "utf8")) {
    h ^= byte
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

/** A bucket in [0, 1): FNV-1a of "experiment:unitId", with a murmur3 finaliser because FNV's low bits mix poorly. */
export function bucketOf(experimentKey: string, unitId: string): number {
  let h = fnv1a32(`${experimentKey}:${unitId}`)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b) >>> 0
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35) >>> 0
  h ^= h >>> 16
  return (h >>> 0) / 2 ** 32
}

export type Variant = { name: string; weight: number }

/** Picks a variant in proportion to the weights (e.g. A 50, B 50, or control 90 / treatment 10). */
export function assignVariant(experimentKey: string, unitId: string, variants: readonly Variant[]): string {
  const total = variants.reduce((s, v) => s + Math.max(0, v.weight), 0)
  if (!(total > 0)) throw new Error("an experiment needs at least one variant with a positive weight")
  const x = bucketOf(experimentKey, unitId) * total
  let acc = 0
  for (const v of variants) {
    acc += Math.max(0, v.weight)
    if (x < acc) return v.name
  }
  return variants[variants.length - 1].name
}
