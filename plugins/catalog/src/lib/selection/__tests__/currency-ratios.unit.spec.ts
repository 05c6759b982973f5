import { currencyRatios } from "../currency-ratios"

describe("currency ratios from the variants sold in two currencies", () => {
  it("is the median of each shared variant's price ratio (base ÷ other)", () => {
    const rows = [
      { variant_id: "a", currency_code: "eur", units: 10, revenue: 10_000 },
      { variant_id: "a", currency_code: "usd", units: 5, revenue: 5_500 },
      { variant_id: "b", currency_code: "eur", units: 2, revenue: 4_000 },
      { variant_id: "b", currency_code: "usd", units: 1, revenue: 2_200 },
      // on clearance in the US: one odd ratio does not move the median of three
      { variant_id: "c", currency_code: "eur", units: 1, revenue: 3_000 },
      { variant_id: "c", currency_code: "usd", units: 1, revenue: 1_000 },
      // sold in one currency only: no evidence
      { variant_id: "d", currency_code: "gbp", units: 3, revenue: 3_000 },
    ]
    const r = currencyRatios(rows, "eur")
    expect(r.get("usd")).toBeCloseTo(1000 / 1100, 12)
    expect(r.has("gbp")).toBe(false)
    expect(r.has("eur")).toBe(false)
  })

  it("averages the two middle ratios of an even count and skips lines without units", () => {
    const rows = [
      { variant_id: "a", currency_code: "eur", units: 1, revenue: 100 },
      { variant_id: "a", currency_code: "usd", units: 1, revenue: 100 },
      { variant_id: "b", currency_code: "eur", units: 1, revenue: 300 },
      { variant_id: "b", currency_code: "usd", units: 1, revenue: 100 },
      { variant_id: "c", currency_code: "eur", units: 0, revenue: 0 },
      { variant_id: "c", currency_code: "usd", units: 1, revenue: 50 },
    ]
    expect(currencyRatios(rows, "eur").get("usd")).toBe(2)
  })
})
