import { solveSymmetric } from "../linear-solve"
import { fitLogistic, logisticLogit, logisticObjective } from "../logistic-regression"
import { rocAuc } from "../roc-auc"

describe("logistic regression", () => {
  it("reproduces the exam-hours fit (Wikipedia, 'Logistic regression': β0 = −4.0777, β1 = 1.5046)", () => {
    const hours = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.25, 3.5, 4, 4.25, 4.5, 4.75, 5, 5.5]
    const pass = [0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1]
    const fit = fitLogistic(Float64Array.from(hours), pass, 1, { l2: 0 })
    expect(fit.converged).toBe(true)
    expect(fit.weights[0]).toBeCloseTo(-4.0777, 3)
    expect(fit.weights[1]).toBeCloseTo(1.5046, 3)
    expect(logisticLogit(fit.weights, [2])).toBeCloseTo(-4.0777 + 2 * 1.5046, 3)
    // the ridge pulls the slope towards 0 and raises the unpenalised part of the objective
    const ridge = fitLogistic(Float64Array.from(hours), pass, 1, { l2: 5 })
    expect(Math.abs(ridge.weights[1])).toBeLessThan(fit.weights[1])
    expect(logisticObjective(Float64Array.from(hours), pass, 1, ridge.weights, 0)).toBeGreaterThan(logisticObjective(Float64Array.from(hours), pass, 1, fit.weights, 0))
  })

  it("solves a symmetric positive-definite system", () => {
    const x = solveSymmetric(Float64Array.from([4, 2, 2, 3]), Float64Array.from([6, 5]), 2)
    expect([...x].map((v) => +v.toFixed(12))).toEqual([1, 1])
  })
})

describe("ROC AUC", () => {
  it("is the Mann-Whitney probability, ties counted half", () => {
    // negatives 0.1, 0.4; positives 0.35 (beats 0.1), 0.8 and 0.9 (beat both), 0.4 (beats 0.1, ties 0.4):
    // (1 + 2 + 2 + 1.5) of 8 pairs
    expect(rocAuc([0.1, 0.4, 0.35, 0.8, 0.4, 0.9], [0, 0, 1, 1, 1, 1])).toBeCloseTo(6.5 / 8, 10)
    expect(rocAuc([1, 1, 1, 1], [0, 1, 0, 1])).toBe(0.5)
    expect(Number.isNaN(rocAuc([0.2, 0.3], [1, 1]))).toBe(true)
  })
})
