/** The suite's seeded generator lives in core (one implementation); this plugin's lib imports it from here. */
export { createRng, permutation, sampleIndices, type Rng } from "@finesse/core/lib/math/prng"
import type { Rng } from "@finesse/core/lib/math/prng"

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
