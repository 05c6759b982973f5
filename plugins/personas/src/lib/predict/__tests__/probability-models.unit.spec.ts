import fs from "node:fs"
import path from "node:path"
import { logGamma } from "../../math/special-functions"
import {
  bgNbdExpectedPurchases,
  bgNbdLogLikelihood,
  bgNbdProbabilityAlive,
  bgNbdProbabilityBuy,
  fitBgNbd,
  type BgNbdParams,
} from "../bg-nbd"
import { fitGammaGamma, gammaGammaExpectedValue, gammaGammaLogLikelihood } from "../gamma-gamma"

// Fader & Hardie's CDNOW sample: 2,357 customers, 39 weeks of calibration data
const rows = fs
  .readFileSync(path.join(__dirname, "fixtures/cdnow-summary.csv"), "utf8")
  .split("\n")
  .filter((l) => l && !l.startsWith("#"))
  .slice(1)
  .map((l) => l.split(",").map(Number))
const cdnow = {
  x: Float64Array.from(rows, (r) => r[0]),
  tx: Float64Array.from(rows, (r) => r[1]),
  T: Float64Array.from(rows, (r) => r[2]),
}
/** Published BG/NBD estimates for CDNOW (Fader, Hardie & Lee 2005): LL = −9582.4. */
const PAPER: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }

describe("BG/NBD", () => {
  it("reproduces the paper's log-likelihood at the published parameters", () => {
    expect(rows.length).toBe(2357)
    expect(bgNbdLogLikelihood(PAPER, cdnow)).toBeCloseTo(-9582.4, 0)
  })

  it("recovers the published parameters by maximum likelihood", () => {
    const p = fitBgNbd(cdnow)
    expect(p.r).toBeCloseTo(0.243, 3)
    expect(p.alpha).toBeCloseTo(4.414, 2)
    expect(p.a).toBeCloseTo(0.793, 2)
    expect(p.b).toBeCloseTo(2.426, 2)
    expect(bgNbdLogLikelihood(p, cdnow)).toBeGreaterThanOrEqual(bgNbdLogLikelihood(PAPER, cdnow))
  })

  it("computes P(alive) and P(buy) by the closed forms (checked by hand in Python)", () => {
    const s = { x: 2, tx: 30.43, T: 38.86 }
    expect(bgNbdProbabilityAlive(PAPER, s)).toBeCloseTo(0.726578570080673, 12)
    expect(bgNbdProbabilityBuy(PAPER, s, 39)).toBeCloseTo(0.5546271379170045, 12)
    expect(bgNbdProbabilityAlive(PAPER, { x: 0, tx: 0, T: 38 })).toBe(1)
  })

  it("agrees with a direct numerical integration of E[X(t)] over the posterior of (λ, p)", () => {
    const { r, alpha, a, b } = PAPER
    const s = { x: 2, tx: 30.43, T: 38.86 }
    const t = 39
    // E[X(t) | λ, p, alive] = (1 − e^{−λpt}) / p ; likelihood alive: (1−p)^x λ^x e^{−λT}; dead: p(1−p)^{x−1} λ^x e^{−λ t_x}
    const lgPrior = r * Math.log(alpha) - logGamma(r) - (logGamma(a) + logGamma(b) - logGamma(a + b))
    let num = 0
    let den = 0
    const NL = 1000
    const NP = 800
    for (let i = 0; i < NL; i++) {
      const u = -12 + (16 * (i + 0.5)) / NL // λ = e^u, dλ = λ du
      const lam = Math.exp(u)
      for (let j = 0; j < NP; j++) {
        const p = (j + 0.5) / NP
        const w = Math.exp(lgPrior + r * u - alpha * lam + (a - 1) * Math.log(p) + (b - 1) * Math.log(1 - p))
        const alive = Math.pow(1 - p, s.x) * Math.pow(lam, s.x) * Math.exp(-lam * s.T)
        const dead = p * Math.pow(1 - p, s.x - 1) * Math.pow(lam, s.x) * Math.exp(-lam * s.tx)
        num += w * alive * ((1 - Math.exp(-lam * p * t)) / p)
        den += w * (alive + dead)
      }
    }
    const closedForm = bgNbdExpectedPurchases(PAPER, s, t)
    expect(closedForm).toBeCloseTo(1.226028174767135, 10) // eq. 10 evaluated by hand in Python; the paper quotes 1.226
    // the midpoint grid converges slowly near p = 0 (Beta prior with a < 1), hence the loose tolerance
    expect(Math.abs(closedForm - num / den)).toBeLessThan(0.01)
  })

  it("is continuous through a = 1 (where the closed form is 0/0)", () => {
    const s = { x: 3, tx: 20, T: 30 }
    const at1 = bgNbdExpectedPurchases({ ...PAPER, a: 1 }, s, 39)
    expect(Number.isFinite(at1)).toBe(true)
    expect(at1).toBeCloseTo(bgNbdExpectedPurchases({ ...PAPER, a: 1.001 }, s, 39), 2)
    expect(at1).toBeCloseTo(bgNbdExpectedPurchases({ ...PAPER, a: 0.999 }, s, 39), 2)
  })
})

describe("Gamma-Gamma", () => {
  const spend = { x: cdnow.x, meanValue: Float64Array.from(rows, (r) => r[3]) }

  it("recovers the published CDNOW estimates p = 6.25, q = 3.74, γ = 15.44", () => {
    const g = fitGammaGamma(spend)
    expect(g.p).toBeCloseTo(6.25, 1)
    expect(g.q).toBeCloseTo(3.74, 1)
    expect(g.gamma).toBeCloseTo(15.44, 1)
    expect(gammaGammaLogLikelihood(g, spend)).toBeGreaterThanOrEqual(gammaGammaLogLikelihood({ p: 6.25, q: 3.74, gamma: 15.44 }, spend))
  })

  it("shrinks a customer's mean toward the population mean (eq. 5)", () => {
    const par = { p: 6.25, q: 3.74, gamma: 15.44 }
    expect(gammaGammaExpectedValue(par, 2, 22.35)).toBeCloseTo(24.663713910761153, 10)
    expect(gammaGammaExpectedValue(par, 0, 0)).toBeCloseTo(35.21897810218978, 10) // pγ/(q − 1)
  })

  it("refuses to fit without repeat buyers", () => {
    expect(() => fitGammaGamma({ x: Float64Array.of(0, 0), meanValue: Float64Array.of(0, 0) })).toThrow(RangeError)
  })
})
