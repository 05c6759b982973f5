/** The suite's seeded generator lives in core (one implementation); this plugin's lib imports it from here. */
export { createRng, permutation, sampleIndices, type Rng } from "@finesse/core/lib/math/prng"
import type { Rng } from "@finesse/core/lib/math/prng"

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

/** Fisher–Yates shuffle of 0..n-1 (core's permutation). */
export { permutation as shuffledIndices } from "@finesse/core/lib/math/prng"
