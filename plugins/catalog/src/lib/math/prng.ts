/**
 * A seeded pseudo-random generator (mulberry32). The synthetic benchmark series and any sampling in `lib` take one
 * of these, so a run with the same seed and data gives the same numbers.
 */
export type Rng = {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform integer in [0, n). */
  int(n: number): number
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
  return { next, int: (n) => Math.floor(next() * n) }
}

/** A Poisson draw by inversion (Knuth) below 30, a rounded normal above: enough for synthetic demand. */
export function poissonDraw(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0
  if (lambda < 30) {
    const limit = Math.exp(-lambda)
    let k = 0
    let p = rng.next()
    while (p > limit) {
      k++
      p *= rng.next()
    }
    return k
  }
  const z = Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next())
  return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z))
}

/**
 * A deterministic sample of `size` distinct indices from [0, n), in increasing order (Floyd's algorithm), or every
 * index when size >= n.
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
