import { createRng } from "../../math/prng"
import { tCritical } from "../../math/t-quantile"
import { fourierColumns, toRowMajor } from "../design"
import { judgeEvidence, DEFAULT_EVIDENCE } from "../evidence"
import { estimateProductElasticity } from "../estimate-elasticity"
import { ols } from "../ols"
import { estimateElasticities, estimatePooledElasticity } from "../pooled-elasticity"
import { createWeeklyAccumulator, saleFromLineFact, weekIndex, weekStartMs, type WeeklySeries } from "../weekly-observations"

const ones = (n: number) => new Float64Array(n).fill(1)
const series = (productId: string, price: number[], units: number[], disc?: number[], firstWeek = 2800): WeeklySeries => ({
  productId,
  week: Int32Array.from(price, (_, i) => firstWeek + i),
  units: Float64Array.from(units),
  price: Float64Array.from(price),
  discountShare: Float64Array.from(disc ?? price.map(() => 0)),
  revenue: Float64Array.from(price, (p, i) => p * units[i]),
})

describe("OLS with HC1 standard errors", () => {
  it("reproduces a regression worked by hand", () => {
    // x = 1..5, y = 2, 4, 5, 4, 5: the textbook line y = 2.2 + 0.6 x (Sxx = 10, Sxy = 6).
    // Residuals −0.8, 0.6, 1.0, −0.6, −0.2; RSS 2.4, σ² = 2.4 / 3 = 0.8.
    // Classical: se(b) = √(0.8 / 10) = 0.28284, se(a) = √(0.8 (1/5 + 9/10)) = 0.93808.
    // HC1 slope: Σ (x − x̄)² e² / Sxx² = 3.44 / 100 = 0.0344, × n / (n − k) = 5/3 → 0.057333, se 0.23944.
    // HC1 intercept: (X'X)⁻¹ = [[1.1, −0.3], [−0.3, 0.1]], meat Σe² [1 x; x x²] = [[2.4, 6], [6, 17.84]],
    // sandwich[0][0] = 0.5496, × 5/3 = 0.916, se 0.95708. numpy (same formula) agrees to 12 digits.
    const x = [1, 2, 3, 4, 5]
    const y = [2, 4, 5, 4, 5]
    const r = ols(toRowMajor([ones(5), x], 5), y, 5, 2)!
    expect(r.df).toBe(3)
    expect(r.coef[0]).toBeCloseTo(2.2, 12)
    expect(r.coef[1]).toBeCloseTo(0.6, 12)
    expect(r.se[1]).toBeCloseTo(0.239443799948, 10)
    expect(r.se[0]).toBeCloseTo(0.95707888912, 10)
    expect(r.seClassic[1]).toBeCloseTo(0.282842712475, 10)
    expect(r.seClassic[0]).toBeCloseTo(0.938083151965, 10)
    expect(r.rss).toBeCloseTo(2.4, 12)
    expect(r.r2).toBeCloseTo(1 - 2.4 / 6, 12)
  })

  it("matches a three-regressor reference", () => {
    // reference: numpy.linalg with V = n/(n−k) (X'X)⁻¹ X' diag(e²) X (X'X)⁻¹, i.e. sandwich::vcovHC(lm(y ~ x1 + x2), "HC1")
    const x1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    const x2 = [0, 1, 0, 1, 0, 0, 1, 1, 0, 1]
    const y = [3.1, 4.9, 6.2, 9.1, 9.8, 11.9, 15.2, 16.8, 18.1, 21.5]
    const r = ols(toRowMajor([ones(10), x1, x2], 10), y, 10, 3)!
    const want = { coef: [0.367216494845, 1.969329896907, 0.92293814433], se: [0.448918250863, 0.058741183525, 0.228616189636], cls: [0.303196637453, 0.048826530779, 0.280487064875] }
    for (let j = 0; j < 3; j++) {
      expect(r.coef[j]).toBeCloseTo(want.coef[j], 10)
      expect(r.se[j]).toBeCloseTo(want.se[j], 10)
      expect(r.seClassic[j]).toBeCloseTo(want.cls[j], 10)
    }
  })

  it("refuses a singular or unidentified design", () => {
    const x = [1, 2, 3, 4, 5]
    expect(ols(toRowMajor([ones(5), x, x.map((v) => 2 * v)], 5), [1, 2, 3, 4, 6], 5, 3)).toBeNull()
    expect(ols(toRowMajor([ones(5), [3, 3, 3, 3, 3]], 5), [1, 2, 3, 4, 6], 5, 2)).toBeNull()
    expect(ols(toRowMajor([ones(2), [1, 2]], 2), [1, 2], 2, 2)).toBeNull() // no residual df
  })

  it("uses Student's t for the interval", () => {
    expect(tCritical(0.95, 5)).toBeCloseTo(2.570581835636, 7) // scipy.stats.t.ppf(0.975, 5)
    expect(tCritical(0.95, 100)).toBeCloseTo(1.983971518524, 6)
    expect(tCritical(0.9, 10)).toBeCloseTo(1.812461122811, 7)
  })
})

describe("product elasticity", () => {
  const price = [500, 500, 450, 450, 400, 420, 480, 520, 550, 400, 380, 500]
  const units = [20, 22, 27, 25, 33, 30, 23, 18, 16, 34, 38, 21]
  const disc = [0, 0, 0.1, 0, 0.2, 0, 0, 0, 0, 0.15, 0.2, 0]

  it("is the log-log slope with its HC1 interval (hand-checked reference)", () => {
    // numpy: OLS of ln units on [1, ln price], HC1; t(10) = 2.228139
    const e = estimateProductElasticity(series("p", price, units), { harmonics: 0 })
    expect(e.elasticity).toBeCloseTo(-2.250469474168, 9)
    expect(e.se).toBeCloseTo(0.077329475639, 9)
    expect(e.df).toBe(10)
    expect(e.ciLow).toBeCloseTo(-2.422770283242, 8)
    expect(e.ciHigh).toBeCloseTo(-2.078168665094, 8)
    expect(e).toMatchObject({ evidence: "good", source: "product", observations: 12, priceLevels: 8, controls: [], reasons: [] })
  })

  it("controls for promotions with the discount share", () => {
    // numpy: ln units on [1, ln price, discount share], HC1; t(9)
    const e = estimateProductElasticity(series("p", price, units, disc), { harmonics: 0 })
    expect(e.controls).toEqual(["discount_share"])
    expect(e.elasticity).toBeCloseTo(-2.250751462981, 9)
    expect(e.se).toBeCloseTo(0.134761266104, 9)
    expect(e.ciLow).toBeCloseTo(-2.555602626366, 8)
    expect(e.ciHigh).toBeCloseTo(-1.945900299595, 8)
  })

  it("adds seasonal terms only while enough degrees of freedom remain", () => {
    expect(estimateProductElasticity(series("p", price, units, disc), { harmonics: 2 }).controls).toEqual([
      "discount_share",
      "season_sin1",
      "season_cos1",
      "season_sin2",
      "season_cos2",
    ])
    const short = series("p", price.slice(0, 8), units.slice(0, 8), disc.slice(0, 8))
    expect(estimateProductElasticity(short, { harmonics: 2 }).controls).toEqual(["discount_share"]) // 8 − 3 − 2 < 4
  })

  it("recovers a planted elasticity under seasonality and promotions", () => {
    const rng = createRng(7)
    const n = 104
    const weeks = Int32Array.from({ length: n }, (_, i) => 2800 + i)
    const season = fourierColumns(weeks, 1)
    const p: number[] = []
    const u: number[] = []
    const d: number[] = []
    for (let i = 0; i < n; i++) {
      const price = 1000 * Math.exp(0.12 * rng.normal())
      const share = rng.next() < 0.2 ? 0.1 + 0.1 * rng.next() : 0
      const lnq = 8 - 1.8 * Math.log(price) + 1.5 * share + 0.4 * season[0].values[i] - 0.3 * season[1].values[i] + 0.15 * rng.normal()
      p.push(price)
      u.push(Math.exp(lnq))
      d.push(share)
    }
    const s = { ...series("p", p, u, d), week: weeks }
    const e = estimateProductElasticity(s, {})
    expect(e.evidence).toBe("good")
    expect(e.ciLow).toBeLessThan(-1.8)
    expect(e.ciHigh).toBeGreaterThan(-1.8)
    // expected se ≈ 0.15 / (0.12 √104) ≈ 0.12
    expect(e.se).toBeLessThan(0.16)
    expect(Math.abs(e.elasticity + 1.8)).toBeLessThan(3 * e.se)
    expect(e.controls).toEqual(["discount_share", "season_sin1", "season_cos1"])
  })

  it("needs the seasonal control when prices move with the season", () => {
    // the shop charges more in the season's peak, when demand is high anyway: without the seasonal terms the
    // slope mixes the two and comes out far less negative than the planted −1.8
    const rng = createRng(11)
    const n = 104
    const weeks = Int32Array.from({ length: n }, (_, i) => 2800 + i)
    const [sin1] = fourierColumns(weeks, 1)
    const p: number[] = []
    const u: number[] = []
    for (let i = 0; i < n; i++) {
      const lnp = Math.log(1000) + 0.1 * sin1.values[i] + 0.05 * rng.normal()
      p.push(Math.exp(lnp))
      u.push(Math.exp(12 - 1.8 * lnp + 0.5 * sin1.values[i] + 0.1 * rng.normal()))
    }
    const s = { ...series("p", p, u), week: weeks }
    const naive = estimateProductElasticity(s, { harmonics: 0 })
    const seasonal = estimateProductElasticity(s, { harmonics: 1 })
    expect(naive.elasticity).toBeGreaterThan(0)
    expect(seasonal.ciLow).toBeLessThan(-1.8)
    expect(seasonal.ciHigh).toBeGreaterThan(-1.8)
  })

  it.each([
    ["too few weeks", series("p", [500, 450, 400, 480, 520], [20, 26, 33, 22, 18]), "insufficient", /5 observations, 8 needed/],
    ["a constant price", series("p", Array(10).fill(500), [20, 22, 27, 25, 33, 30, 23, 18, 16, 34]), "insufficient", /1 distinct price/],
    ["a 0.5 % wiggle", series("p", [500, 501, 502, 500, 501, 502, 500, 501, 502, 500], [20, 22, 27, 25, 33, 30, 23, 18, 16, 34]), "insufficient", /sd of log price/],
    ["no relation", series("p", [500, 450, 400, 480, 520, 410, 530, 470, 440, 500], [20, 25, 19, 30, 22, 18, 27, 21, 26, 23]), "weak", /not entirely negative/],
  ] as const)("flags %s", (_name, s, evidence, reason) => {
    const e = estimateProductElasticity(s, { harmonics: 0 })
    expect(e.evidence).toBe(evidence)
    expect(e.reasons.join("; ")).toMatch(reason)
  })

  it("judges evidence by the documented rules", () => {
    const base = { observations: 20, priceLevels: 5, lnPriceSd: 0.1, elasticity: -2, ciLow: -2.5, ciHigh: -1.5 }
    expect(judgeEvidence(base, DEFAULT_EVIDENCE).evidence).toBe("good")
    expect(judgeEvidence({ ...base, ciLow: -4.2, ciHigh: -1.1 }, DEFAULT_EVIDENCE).reasons[0]).toMatch(/3.10 wide/)
    expect(judgeEvidence({ ...base, ciHigh: 0.1 }, DEFAULT_EVIDENCE).evidence).toBe("weak")
    expect(judgeEvidence({ ...base, elasticity: NaN }, DEFAULT_EVIDENCE).evidence).toBe("insufficient")
  })
})

describe("pooled category elasticity", () => {
  const group = [
    series("a", [400, 420, 380, 400, 360], [30, 26, 35, 31, 41], [0, 0, 0.1, 0, 0.2]),
    series("b", [1000, 950, 1050, 900, 1000, 980], [8, 9, 7, 11, 8, 9], [0, 0.05, 0, 0.1, 0, 0]),
    series("c", [250, 260, 240, 230], [100, 95, 108, 118], [0, 0, 0, 0.05]),
  ]

  it("equals the dummy-variable regression (reference: numpy LSDV with HC1)", () => {
    // ln units on product dummies a, b, c + ln price + discount share, HC1 over n − 5 = 10 df
    const p = estimatePooledElasticity("cat", group, { pooledHarmonics: 0 })
    expect(p.elasticity).toBeCloseTo(-2.38240941559, 9)
    expect(p.se).toBeCloseTo(0.411568644434, 9)
    expect(p.df).toBe(10)
    expect(p.ciLow).toBeCloseTo(-3.299441502513, 8)
    expect(p.ciHigh).toBeCloseTo(-1.465377328666, 8)
    expect(p).toMatchObject({ products: 3, observations: 15, controls: ["discount_share"], evidence: "good", errors: "hc1" }) // 3 products: too few to cluster
  })

  it("also equals our own OLS on explicit dummies (Frisch–Waugh–Lovell)", () => {
    const cols: number[][] = [[], [], [], [], []]
    const y: number[] = []
    group.forEach((s, g) => {
      for (let i = 0; i < s.week.length; i++) {
        for (let j = 0; j < 3; j++) cols[j].push(j === g ? 1 : 0)
        cols[3].push(Math.log(s.price[i]))
        cols[4].push(s.discountShare[i])
        y.push(Math.log(s.units[i]))
      }
    })
    const lsdv = ols(toRowMajor(cols, y.length), y, y.length, 5)!
    const p = estimatePooledElasticity("cat", group, { pooledHarmonics: 0 })
    expect(p.elasticity).toBeCloseTo(lsdv.coef[3], 10)
    expect(p.se).toBeCloseTo(lsdv.se[3], 10)
  })

  it("clusters the errors by product once there are enough products (reference: numpy, xtreg-fe CR1 factor)", () => {
    // 12 products × 6 weeks: price 100 + 10·((7i + 3j) mod 5), units ∝ (1 + i/10) p^−1.5 (1 + 0.2 sin(1.3i + 0.7j))
    const products = Array.from({ length: 12 }, (_, i) => {
      const price = Array.from({ length: 6 }, (_, j) => 100 + 10 * ((i * 7 + j * 3) % 5))
      const units = price.map((p, j) => Math.round(1000 * (1 + i / 10) * p ** -1.5 * (1 + 0.2 * Math.sin(i * 1.3 + j * 0.7)) * 100))
      return series(`p${i}`, price, units)
    })
    const c = estimatePooledElasticity("cat", products, { pooledHarmonics: 0 })
    expect(c.errors).toBe("cluster")
    expect(c.elasticity).toBeCloseTo(-1.5054520706383487, 10)
    expect(c.se).toBeCloseTo(0.14758366186580132, 10)
    expect(c.df).toBe(11) // clusters − 1
    expect(c.ciLow).toBeCloseTo(-1.8302815202769598, 7)
    expect(c.ciHigh).toBeCloseTo(-1.1806226209997377, 7)
    const h = estimatePooledElasticity("cat", products, { pooledHarmonics: 0, minClusters: 100 })
    expect(h.errors).toBe("hc1")
    expect(h.elasticity).toBeCloseTo(c.elasticity, 12)
    expect(h.se).toBeCloseTo(0.1377463553879925, 10)
  })

  it("lends the category's slope to a product with too little data, keeps a product's own weak estimate", () => {
    const thin = series("thin", [300, 280, 320], [10, 12, 8])
    const noisy = series("noisy", [500, 450, 400, 480, 520, 410, 530, 470, 440, 500], [20, 25, 19, 30, 22, 18, 27, 21, 26, 23])
    const cat = (id: string) => (id === "orphan" ? null : "cat")
    const { estimates, pooled } = estimateElasticities([...group, thin, noisy, series("orphan", [300, 280], [10, 12])], cat, { pooledHarmonics: 0, minObs: 4 })
    const by = new Map(estimates.map((e) => [e.productId, e]))
    expect(by.get("thin")).toMatchObject({ source: "pooled", observations: 3, pooled: { categoryId: "cat", products: 5, observations: 28, errors: "hc1" } })
    expect(by.get("thin")!.elasticity).toBeCloseTo(pooled.get("cat")!.elasticity, 12)
    expect(by.get("thin")!.reasons[0]).toMatch(/own data insufficient/)
    expect(by.get("noisy")).toMatchObject({ source: "product", evidence: "weak" })
    expect(by.get("orphan")).toMatchObject({ source: "product", evidence: "insufficient" })
    expect(estimates.map((e) => e.productId)).toEqual(["a", "b", "c", "thin", "noisy", "orphan"])
  })
})

describe("weekly observations", () => {
  it("cuts ISO weeks at Monday 00:00 UTC", () => {
    const mon = Date.UTC(2024, 0, 1) // a Monday
    expect(weekIndex(mon)).toBe(weekIndex(Date.UTC(2024, 0, 7, 23, 59)))
    expect(weekIndex(Date.UTC(2024, 0, 8))).toBe(weekIndex(mon) + 1)
    expect(weekIndex(mon - 1)).toBe(weekIndex(mon) - 1)
    expect(weekStartMs(weekIndex(Date.UTC(2024, 0, 4, 15)))).toBe(mon)
  })

  it("weights the shelf price by quantity and keeps the discount share apart", () => {
    const acc = createWeeklyAccumulator()
    const mon = Date.UTC(2024, 0, 1)
    acc.add({ productId: "p", quantity: 3, unitPrice: 1000, discountTotal: 300, placedAt: mon + 1000 })
    acc.add({ productId: "p", quantity: 1, unitPrice: 800, placedAt: mon + 86_400_000 })
    acc.add({ productId: "p", quantity: 2, unitPrice: 900, placedAt: mon + 8 * 86_400_000 })
    acc.add({ productId: "p", quantity: 0, unitPrice: 900, placedAt: mon }) // ignored
    acc.add({ productId: "a", quantity: 1, unitPrice: 100, placedAt: mon })
    const [a, p] = acc.series()
    expect(a.productId).toBe("a")
    expect(Array.from(p.units)).toEqual([4, 2])
    expect(p.price[0]).toBeCloseTo((3 * 1000 + 800) / 4, 12) // 950
    expect(p.discountShare[0]).toBeCloseTo(300 / 3800, 12)
    expect(Array.from(p.revenue)).toEqual([3500, 1800])
    expect(p.week[1] - p.week[0]).toBe(1)
  })

  it("can take the modal unit price instead, ignoring the quantity-tier mix", () => {
    const acc = createWeeklyAccumulator({ price: "modal" })
    const mon = Date.UTC(2024, 0, 1)
    acc.add({ productId: "p", quantity: 1, unitPrice: 295, placedAt: mon })
    acc.add({ productId: "p", quantity: 2, unitPrice: 295, placedAt: mon })
    acc.add({ productId: "p", quantity: 48, unitPrice: 255, placedAt: mon }) // a wholesale line at the tier price
    acc.add({ productId: "p", quantity: 1, unitPrice: 250, placedAt: mon + 7 * 86_400_000 })
    acc.add({ productId: "p", quantity: 1, unitPrice: 260, placedAt: mon + 7 * 86_400_000 })
    const [p] = acc.series()
    expect(Array.from(p.price)).toEqual([295, 260]) // most lines paid 2.95; a tie goes to the higher price
    expect(Array.from(p.units)).toEqual([51, 2])
  })

  it("reads core's order line facts", () => {
    const at = new Date(Date.UTC(2024, 0, 3))
    expect(saleFromLineFact({ product_id: "prod_1", quantity: 2, unit_price: 1299, discount_total: 100, placed_at: at })).toEqual({
      productId: "prod_1",
      quantity: 2,
      unitPrice: 1299,
      discountTotal: 100,
      placedAt: at.getTime(),
    })
    expect(saleFromLineFact({ product_id: null, quantity: 2, unit_price: 1299, discount_total: 0, placed_at: at })).toBeNull()
  })
})
