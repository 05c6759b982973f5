import { holtWinters } from "../holt-winters"
import { AIR_PASSENGERS } from "./fixtures"

// Reference values: R 4.2.2 stats::HoltWinters(AirPassengers, ...), printed with options(digits = 12).
describe("holtWinters (R stats::HoltWinters start-up and recursions)", () => {
  const cases = [
    {
      seasonal: "additive" as const,
      fitted: [110.643162393, 122.393273116, 138.026552428, 132.892384707, 124.061695761, 148.575029293],
      sse: 98448.9929976,
      predict: [474.45777226, 469.801810919, 513.007326049, 515.453742109, 521.347402389, 564.137815183, 601.806610175, 588.059358232, 521.474488121, 484.515573604, 453.134844822, 493.51659926],
    },
    {
      seasonal: "multiplicative" as const,
      fitted: [111.081808709, 122.523658085, 137.863097049, 132.912863739, 124.162220123, 148.575738824],
      sse: 34270.3777195,
      predict: [455.606185076, 448.907290248, 519.936031744, 517.93642945, 520.333285168, 593.482102859, 660.240257485, 650.182279557, 557.492247307, 492.247254879, 430.104273973, 484.993744236],
    },
  ]
  it.each(cases)("$seasonal with α=0.3, β=0.1, γ=0.2 matches R's fitted values, SSE and forecasts", ({ seasonal, fitted, sse, predict }) => {
    const fit = holtWinters(AIR_PASSENGERS, 12, { seasonal, alpha: 0.3, beta: 0.1, gamma: 0.2 })
    fitted.forEach((v, i) => expect(fit.fitted[i]).toBeCloseTo(v, 6))
    expect(fit.sse).toBeCloseTo(sse, 4)
    Array.from(fit.forecast(12)).forEach((v, i) => expect(v).toBeCloseTo(predict[i], 6))
  })

  it("fitted parameters reach an SSE no worse than R's optimiser", () => {
    // R: additive α=0.2480, β=0.0345, γ=1, SSE 21860.18; multiplicative α=0.2756, β=0.0327, γ=0.8707, SSE 16570.78
    const add = holtWinters(AIR_PASSENGERS, 12, { seasonal: "additive" })
    expect(add.sse).toBeLessThanOrEqual(21860.1846219 * 1.0005)
    expect(add.alpha).toBeCloseTo(0.248, 1)
    const mul = holtWinters(AIR_PASSENGERS, 12, { seasonal: "multiplicative" })
    expect(mul.sse).toBeLessThanOrEqual(16570.777867 * 1.0005)
    expect(mul.alpha).toBeCloseTo(0.2756, 1)
  })

  it("refuses a series shorter than two seasons plus one", () => {
    expect(() => holtWinters(AIR_PASSENGERS.slice(0, 24), 12, { seasonal: "additive" })).toThrow(RangeError)
  })
})
