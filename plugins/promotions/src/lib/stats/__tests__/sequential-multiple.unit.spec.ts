import { createRng } from "../../math/prng"
import { studentTQuantile } from "../../math/distributions"
import { benjaminiHochberg, holm } from "../multiple-testing"
import { alphaSpent, groupSequentialBounds, groupSequentialTest } from "../group-sequential"
import { mixingVarianceForHorizon, msprtHalfWidth, msprtLambda, sequentialTest } from "../sequential"

describe("mSPRT stop rule", () => {
  it("Λ is 1 − ε at a zero estimate and grows with |z|", () => {
    expect(msprtLambda(0, 1, 1)).toBeCloseTo(Math.sqrt(0.5), 12)
    // closed form at s = τ = 1, θ̂ = 3: sqrt(1/2) · exp(9 / 4)
    expect(msprtLambda(3, 1, 1)).toBeCloseTo(Math.SQRT1_2 * Math.exp(2.25), 10)
    // the interval edge is where Λ = 1/α
    const h = msprtHalfWidth(0.5, 2, 0.05)
    expect(msprtLambda(h, 0.5, 2)).toBeCloseTo(20, 8)
  })

  it("chooses the horizon-optimal mixing variance (k ≈ 7.7 at α = 0.05)", () => {
    const k = mixingVarianceForHorizon(1, 0.05)
    expect(k).toBeGreaterThan(7)
    expect(k).toBeLessThan(8.5)
    const w = (kk: number) => msprtHalfWidth(1, kk, 0.05)
    expect(w(k)).toBeLessThan(w(k * 0.7))
    expect(w(k)).toBeLessThan(w(k * 1.4))
  })

  // Seeded simulation: 600 A/A experiments, 20 looks each after batches of 50 customers per arm.
  // Peeking at the fixed-horizon Welch p after every batch rejects far more often than α (asserted > 0.15); the
  // mSPRT stop rule stays below α. It is conservative over a finite number of looks (Ville's bound holds for
  // unending monitoring): about 0.003 here, the price of being allowed to look any number of times.
  function simulate(effect: number, seed: number, experiments = 600) {
    const rng = createRng(seed)
    const looks = 20
    const batch = 50
    const planned = Math.sqrt(2 / (looks * batch))
    const tau2 = mixingVarianceForHorizon(planned)
    // fixed-horizon two-sided critical t at each look (df = 2n − 2)
    const crit = Array.from({ length: looks }, (_, l) => studentTQuantile(0.975, 2 * (l + 1) * batch - 2))
    let naive = 0
    let sequential = 0
    let covered = 0
    for (let e = 0; e < experiments; e++) {
      let nT = 0, sT = 0, ssT = 0, nC = 0, sC = 0, ssC = 0
      const series: { diff: number; se: number }[] = []
      let naiveHit = false
      for (let l = 0; l < looks; l++) {
        for (let i = 0; i < batch; i++) {
          const a = rng.normal() + effect
          const b = rng.normal()
          nT++, (sT += a), (ssT += a * a)
          nC++, (sC += b), (ssC += b * b)
        }
        const mT = sT / nT
        const mC = sC / nC
        const vT = (ssT - nT * mT * mT) / (nT - 1)
        const vC = (ssC - nC * mC * mC) / (nC - 1)
        const se = Math.sqrt(vT / nT + vC / nC)
        series.push({ diff: mT - mC, se })
        if (Math.abs((mT - mC) / se) > crit[l]) naiveHit = true
      }
      const out = sequentialTest(series, { alpha: 0.05, tau2 })
      if (naiveHit) naive++
      if (out[out.length - 1].stop) sequential++
      if (out.every((o) => o.ciLow <= effect && effect <= o.ciHigh)) covered++
    }
    return { naive: naive / experiments, sequential: sequential / experiments, coverage: covered / experiments }
  }

  it("keeps the type-I error at or below α under peeking after every batch; naive peeking does not", () => {
    const r = simulate(0, 2024)
    expect(r.naive).toBeGreaterThan(0.15)
    expect(r.sequential).toBeLessThanOrEqual(0.05)
    expect(r.sequential).toBeGreaterThan(0) // not a rule that never stops
    expect(r.coverage).toBeGreaterThanOrEqual(0.95)
  })

  it("stops on a real effect and the running interval keeps it", () => {
    const r = simulate(0.2, 99, 250)
    expect(r.sequential).toBeGreaterThan(0.8)
    expect(r.coverage).toBeGreaterThanOrEqual(0.95)
  })

  it("carries the stop decision and the intersected interval forward", () => {
    const out = sequentialTest(
      [
        { diff: 5, se: 1 },
        { diff: 0.1, se: 0.5 },
      ],
      { tau2: 4 }
    )
    expect(out[0].stop).toBe(true)
    expect(out[1].stop).toBe(true)
    expect(out[1].p).toBe(out[0].p)
    expect(out[1].ciLow).toBeGreaterThanOrEqual(out[0].ciLow)
    expect(out[1].ciHigh).toBeLessThanOrEqual(out[0].ciHigh)
    expect(() => sequentialTest([{ diff: 0, se: 1 }], { tau2: 0 })).toThrow(RangeError)
  })
})

describe("multiple-testing corrections", () => {
  // Benjamini & Hochberg (1995), §4: 15 p-values from a study of myocardial infarction treatments; at q = 0.05
  // BH rejects the four smallest, Holm's step-down (and Bonferroni) the three smallest.
  const BH_1995 = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1.0]

  it("BH rejects 4 and Holm 3 of the paper's 15 p-values", () => {
    expect(benjaminiHochberg(BH_1995).rejected.filter(Boolean).length).toBe(4)
    expect(holm(BH_1995).rejected.filter(Boolean).length).toBe(3)
  })

  it("adjusts p-values like R's p.adjust, in the input order", () => {
    // p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH") = 0.02 0.04 0.04 0.02 (scipy false_discovery_control agrees)
    expect(benjaminiHochberg([0.01, 0.04, 0.03, 0.005]).adjusted.map((v) => +v.toFixed(10))).toEqual([0.02, 0.04, 0.04, 0.02])
    // p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02
    expect(holm([0.01, 0.04, 0.03, 0.005]).adjusted.map((v) => +v.toFixed(10))).toEqual([0.03, 0.06, 0.06, 0.02])
    expect(holm([0.5, 0.9]).adjusted).toEqual([1, 1])
  })
})

describe("group-sequential alpha spending", () => {
  it("reproduces the published Lan–DeMets O'Brien–Fleming boundaries (K = 5, α = 0.05 two-sided)", () => {
    // Reboussin, DeMets, Kim & Lan (2000), ldbounds / Jennison & Turnbull: 4.877, 3.357, 2.680, 2.290, 2.031
    const b = groupSequentialBounds([0.2, 0.4, 0.6, 0.8, 1])
    expect(b.map((x) => +x.toFixed(3))).toEqual([4.877, 3.357, 2.68, 2.29, 2.031])
    expect(alphaSpent(1, 0.05, "obrien_fleming")).toBeCloseTo(0.05, 12)
    expect(alphaSpent(1, 0.05, "pocock")).toBeCloseTo(0.05, 12)
    // one look is the fixed-horizon test
    expect(groupSequentialBounds([1])[0]).toBeCloseTo(1.959964, 5)
    const pocock = groupSequentialBounds([0.2, 0.4, 0.6, 0.8, 1], { spending: "pocock" })
    expect(pocock[0]).toBeGreaterThan(2.3)
    expect(pocock[4]).toBeLessThan(2.5)
    expect(() => groupSequentialBounds([0.5, 0.4])).toThrow(RangeError)
  })

  it("keeps the type-I error near α when peeking after each of 20 batches (seeded simulation)", () => {
    const rng = createRng(77)
    const looks = 20
    const batch = 25
    const fractions = Array.from({ length: looks }, (_, k) => (k + 1) / looks)
    const bounds = groupSequentialBounds(fractions)
    const experiments = 2000
    let rejected = 0
    for (let e = 0; e < experiments; e++) {
      let s = 0
      let n = 0
      for (let l = 0; l < looks; l++) {
        // the difference of two unit-variance arms: each pair adds a N(0, 2) term
        for (let i = 0; i < batch; i++) s += rng.normal() - rng.normal()
        n += batch
        if (Math.abs(s / n / Math.sqrt(2 / n)) >= bounds[l]) {
          rejected++
          break
        }
      }
    }
    const rate = rejected / experiments
    expect(rate).toBeGreaterThan(0.035)
    expect(rate).toBeLessThan(0.065)
  })

  it("marks the stop from the first crossing on", () => {
    const out = groupSequentialTest([
      { diff: 1, se: 1, fraction: 0.25 },
      { diff: 5, se: 1, fraction: 0.5 },
      { diff: 0, se: 1, fraction: 0.75 },
    ])
    expect(out.map((o) => o.stop)).toEqual([false, true, true])
  })
})
