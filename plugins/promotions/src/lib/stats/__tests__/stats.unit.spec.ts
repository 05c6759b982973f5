import { createRng } from "../../math/prng"
import { probabilityBetterBeta, probabilityBetterBetaMonteCarlo, probabilityBetterNormal } from "../bayes"
import { cupedTest } from "../cuped"
import { momentsOf } from "../moments"
import { ratioDiffTest } from "../ratio"
import { sampleRatioMismatch } from "../srm"
import { twoProportionTest } from "../two-proportion"
import { welchTest, welchTestValues } from "../welch"

// Student's (1908) sleep data as shipped with R (datasets::sleep); R's t.test(extra ~ group, data = sleep)
// prints t = -1.8608, df = 17.776, p-value = 0.07939, 95 percent CI -3.3654832 0.2054832.
const SLEEP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
const SLEEP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]

describe("welchTest", () => {
  it("reproduces R's Welch t.test on the sleep data", () => {
    const r = welchTestValues(SLEEP_1, SLEEP_2)
    expect(r.diff).toBeCloseTo(0.75 - 2.33, 12)
    expect(r.statistic).toBeCloseTo(-1.8608, 4)
    expect(r.df).toBeCloseTo(17.776, 3)
    expect(r.p).toBeCloseTo(0.07939, 5)
    expect(r.ciLow).toBeCloseTo(-3.3654832, 6)
    expect(r.ciHigh).toBeCloseTo(0.2054832, 6)
  })

  it("gives the same numbers from moments as from values, and a 90 % interval inside the 95 % one", () => {
    const fromMoments = welchTest(momentsOf(SLEEP_1), momentsOf(SLEEP_2))
    expect(fromMoments.statistic).toBeCloseTo(-1.8608, 4)
    const r90 = welchTest(momentsOf(SLEEP_1), momentsOf(SLEEP_2), { alpha: 0.1 })
    expect(r90.ciLow).toBeGreaterThan(fromMoments.ciLow)
    expect(r90.ciHigh).toBeLessThan(fromMoments.ciHigh)
  })

  it("reads moments over an index subset", () => {
    const y = [5, 1, 7, 3]
    const m = momentsOf(y, null, [0, 2])
    expect(m).toMatchObject({ n: 2, sumY: 12, sumY2: 74 })
  })

  it("is undefined for arms of one and exact for constant arms", () => {
    expect(welchTestValues([1], [1, 2]).p).toBeNaN()
    const c = welchTestValues([2, 2, 2], [1, 1])
    expect(c).toMatchObject({ diff: 1, p: 0, ciLow: 1, ciHigh: 1 })
    expect(() => welchTestValues([1, 2], [1, 2], { alpha: 1.5 })).toThrow(RangeError)
  })
})

describe("twoProportionTest", () => {
  // Physicians' Health Study (aspirin vs placebo, myocardial infarction): Agresti, Categorical Data
  // Analysis (2002), Table 2.3 and §2.2.3: difference 0.0077, 95 % CI (0.005, 0.011); Pearson X² = 25.01.
  it("reproduces Agresti's aspirin example", () => {
    const r = twoProportionTest({ successes: 189, n: 11034 }, { successes: 104, n: 11037 })
    expect(r.diff).toBeCloseTo(0.0077, 4)
    expect(r.ciLow).toBeCloseTo(0.0047, 4)
    expect(r.ciHigh).toBeCloseTo(0.0107, 4)
    expect(r.statistic ** 2).toBeCloseTo(25.01, 2)
    expect(r.p).toBeLessThan(1e-6)
  })

  it("rejects impossible counts", () => {
    expect(() => twoProportionTest({ successes: 5, n: 4 }, { successes: 1, n: 4 })).toThrow(RangeError)
  })
})

describe("cupedTest", () => {
  // Small panel; reference numbers from numpy/scipy: ANCOVA y ~ 1 + t + x by least squares gives the
  // treatment coefficient 1.19008491 and slope 1.14543961; Welch on y − θx gives t = 3.46419, df = 8.36500,
  // p = 0.0079505, 95 % CI (0.40385906, 1.97631076).
  const yT = [12, 15, 9, 20, 14, 18]
  const xT = [10, 13, 8, 17, 12, 15]
  const yC = [10, 8, 14, 11, 7, 13, 9]
  const xC = [9, 8, 13, 10, 6, 12, 10]

  it("equals the ANCOVA treatment coefficient with the pooled within-arm θ", () => {
    const r = cupedTest(momentsOf(yT, xT), momentsOf(yC, xC))
    expect(r.theta).toBeCloseTo(1.14543961, 7)
    expect(r.diff).toBeCloseTo(1.19008491, 7)
    expect(r.statistic).toBeCloseTo(3.46419, 4)
    expect(r.df).toBeCloseTo(8.365, 3)
    expect(r.p).toBeCloseTo(0.0079505, 6)
    expect(r.ciLow).toBeCloseTo(0.40385906, 6)
    expect(r.ciHigh).toBeCloseTo(1.97631076, 6)
    expect(r.rawDiff).toBeCloseTo(14.666666667 - 10.285714286, 6)
    expect(r.varianceReduction).toBeGreaterThan(0.9)
  })

  it("removes ρ² of the variance on a correlated simulation and keeps the effect", () => {
    const rng = createRng(7)
    const n = 20_000
    const mk = (effect: number) => {
      const y = new Float64Array(n)
      const x = new Float64Array(n)
      for (let i = 0; i < n; i++) {
        x[i] = 100 + 10 * rng.normal()
        y[i] = x[i] + 5 * rng.normal() + effect // corr(x, y) = 10 / sqrt(125): ρ² = 0.8
      }
      return momentsOf(y, x)
    }
    const r = cupedTest(mk(1), mk(0))
    expect(r.theta).toBeCloseTo(1, 1)
    expect(r.varianceReduction).toBeCloseTo(0.8, 1)
    expect(r.ciLow).toBeLessThan(1)
    expect(r.ciHigh).toBeGreaterThan(1)
    // the plain Welch interval on the same data is sqrt(5) times wider
    const plainSe = Math.sqrt((125 * 2) / n)
    expect(r.se / plainSe).toBeCloseTo(Math.sqrt(0.2), 1)
  })

  it("falls back to Welch when the covariate is constant", () => {
    const r = cupedTest(momentsOf(SLEEP_1, SLEEP_1.map(() => 3)), momentsOf(SLEEP_2, SLEEP_2.map(() => 3)))
    expect(r.theta).toBe(0)
    expect(r.statistic).toBeCloseTo(-1.8608, 4)
  })
})

describe("ratioDiffTest (delta method)", () => {
  it("matches a direct computation of the linearised variance", () => {
    // gmv (y) over orders (x) per customer; AOV_T = 60 / 4 = 15, AOV_C = 40 / 4 = 10
    const gT = [10, 20, 30]
    const oT = [1, 1, 2]
    const gC = [5, 15, 20]
    const oC = [1, 2, 1]
    const r = ratioDiffTest(momentsOf(gT, oT), momentsOf(gC, oC))
    expect(r.meanTreatment).toBeCloseTo(15, 12)
    expect(r.meanControl).toBeCloseTo(10, 12)
    // linearisation: var of (y − R x) / x̄ over customers, / n (Deng et al. 2018, eq. 2 rearranged)
    const lin = (g: number[], o: number[], R: number) => {
      const xbar = o.reduce((s, v) => s + v, 0) / o.length
      const z = g.map((v, i) => (v - R * o[i]) / xbar)
      const m = z.reduce((s, v) => s + v, 0) / z.length
      return z.reduce((s, v) => s + (v - m) ** 2, 0) / (z.length - 1) / z.length
    }
    expect(r.se).toBeCloseTo(Math.sqrt(lin(gT, oT, 15) + lin(gC, oC, 10)), 10)
  })
})

describe("probability of being better", () => {
  it("normal approximation is Φ(diff / se)", () => {
    expect(probabilityBetterNormal(0, 1)).toBeCloseTo(0.5, 12)
    expect(probabilityBetterNormal(1.959964, 1)).toBeCloseTo(0.975, 6)
    expect(probabilityBetterNormal(-1, 0)).toBe(0)
  })

  it("Beta–Binomial: closed forms for small posteriors", () => {
    // X ~ Beta(2, 1) (1 success of 1), Y ~ Beta(1, 1) (no data): P(X > Y) = ∫ 2x · x dx = 2/3
    expect(probabilityBetterBeta({ successes: 1, n: 1 }, { successes: 0, n: 0 })).toBeCloseTo(2 / 3, 10)
    expect(probabilityBetterBeta({ successes: 0, n: 0 }, { successes: 1, n: 1 })).toBeCloseTo(1 / 3, 10)
    expect(probabilityBetterBeta({ successes: 3, n: 10 }, { successes: 3, n: 10 })).toBeCloseTo(0.5, 10)
    // X ~ Beta(1, 2) vs Y ~ Beta(1, 1): P(X > Y) = ∫ 2(1 − x) x dx = 1/3
    expect(probabilityBetterBeta({ successes: 0, n: 1 }, { successes: 0, n: 0 })).toBeCloseTo(1 / 3, 10)
  })

  it("Beta–Binomial exact sum agrees with a seeded Monte Carlo within 4 standard errors", () => {
    const cases = [
      [{ successes: 45, n: 1000 }, { successes: 30, n: 1000 }],
      [{ successes: 1200, n: 20000 }, { successes: 1150, n: 20000 }],
      [{ successes: 12, n: 40 }, { successes: 200, n: 500 }],
    ] as const
    for (const [t, c] of cases) {
      const exact = probabilityBetterBeta(t, c)
      const mc = probabilityBetterBetaMonteCarlo(t, c, createRng(11), 40_000)
      expect(Math.abs(exact - mc.probability)).toBeLessThan(4 * mc.standardError + 1e-9)
    }
  })
})

describe("sampleRatioMismatch", () => {
  it("computes Pearson's χ² against the designed shares", () => {
    // scipy.stats.chisquare([50000, 50500]) = 2.48756, p = 0.114749
    const r = sampleRatioMismatch([50_000, 50_500], [0.5, 0.5])
    expect(r.chiSquare).toBeCloseTo(2.48756, 4)
    expect(r.p).toBeCloseTo(0.114749, 5)
    expect(r.mismatch).toBe(false)
    const bad = sampleRatioMismatch([9_000, 1_200], [0.9, 0.1])
    expect(bad.mismatch).toBe(true)
    expect(bad.expected[1]).toBeCloseTo(1020, 9)
  })
})
