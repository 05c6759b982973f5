import { solveSymmetric } from "../linear-solve"
import { fitLogistic, logisticObjective, sigmoid } from "../logistic-regression"
import { applyPlatt, fitPlatt } from "../platt"
import { createRng, poisson, shuffledIndices } from "../prng"
import { mad, median, MAD_TO_SIGMA, pearson, quantile, robustZ } from "../robust"
import { rocAuc } from "../roc-auc"
import { fitStandardizer, standardizeMatrix } from "../standardizer"

describe("robust statistics", () => {
  it("median and MAD of the textbook example (Wikipedia, Median absolute deviation)", () => {
    const x = [1, 1, 2, 2, 4, 6, 9]
    expect(median(x)).toBe(2)
    expect(mad(x)).toBe(1)
    expect(robustZ(9, 2, 1, 0)).toBeCloseTo(7 / MAD_TO_SIGMA, 12)
  })

  it("median of an even count, ignoring non-finite values, and leaves the input alone", () => {
    const x = [5, NaN, 1, 3, 2, Infinity, 4, 6]
    expect(median(x)).toBe(3.5)
    expect(x[0]).toBe(5)
    expect(median([])).toBeNaN()
  })

  it("median by quickselect agrees with sorting on random data", () => {
    const rng = createRng(3)
    for (let t = 0; t < 50; t++) {
      const a = Array.from({ length: 1 + rng.int(60) }, () => Math.round(rng.normal() * 10) + 0)
      const s = [...a].sort((p, q) => p - q)
      const n = s.length
      expect(median(a)).toBe(n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2)
    }
  })

  it("quantile type 7 and Pearson correlation", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5)
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75)
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toBeCloseTo(1, 12)
    expect(pearson([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12)
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNaN()
  })
})

describe("seeded generator", () => {
  it("is deterministic and has the right moments", () => {
    const a = createRng(42)
    const b = createRng(42)
    expect([a.next(), a.next()]).toEqual([b.next(), b.next()])
    const r = createRng(7)
    let s = 0
    let s2 = 0
    let p = 0
    const n = 20000
    for (let i = 0; i < n; i++) {
      const z = r.normal()
      s += z
      s2 += z * z
      p += poisson(r, 4)
    }
    expect(s / n).toBeCloseTo(0, 1)
    expect(s2 / n).toBeCloseTo(1, 1)
    expect(p / n).toBeCloseTo(4, 1)
    expect([...shuffledIndices(10, createRng(1))].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })
})

describe("linear solve", () => {
  it("solves a symmetric positive-definite system and survives a singular one", () => {
    expect([...solveSymmetric(Float64Array.from([4, 2, 2, 3]), Float64Array.from([6, 5]), 2)].map((v) => +v.toFixed(12))).toEqual([1, 1])
    const x = solveSymmetric(Float64Array.from([1, 0, 0, 0]), Float64Array.from([2, 0]), 2)
    expect(x[0]).toBeCloseTo(2, 9)
    expect(x[1]).toBe(0)
  })
})

describe("logistic regression", () => {
  // Wikipedia, "Logistic regression", example: probability of passing an exam against hours of study;
  // maximum-likelihood fit β0 = −4.0777, β1 = 1.5046
  const hours = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.25, 3.5, 4, 4.25, 4.5, 4.75, 5, 5.5]
  const pass = [0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1]

  it("reproduces the textbook maximum-likelihood fit", () => {
    const fit = fitLogistic(Float64Array.from(hours), pass, 1, { l2: 0 })
    expect(fit.converged).toBe(true)
    expect(fit.weights[0]).toBeCloseTo(-4.0777, 3)
    expect(fit.weights[1]).toBeCloseTo(1.5046, 3)
    // the article's reading of the curve: 2 hours of study → 26 % chance of passing
    expect(sigmoid(fit.weights[0] + 2 * fit.weights[1])).toBeCloseTo(0.26, 2)
  })

  it("with an L2 penalty, matches a plain gradient-descent minimiser of the same objective", () => {
    const rng = createRng(11)
    const n = 300
    const d = 3
    const x = new Float64Array(n * d)
    const y = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      let z = -0.5
      for (let j = 0; j < d; j++) {
        x[i * d + j] = rng.normal()
        z += [1.2, -0.8, 0][j] * x[i * d + j]
      }
      y[i] = rng.next() < sigmoid(z) ? 1 : 0
    }
    const l2 = 5
    const fit = fitLogistic(x, y, d, { l2 })
    // oracle: 3,000 steps of gradient descent (contraction ≈ 0.9 a step here, so converged far past 1e-6) on the penalised log-likelihood
    const w = new Float64Array(d + 1)
    for (let it = 0; it < 3000; it++) {
      const g = new Float64Array(d + 1)
      for (let i = 0; i < n; i++) {
        let z = w[0]
        for (let j = 0; j < d; j++) z += w[j + 1] * x[i * d + j]
        const r = sigmoid(z) - y[i]
        g[0] += r
        for (let j = 0; j < d; j++) g[j + 1] += r * x[i * d + j]
      }
      for (let j = 1; j <= d; j++) g[j] += l2 * w[j]
      for (let j = 0; j <= d; j++) w[j] -= (0.5 / n) * g[j]
    }
    fit.weights.forEach((v, j) => expect(v).toBeCloseTo(w[j], 5))
    expect(logisticObjective(x, y, d, fit.weights, l2)).toBeLessThanOrEqual(logisticObjective(x, y, d, Array.from(w), l2) + 1e-12)
    expect(Math.abs(fit.weights[3])).toBeLessThan(0.2)
  })

  it("stays finite on separable data with a penalty", () => {
    const fit = fitLogistic(Float64Array.from([-2, -1, 1, 2]), [0, 0, 1, 1], 1, { l2: 1 })
    expect(Number.isFinite(fit.weights[1])).toBe(true)
    expect(fit.weights[1]).toBeGreaterThan(0)
  })
})

describe("Platt calibration", () => {
  it("recovers the identity on calibrated scores and a scale on overconfident ones", () => {
    const rng = createRng(5)
    const z = Float64Array.from({ length: 20000 }, () => 2 * rng.normal())
    const y = Float64Array.from(z, (v) => (rng.next() < sigmoid(v) ? 1 : 0))
    const c = fitPlatt(z, y)
    expect(c.a).toBeCloseTo(1, 1)
    expect(c.b).toBeCloseTo(0, 1)
    const doubled = fitPlatt(Float64Array.from(z, (v) => 2 * v), y)
    expect(doubled.a).toBeCloseTo(0.5, 1)
    expect(applyPlatt(doubled, 4)).toBeCloseTo(sigmoid(2), 1)
  })

  it("never gives 0 or 1 on a tiny label set (smoothed targets)", () => {
    // targets become 3/4 and 1/4, so even perfectly separated scores map to moderate probabilities
    const c = fitPlatt([-3, -2, 2, 3], [0, 0, 1, 1])
    expect(applyPlatt(c, 3)).toBeLessThan(0.85)
    expect(applyPlatt(c, -3)).toBeGreaterThan(0.15)
    expect(applyPlatt(c, 0)).toBeCloseTo(0.5, 6)
  })
})

describe("ROC AUC and standardiser", () => {
  it("ranks with ties at half", () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75)
    expect(rocAuc([1, 1, 1, 1], [0, 1, 0, 1])).toBe(0.5)
    expect(rocAuc([1, 2], [1, 1])).toBeNaN()
  })

  it("centres and scales columns, leaving constant ones", () => {
    const x = Float64Array.from([1, 5, 3, 5, 5, 5])
    const s = fitStandardizer(x, 3, 2)
    expect(s.means).toEqual([3, 5])
    expect(s.sds[1]).toBe(1)
    expect([...standardizeMatrix(s, x, 3, 2)].map((v) => +v.toFixed(6))).toEqual([-1.224745, 0, 0, 0, 1.224745, 0])
  })
})
