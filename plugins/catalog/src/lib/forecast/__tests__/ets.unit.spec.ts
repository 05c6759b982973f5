import { etsFilter, etsForecast, etsForecastSd } from "../ets-core"
import { fitEts } from "../ets-fit"
import { AIR_PASSENGERS, NILE, WWW_USAGE } from "./fixtures"

const Z80 = 1.2815515655446004
const Z95 = 1.959963984540054

// Reference values: R 4.2.2, forecast 8.20: ets(Nile, "ANN"), ets(WWWusage, "AAN", damped = TRUE),
// ets(AirPassengers, "AAA", damped = FALSE), forecast(..., level = c(80, 95)), options(digits = 12).
describe("ETS(A,N,N) on the Nile (simple exponential smoothing, FPP §8.1)", () => {
  const R = { alpha: 0.245533862697, l0: 1110.68685995, sigma2: 20802.8010256, lik: 2 * 726.390519999 }

  it("maximum likelihood reaches R's optimum", () => {
    const fit = fitEts(NILE, NILE.length, { trend: "N", season: "N", m: 1 }, { optimizeInitial: true })
    expect(fit.params.alpha).toBeCloseTo(R.alpha, 2)
    expect(fit.init.level).toBeCloseTo(R.l0, -1)
    expect(fit.lik).toBeLessThanOrEqual(R.lik + 1e-3)
    expect(fit.sigma2 / R.sigma2).toBeCloseTo(1, 3)
  })

  it("with R's parameters, fitted values, forecasts and normal intervals are R's", () => {
    const spec = { trend: "N" as const, season: "N" as const, m: 1 }
    const p = { alpha: R.alpha, beta: 0, gamma: 0, phi: 1 }
    const origins = Int32Array.from([0, 1, 2, 3, 4])
    const out = new Float64Array(5)
    const state = etsFilter(NILE, NILE.length, spec, p, { level: R.l0, trend: 0, season: new Float64Array(0) }, { origins, horizon: 1, out })
    ;[1110.68685995, 1112.9735512, 1124.52013682, 1084.86147373, 1115.58721945].forEach((v, i) => expect(out[i]).toBeCloseTo(v, 5))
    expect(state.sse / (NILE.length - 2)).toBeCloseTo(R.sigma2, 3)
    const mean = etsForecast(spec, p, state, NILE.length, 4)
    const sd = etsForecastSd(spec, p, R.sigma2, 4)!
    const lo80 = [620.540843106, 615.050652326, 609.714449516, 604.519961491]
    const hi80 = [990.221722611, 995.711913392, 1001.0481162, 1006.24260423]
    const lo95 = [522.692224891, 514.295702669, 506.134684726, 498.190400844]
    for (let h = 0; h < 4; h++) {
      expect(mean[h]).toBeCloseTo(805.381282859, 5)
      expect(mean[h] - Z80 * sd[h]).toBeCloseTo(lo80[h], 5)
      expect(mean[h] + Z80 * sd[h]).toBeCloseTo(hi80[h], 5)
      expect(mean[h] - Z95 * sd[h]).toBeCloseTo(lo95[h], 5)
    }
  })
})

describe("ETS(A,Ad,N) on WWWusage (damped trend, FPP §8.2)", () => {
  const R = { alpha: 0.999899956336, beta: 0.996643873987, phi: 0.814958027904, l0: 90.3517674497, b0: -0.0172823378387, sigma2: 12.2243872616, lik: 2 * 352.865490198 }

  it("maximum likelihood is at least as good as R's", () => {
    const fit = fitEts(WWW_USAGE, WWW_USAGE.length, { trend: "Ad", season: "N", m: 1 }, { optimizeInitial: true })
    expect(fit.lik).toBeLessThanOrEqual(R.lik + 1e-3)
    expect(fit.params.alpha).toBeGreaterThan(0.99)
    expect(fit.params.phi).toBeGreaterThanOrEqual(0.8)
    expect(fit.params.phi).toBeLessThanOrEqual(0.98)
  })

  it("with R's parameters, forecasts and interval bounds are R's (c_j = α + βφ_j)", () => {
    const spec = { trend: "Ad" as const, season: "N" as const, m: 1 }
    const p = { alpha: R.alpha, beta: R.beta, gamma: 0, phi: R.phi }
    const state = etsFilter(WWW_USAGE, 100, spec, p, { level: R.l0, trend: R.b0, season: new Float64Array(0) })
    const mean = etsForecast(spec, p, state, 100, 5)
    const sd = etsForecastSd(spec, p, R.sigma2, 5)!
    const fc = [218.366334922, 217.035068661, 215.950142534, 215.065973277, 214.345412443]
    const lo80 = [213.885596045, 207.761141335, 201.496918592, 195.286741654, 189.23332815]
    const hi95 = [225.21903368, 231.218316563, 238.054441065, 245.315697647, 252.751031159]
    for (let h = 0; h < 5; h++) {
      expect(mean[h]).toBeCloseTo(fc[h], 4)
      expect(mean[h] - Z80 * sd[h]).toBeCloseTo(lo80[h], 4)
      expect(mean[h] + Z95 * sd[h]).toBeCloseTo(hi95[h], 4)
    }
  })
})

describe("ETS(A,A,A) on AirPassengers (additive Holt–Winters, FPP §8.3)", () => {
  it("finds a likelihood at least as good as R's (R: loglik −765.94)", () => {
    const fit = fitEts(AIR_PASSENGERS, 144, { trend: "A", season: "A", m: 12 }, { optimizeInitial: true })
    expect(fit.lik).toBeLessThanOrEqual(2 * 765.935847512)
    // additive seasonal states sum to zero
    expect(Array.from(fit.init.season).reduce((a, v) => a + v, 0)).toBeCloseTo(0, 6)
    expect(fit.params.beta).toBeLessThan(fit.params.alpha)
    expect(fit.params.gamma).toBeLessThan(1 - fit.params.alpha)
  })

  it("the fast fit (heuristic initial states) has a July peak and a November trough in its forecast", () => {
    const spec = { trend: "A" as const, season: "A" as const, m: 12 }
    const fit = fitEts(AIR_PASSENGERS, 144, spec)
    const state = etsFilter(AIR_PASSENGERS, 144, spec, fit.params, fit.init)
    const next = etsForecast(spec, fit.params, state, 144, 12)
    const max = next.indexOf(Math.max(...next))
    const min = next.indexOf(Math.min(...next))
    expect(max).toBe(6) // July 1961
    expect(min).toBe(10) // November 1961
  })
})

describe("missing periods", () => {
  it("a missing period advances the state without an error term", () => {
    const y = [10, 10, 10, 0, 10, 10]
    const spec = { trend: "N" as const, season: "N" as const, m: 1 }
    const p = { alpha: 0.5, beta: 0, gamma: 0, phi: 1 }
    const withGap = etsFilter(y, 6, spec, p, { level: 10, trend: 0, season: new Float64Array(0) }, { missing: [0, 0, 0, 1, 0, 0] })
    expect(withGap.sse).toBe(0)
    expect(withGap.n).toBe(5)
    const asZero = etsFilter(y, 6, spec, p, { level: 10, trend: 0, season: new Float64Array(0) })
    expect(asZero.sse).toBeGreaterThan(0)
  })
})
