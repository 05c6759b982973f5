/** The suite's seeded generator lives in core (one implementation); this plugin's lib imports it from here. */
export { createRng, permutation, sampleIndices, type Rng } from "@finesse/core/lib/math/prng"
