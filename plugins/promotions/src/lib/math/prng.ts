/**
 * A seeded pseudo-random generator (mulberry32, as in @finesse/personas). Every random choice in `lib` (A/A
 * splits, Monte Carlo checks, simulations) takes one of these, so a run with the same seed gives the same numbers.
 */
export type Rng = {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform integer in [0, n). */
  int(n: number): number
  /** Standard normal draw (Box–Muller, both values used). */
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
  let spare = NaN
  const normal = () => {
    if (!Number.isNaN(spare)) {
      const s = spare
      spare = NaN
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
 * A random split of [0, n) into two halves (the first gets floor(n / 2)), each in increasing order: the A/A
 * split of a benchmark or a simulation.
 */
export function randomHalves(n: number, rng: Rng): { a: Int32Array; b: Int32Array } {
  const p = permutation(n, rng)
  const half = Math.floor(n / 2)
  const a = p.slice(0, half).sort()
  const b = p.slice(half).sort()
  return { a, b }
}
