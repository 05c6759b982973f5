import { nelderMead } from "../nelder-mead"
import { createRng, sampleIndices } from "../prng"
import { binAbove, breakpoints, quantileSorted } from "../quantile"
import { rocAuc } from "../roc-auc"
import { hyp2f1, logBeta, logGamma, logit, sigmoid } from "../special-functions"
import { fitStandardizer, standardizeMatrix } from "../standardizer"

describe("quantiles", () => {
  it("interpolates like R type 7 / numpy linear", () => {
    // numpy.quantile([1, 2, 3, 4, 10], [0.2, 0.5, 0.9]) = [1.8, 3.0, 7.6]
    const s = [1, 2, 3, 4, 10]
    expect(quantileSorted(s, 0.2)).toBeCloseTo(1.8, 12)
    expect(quantileSorted(s, 0.5)).toBe(3)
    expect(quantileSorted(s, 0.9)).toBeCloseTo(7.6, 12)
    expect(breakpoints([10, 4, 3, 2, 1], [0.2, 0.5])).toEqual([1.8, 3])
  })

  it("puts values equal to a breakpoint in the lower bin", () => {
    expect(binAbove(1, [1, 1, 2, 5])).toBe(0)
    expect(binAbove(1.5, [1, 1, 2, 5])).toBe(2)
    expect(binAbove(5, [1, 1, 2, 5])).toBe(3)
    expect(binAbove(6, [1, 1, 2, 5])).toBe(4)
  })
})

describe("rocAuc", () => {
  it("counts pairs, ties worth one half", () => {
    // positives 0.8, 0.4; negatives 0.4, 0.1: pairs (0.8>0.4), (0.8>0.1), (0.4=0.4 → 0.5), (0.4>0.1) = 3.5 / 4
    expect(rocAuc([0.8, 0.4, 0.4, 0.1], [1, 1, 0, 0])).toBeCloseTo(0.875, 12)
    expect(rocAuc([1, 1, 1, 1], [1, 0, 1, 0])).toBe(0.5)
    expect(rocAuc([0.1, 0.9], [1, 0])).toBe(0)
    expect(rocAuc([0.1, 0.9], [0, 0])).toBeNaN()
  })
})

describe("special functions", () => {
  it("matches known values of ln Γ and ln B", () => {
    expect(logGamma(1)).toBeCloseTo(0, 12)
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12)
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12)
    expect(logGamma(100.5)).toBeCloseTo(361.4355404677776, 9) // Python math.lgamma
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 12)
  })

  it("sums 2F1 to its closed forms", () => {
    // 2F1(1, 1; 2; z) = −ln(1 − z) / z ; 2F1(a, b; b; z) = (1 − z)^−a
    expect(hyp2f1(1, 1, 2, 0.5)).toBeCloseTo(-Math.log(0.5) / 0.5, 12)
    expect(hyp2f1(2.5, 3, 3, 0.3)).toBeCloseTo(Math.pow(0.7, -2.5), 12)
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError)
  })

  it("sigmoid and logit invert each other without overflow", () => {
    expect(sigmoid(logit(0.3))).toBeCloseTo(0.3, 12)
    expect(sigmoid(-1000)).toBe(0)
    expect(sigmoid(1000)).toBe(1)
  })
})

describe("nelderMead", () => {
  it("finds the minimum of the Rosenbrock function", () => {
    const r = nelderMead(([x, y]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2, [-1.2, 1], { tolerance: 1e-16, maxIterations: 5000 })
    expect(r.x[0]).toBeCloseTo(1, 4)
    expect(r.x[1]).toBeCloseTo(1, 4)
  })
})

describe("prng", () => {
  it("is deterministic per seed and differs across seeds", () => {
    const a = createRng(42)
    const b = createRng(42)
    const c = createRng(43)
    const xs = [a.next(), a.next(), a.next()]
    expect([b.next(), b.next(), b.next()]).toEqual(xs)
    expect(c.next()).not.toBe(xs[0])
    for (const v of xs) expect(v >= 0 && v < 1).toBe(true)
  })

  it("samples distinct sorted indices, or all of them", () => {
    const s = sampleIndices(100, 10, createRng(1))
    expect(s.length).toBe(10)
    expect(new Set(s).size).toBe(10)
    expect([...s]).toEqual([...s].sort((x, y) => x - y))
    expect([...sampleIndices(5, 10, createRng(1))]).toEqual([0, 1, 2, 3, 4])
  })
})

describe("standardizer", () => {
  it("z-scores columns and zeroes a constant column", () => {
    const x = Float64Array.from([1, 7, 3, 7, 5, 7]) // column 0: 1,3,5 (mean 3, population sd √(8/3)); column 1 constant
    const s = fitStandardizer(x, 2)
    expect(s.mean).toEqual([3, 7])
    expect(s.sd[0]).toBeCloseTo(Math.sqrt(8 / 3), 12)
    expect(s.sd[1]).toBe(0)
    const z = standardizeMatrix(x, 2, s)
    expect(z[0]).toBeCloseTo(-2 / Math.sqrt(8 / 3), 12)
    expect([z[1], z[3], z[5]]).toEqual([0, 0, 0])
  })
})
