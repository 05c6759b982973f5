import { twoSidedP, zForConfidence } from "./normal"

export type Interval = { low: number; high: number }

/**
 * Wilson score interval for a binomial proportion (Wilson 1927; recommended over the Wald interval by
 * Brown, Cai & DasGupta 2001, Statistical Science 16:101-133, because it stays inside [0, 1] and keeps its
 * coverage for small n and rates near 0, which is exactly where complaint and return rates live).
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): Interval {
  if (n <= 0) return { low: 0, high: 1 }
  if (successes < 0 || successes > n) throw new RangeError(`successes ${successes} outside 0..${n}`)
  const z = zForConfidence(confidence)
  const p = successes / n
  const z2 = z * z
  const denom = 1 + z2 / n
  const centre = (p + z2 / (2 * n)) / denom
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) }
}

export type TwoProportionTest = {
  /** Rate difference after - before. */
  difference: number
  z: number
  /** Two-sided p-value; 1 when either group is empty or the pooled rate is 0 or 1. */
  pValue: number
}

/**
 * Pooled two-proportion z-test of H0: p1 = p2 (e.g. Agresti, Categorical Data Analysis, 3rd ed., §3.1; the
 * square of z is Pearson's chi-squared on the 2×2 table, without continuity correction).
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): TwoProportionTest {
  const difference = (n2 > 0 ? x2 / n2 : 0) - (n1 > 0 ? x1 / n1 : 0)
  if (n1 <= 0 || n2 <= 0) return { difference, z: 0, pValue: 1 }
  const pooled = (x1 + x2) / (n1 + n2)
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
  if (se === 0) return { difference, z: 0, pValue: 1 }
  const z = (x2 / n2 - x1 / n1) / se
  return { difference, z, pValue: twoSidedP(z) }
}

/**
 * Benjamini-Hochberg adjusted p-values (q-values), in the input order (Benjamini & Hochberg 1995, JRSS B
 * 57:289-300): testing every product for a change at once would otherwise flag some by chance.
 */
export function benjaminiHochberg(pValues: ArrayLike<number>): Float64Array {
  const m = pValues.length
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => pValues[a] - pValues[b] || a - b)
  const out = new Float64Array(m)
  let running = 1
  for (let r = m - 1; r >= 0; r--) {
    const i = order[r]
    running = Math.min(running, (pValues[i] * m) / (r + 1))
    out[i] = running
  }
  return out
}
