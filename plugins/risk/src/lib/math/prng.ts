/**
 * A seeded pseudo-random generator (mulberry32, Tommy Ettinger's public-domain generator). Every random
 * choice in `lib` (folds of the model's cross-validation, synthetic data) takes one, so a run with the same
 * seed and data gives the same answer.
 */
export type Rng = {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform integer in [0, n). */
  int(n: number): number
  /** Standard normal (Box-Muller; one draw of the pair is kept for the next call). */
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

/** Poisson draw (Knuth's product method for small means, a rounded normal approximation above 60). */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0
  if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.normal()))
  const limit = Math.exp(-mean)
  let k = 0
  let p = rng.next()
  while (p > limit) {
    k++
    p *= rng.next()
  }
  return k
}

/** Fisher-Yates shuffle of 0..n-1. */
export function shuffledIndices(n: number, rng: Rng): Int32Array {
  const out = new Int32Array(n)
  for (let i = 0; i < n; i++) out[i] = i
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1)
    const t = out[i]
    out[i] = out[j]
    out[j] = t
  }
  return out
}
