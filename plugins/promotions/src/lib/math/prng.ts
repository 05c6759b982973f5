/** The suite's seeded generator lives in core (one implementation); this plugin's lib imports it from here. */
export { createRng, permutation, sampleIndices, type Rng } from "@finesse/core/lib/math/prng"
import { permutation, type Rng } from "@finesse/core/lib/math/prng"

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
