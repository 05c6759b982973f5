import { jStat } from "jstat"
import { compoundPoissonQuantiles, sizeDistribution } from "../compound-poisson"
import { inverseNormalLoss, normalLoss, normalQuantile } from "../normal"

/** Brute-force pmf of a compound Poisson sum: Σ_n Pois(n; λ)·P(S_1 + … + S_n = s) by repeated convolution. */
function bruteForcePmf(lambda: number, values: number[], probs: number[], max: number): number[] {
  const pmf = new Array(max + 1).fill(0)
  let conv = new Array(max + 1).fill(0)
  conv[0] = 1
  let pois = Math.exp(-lambda)
  for (let n = 0; n < 200; n++) {
    for (let s = 0; s <= max; s++) pmf[s] += pois * conv[s]
    const next = new Array(max + 1).fill(0)
    for (let s = 0; s <= max; s++) if (conv[s]) values.forEach((v, j) => s + v <= max && (next[s + v] += conv[s] * probs[j]))
    conv = next
    pois *= lambda / (n + 1)
  }
  return pmf
}

function quantileFromPmf(pmf: number[], p: number): number {
  let c = 0
  for (let s = 0; s < pmf.length; s++) if ((c += pmf[s]) >= p - 1e-12) return s
  return pmf.length
}

describe("compound Poisson quantiles (Panjer's recursion)", () => {
  it.each([
    { lambda: 2, sizes: [1, 3, 3, 1], probs: [0.1, 0.5, 0.8, 0.95] },
    { lambda: 0.4, sizes: [12, 12, 24, 6], probs: [0.5, 0.9, 0.99] },
    { lambda: 7.5, sizes: [1, 2, 2, 5, 10, 1, 1], probs: [0.05, 0.45, 0.5, 0.975] },
  ])("λ=$lambda, sizes $sizes: the same quantiles as brute-force convolution", ({ lambda, sizes, probs }) => {
    const dist = sizeDistribution(sizes)!
    const pmf = bruteForcePmf(lambda, Array.from(dist.values), Array.from(dist.probs), 400)
    const q = compoundPoissonQuantiles(lambda, dist, probs)
    probs.forEach((p, i) => expect(q[i]).toBe(quantileFromPmf(pmf, p)))
  })

  it("unit sizes reduce it to the Poisson distribution", () => {
    const dist = sizeDistribution([1, 1, 1])!
    for (const lambda of [0.3, 3, 40]) {
      for (const p of [0.2, 0.5, 0.9]) {
        const q = compoundPoissonQuantiles(lambda, dist, [p])[0]
        expect(jStat.poisson.cdf(q, lambda)).toBeGreaterThanOrEqual(p - 1e-9)
        if (q > 0) expect(jStat.poisson.cdf(q - 1, lambda)).toBeLessThan(p)
      }
    }
  })

  it("the median is zero when a period without an order is more likely than not", () => {
    const dist = sizeDistribution([100])!
    expect(compoundPoissonQuantiles(0.6, dist, [0.5])[0]).toBe(0) // e^-0.6 = 0.549
    expect(compoundPoissonQuantiles(0.8, dist, [0.5])[0]).toBe(100) // e^-0.8 = 0.449
  })

  it("a large rate uses the skew-corrected normal approximation, close to the mean", () => {
    const dist = sizeDistribution([1, 2, 3, 4])!
    const q = compoundPoissonQuantiles(1000, dist, [0.5, 0.975])
    expect(q[0]).toBeGreaterThan(2480)
    expect(q[0]).toBeLessThan(2510)
    // sd = sqrt(1000 · 7.5) = 86.6
    expect(q[1]).toBeGreaterThan(2500 + 1.9 * 86.6)
  })

  it("no sizes or no rate: zero demand", () => {
    expect(Array.from(compoundPoissonQuantiles(3, null, [0.5]))).toEqual([0])
    expect(Array.from(compoundPoissonQuantiles(0, sizeDistribution([2]), [0.9]))).toEqual([0])
  })
})

describe("normal helpers", () => {
  it("standard quantiles and the loss function (Silver, Pyke & Thomas Appendix II)", () => {
    expect(normalQuantile(0.95)).toBeCloseTo(1.644853627, 8)
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8)
    // table values: G(0) = 0.3989, G(1) = 0.0833, G(2) = 0.0085
    expect(normalLoss(0)).toBeCloseTo(0.3989, 4)
    expect(normalLoss(1)).toBeCloseTo(0.0833, 4)
    expect(normalLoss(2)).toBeCloseTo(0.0085, 4)
    expect(inverseNormalLoss(0.0833)).toBeCloseTo(1, 2)
  })
})
