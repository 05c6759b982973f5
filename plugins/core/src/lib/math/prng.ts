/**
 * The suite's seeded pseudo-random generator (mulberry32, Tommy Ettinger's public-domain generator). Every random
 * choice in a plugin's `lib` (k-means++ seeding, cross-validation folds, bootstrap intervals, A/A splits, synthetic
 * data) takes one of these, so the same data and seed always give the same answer.
 */
export type Rng = {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform integer in [0, n). */
  int(n: number): number
  /** Standard normal (Box–Muller; the second draw of each pair is kept for the next call). */
  normal(): number
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0 || 0x9e3779b9
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  let spare: number | null = null
  const normal = () => {
    if (spare !== null) {
      const s = spare
      spare = null
      return s
    }
    let u = 0
    while (u === 0) u = next()
    const v = next()
    const r = Math.sqrt(-2 * Math.log(u))
    spare = r * Math.sin(2 * Math.PI * v)
    return r * Math.cos(2 * Math.PI * v)
  }
  return { next, int: (n) => Math.floor(next() * n), normal }
}

/** A uniformly random permutation of [0, n) (Fisher–Yates). */
export function permutation(n: number, rng: Rng): Int32Array {
  const p = new Int32Array(n)
  for (let i = 0; i < n; i++) p[i] = i
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1)
    const t = p[i]
    p[i] = p[j]
    p[j] = t
  }
  return p
}

/**
 * A deterministic sample of `size` distinct indices from [0, n), in increasing order (Floyd's algorithm, O(size)
 * memory), or every index when size >= n. Sorted so the result does not depend on hash order.
 */
export function sampleIndices(n: number, size: number, rng: Rng): Int32Array {
  if (size >= n) return Int32Array.from({ length: n }, (_, i) => i)
  const chosen = new Set<number>()
  for (let j = n - size; j < n; j++) {
    const t = rng.int(j + 1)
    chosen.add(chosen.has(t) ? j : t)
  }
  return Int32Array.from([...chosen].sort((x, y) => x - y))
}
