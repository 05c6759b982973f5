import { crostonForecastAt, crostonMethod, tsbMethod, tsbStateAt } from "../methods/intermittent"
import { MethodInput } from "../method-types"

const input = (y: number[], origins = [y.length]): MethodInput => ({
  series: { units: Float64Array.from(y) },
  y: Float64Array.from(y),
  origins: Int32Array.from(origins),
  horizon: 3,
  seasonLength: 52,
})

describe("Croston and SBA", () => {
  // R forecast 8.20: croston(c(0,0,5,0,0,3,0,0,0,4,0,6,0,0,0,0,2,0), h = 3, alpha = 0.1)$mean = 1.4300219367
  const y = [0, 0, 5, 0, 0, 3, 0, 0, 0, 4, 0, 6, 0, 0, 0, 0, 2, 0]
  it("matches R's forecast::croston (sizes 5,3,4,6,2; intervals 3,3,4,2,5)", () => {
    expect(crostonForecastAt(y, y.length, 0.1)).toBeCloseTo(1.4300219367, 9)
    const out = crostonMethod.evaluate(input(y), { alpha: 0.1, variant: "croston" })
    expect(Array.from(out.point)).toEqual([1, 1, 1].map(() => expect.closeTo(1.4300219367, 9)))
  })
  it("SBA multiplies by 1 − α/2", () => {
    const out = crostonMethod.evaluate(input(y), { alpha: 0.1, variant: "sba" })
    expect(out.point[0]).toBeCloseTo(1.4300219367 * 0.95, 9)
  })
  it("R's in-sample path: the forecast after 3 and after 12 periods", () => {
    // R fitted values: 1.6667 from period 4, 1.52258 from period 11, 1.62140 from period 13
    expect(crostonForecastAt(y, 3, 0.1)).toBeCloseTo(5 / 3, 9)
    expect(crostonForecastAt(y, 10, 0.1)).toBeCloseTo(1.52258064516, 9)
    expect(crostonForecastAt(y, 12, 0.1)).toBeCloseTo(1.62140468227, 9)
  })
  it("forecasts zero before any demand and skips missing periods", () => {
    expect(crostonForecastAt([0, 0, 0], 3, 0.1)).toBe(0)
    // a missing period between two demands does not lengthen the interval
    expect(crostonForecastAt([4, 0, 4], 3, 0.5, [0, 1, 0])).toBeCloseTo(4, 12)
  })
})

describe("TSB (Teunter, Syntetos & Babai 2011)", () => {
  it("hand-worked: y = 0,3,0,0,2 with α = β = 0.5", () => {
    // first demand at the 2nd period: z = 3, p = 1/2; two zeros: p = 0.25, 0.125; demand 2: p = 0.5625, z = 2.5
    const s = tsbStateAt([0, 3, 0, 0, 2], 5, 0.5, 0.5)
    expect(s.p).toBeCloseTo(0.5625, 12)
    expect(s.z).toBeCloseTo(2.5, 12)
    const out = tsbMethod.evaluate(input([0, 3, 0, 0, 2]), { alpha: 0.5, beta: 0.5 })
    expect(out.point[2]).toBeCloseTo(1.40625, 12)
  })
  it("decays towards zero while a product stops selling, where Croston stays flat", () => {
    const y = [5, 5, 5, 5, 0, 0, 0, 0, 0, 0, 0, 0]
    const tsb = tsbMethod.evaluate(input(y, [4, 12]), { alpha: 0.1, beta: 0.2 })
    const cro = crostonMethod.evaluate(input(y, [4, 12]), { alpha: 0.1, variant: "croston" })
    expect(tsb.point[3]).toBeLessThan(tsb.point[0] * 0.2)
    expect(cro.point[3]).toBeCloseTo(cro.point[0], 12)
  })
})
