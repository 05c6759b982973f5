import { boostingLogit, fitBoosting } from "../gradient-boosting"
import { churnRisk } from "../churn-risk"
import { fitLogistic, logisticLogit, solveSymmetric } from "../logistic-regression"

describe("logistic regression (IRLS)", () => {
  it("finds the closed-form MLE of a binary feature", () => {
    // x = 0: 2 of 8 bought → logit 0.25 = ln(1/3); x = 1: 6 of 8 → logit 0.75 = ln 3
    const x = Float64Array.from([...Array(8).fill(0), ...Array(8).fill(1)])
    const y = [1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0]
    const m = fitLogistic(x, y, 1, { l2: 0 })
    expect(m.weights[0]).toBeCloseTo(Math.log(1 / 3), 8)
    expect(m.weights[1]).toBeCloseTo(2 * Math.log(3), 8)
    expect(logisticLogit(m, [1])).toBeCloseTo(Math.log(3), 8)
  })

  it("shrinks the slope under an L2 penalty but not the intercept", () => {
    const x = Float64Array.from([-1, -1, 1, 1])
    const y = [0, 1, 1, 1]
    const free = fitLogistic(x, y, 1, { l2: 0 })
    const ridge = fitLogistic(x, y, 1, { l2: 10 })
    expect(Math.abs(ridge.weights[1])).toBeLessThan(Math.abs(free.weights[1]))
    expect(ridge.weights[1]).toBeGreaterThan(0)
  })

  it("solves a symmetric positive-definite system", () => {
    const a = Float64Array.from([4, 2, 2, 3])
    expect([...solveSymmetric(a, Float64Array.from([6, 5]), 2)].map((v) => +v.toFixed(12))).toEqual([1, 1])
  })
})

describe("gradient boosting", () => {
  // x = 0..9, four rows each; label 1 from x = 5 on
  const xs = Array.from({ length: 40 }, (_, i) => Math.floor(i / 4))
  const x = Float64Array.from(xs)
  const y = xs.map((v) => (v >= 5 ? 1 : 0))

  it("learns a stump with Newton leaf values on separable data", () => {
    const m = fitBoosting(x, y, 1, { trees: 1, depth: 1, learningRate: 1, l2: 0, minLeafSize: 5, bins: 10 })
    // base logit 0 (half positive); at p = 0.5 each row has g = 0.5 − y, h = 0.25 → leaves −G/H = ∓2
    expect(m.base).toBeCloseTo(0, 12)
    expect(m.trees[0].feature[0]).toBe(0)
    expect(m.trees[0].threshold[0]).toBe(5)
    expect(boostingLogit(m, [4])).toBeCloseTo(-2, 12)
    expect(boostingLogit(m, [5])).toBeCloseTo(2, 12)
  })

  it("does not split when a leaf would be smaller than minLeafSize", () => {
    const m = fitBoosting(x, y, 1, { trees: 1, depth: 1, learningRate: 1, l2: 0, minLeafSize: 21, bins: 10 })
    expect(m.trees[0].feature).toEqual([-1])
  })

  it("lowers the training log loss as trees are added", () => {
    const noisy = y.map((v, i) => (i % 7 === 0 ? 1 - v : v))
    const loss = (trees: number) => {
      const m = fitBoosting(x, noisy, 1, { trees, depth: 2, learningRate: 0.1, minLeafSize: 3, bins: 10 })
      return xs.reduce((s, v, i) => {
        const p = 1 / (1 + Math.exp(-boostingLogit(m, [v])))
        return s - (noisy[i] ? Math.log(p) : Math.log(1 - p))
      }, 0)
    }
    expect(loss(10)).toBeLessThan(loss(1))
    expect(loss(50)).toBeLessThan(loss(10))
  })
})

describe("churn risk bands", () => {
  it.each([
    [0.9, "low"],
    [0.671, "low"],
    [0.67, "medium"], // P(no purchase) = 33 %
    [0.5, "medium"],
    [0.34, "medium"], // 66 %
    [0.339, "high"],
    [0, "high"],
  ])("P(buy) %p → %p", (p, band) => {
    expect(churnRisk(p)).toBe(band)
  })
})
