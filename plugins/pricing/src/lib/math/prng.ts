import { createRng as suiteRng, type Rng } from "@finesse/core/lib/math/prng"

export { permutation, sampleIndices, type Rng } from "@finesse/core/lib/math/prng"

/**
 * The suite's seeded generator (core's mulberry32), except that each normal draw takes a fresh pair of uniforms:
 * pricing's bootstrap intervals and seeded tests were built on that stream, and core's generator keeps the second
 * draw of a pair instead.
 */
export function createRng(seed: number): Rng {
  const r = suiteRng(seed)
  return {
    next: r.next,
    int: r.int,
    normal: () => {
      const u = 1 - r.next()
      const v = r.next()
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    },
  }
}
