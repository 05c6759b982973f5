import { createAlertRunner } from "../../competitors/alerts"
import { matchOffers } from "../../competitors/match-products"
import { parseObservationCsv } from "../../competitors/parse-observations-csv"
import { buildPriceHistory, latestQuotes, type PriceObservation } from "../../competitors/price-history"
import { estimateElasticities } from "../../elasticity/pooled-elasticity"
import { createWeeklyAccumulator, saleFromLineFact } from "../../elasticity/weekly-observations"
import { createRng } from "../../math/prng"
import { buildProposals, type VariantPricingInput } from "../build-proposals"

/** The pieces joined the way the repricing job will join them: facts → elasticity, CSV → quotes → proposals. */
describe("repricing pipeline from raw inputs", () => {
  const NOW = Date.UTC(2024, 5, 10, 12)
  const DAY = 86_400_000

  it("turns order facts and a competitor CSV into guarded proposals", () => {
    // 40 weeks of order line facts for p1 (elastic, −2.5) and p2 (constant price)
    const rng = createRng(5)
    const acc = createWeeklyAccumulator()
    for (let w = 0; w < 40; w++) {
      const at = new Date(NOW - (40 - w) * 7 * DAY)
      const price = Math.round(1000 * Math.exp(0.1 * rng.normal()))
      const q1 = Math.max(1, Math.round(Math.exp(Math.log(50) - 2.5 * Math.log(price / 1000) + 0.1 * rng.normal())))
      for (const [product_id, quantity, unit_price] of [["p1", q1, price], ["p2", 10, 2000]] as const) {
        acc.add(saleFromLineFact({ product_id, quantity, unit_price, discount_total: 0, placed_at: at })!)
      }
    }
    const { estimates } = estimateElasticities(acc.series(), () => "c1")
    const el = new Map(estimates.map((e) => [e.productId, e]))
    expect(el.get("p1")!.evidence).toBe("good")
    // p2 never changed its price: its own data say nothing, so it borrows the category's pooled slope
    expect(el.get("p2")).toMatchObject({ source: "pooled", evidence: "good" })

    // competitor prices arrive as CSV, matched by GTIN
    const csv = ["competitor,gtin,price,currency_code,in_stock,observed_at", "shopA,4006381333931,18.50,EUR,yes,2024-06-09", "shopB,4006381333931,19.90,EUR,no,2024-06-09", "shopA,036000291452,9.00,EUR,yes,2024-06-09"].join("\n")
    const parsed = parseObservationCsv(csv, NOW)
    expect(parsed.errors).toEqual([])
    const own = [
      { variantId: "v1", productId: "p1", gtin: "4006381333931" },
      { variantId: "v2", productId: "p2", gtin: "036000291452" },
    ]
    const { matches } = matchOffers(own, parsed.rows.map((r, i) => ({ competitorId: r.competitor, offerId: `row${i}`, gtin: r.gtin })))
    const obs: PriceObservation[] = parsed.rows.map((r, i) => ({ competitorId: r.competitor, variantId: matches.find((m) => m.offerId === `row${i}`)!.variantId, currencyCode: r.currencyCode, price: r.price, inStock: r.inStock, observedAt: r.observedAt }))
    const quotes = latestQuotes(obs, NOW)

    const variants: VariantPricingInput[] = [
      { variantId: "v1", productId: "p1", categoryIds: ["c1"], currencyCode: "eur", price: 2000, cost: 800, competitors: quotes.get("v1|eur"), elasticity: el.get("p1"), baselineUnits: 100 },
      { variantId: "v2", productId: "p2", categoryIds: ["c1"], currencyCode: "eur", price: 2000, cost: 1000, competitors: quotes.get("v2|eur"), elasticity: el.get("p2"), baselineUnits: 40 },
    ]
    const { proposals } = buildProposals(variants, {
      now: NOW,
      assignments: [
        { id: "demand", strategy: "demand_based", args: { searchDownPct: 20, searchUpPct: 20 }, scope: "product", scopeId: "p1", ending: "99" },
        { id: "compete", strategy: "competitive", args: { anchor: "min" }, scope: "store" },
      ],
      guardrails: { floor: { basis: "margin", pct: 20 }, max_step: { pct: 60 } },
      autoApproveMaxStepPct: 5,
    })
    // p1: ε ≈ −2.5, cost 8.00 → Lerner optimum 8 · 2.5 / 1.5 = 13.33, below the search range: its bottom 16.00, .99 → 15.99
    expect(proposals[0]).toMatchObject({ strategy: "demand_based", newPrice: 1599, status: "pending" })
    expect(proposals[0].expected.volumeChangePct).toBeGreaterThan(50)
    expect(proposals[0].expected.marginChange).toBeGreaterThan(0)
    // p2: matching shopA at 9.00 would be under the floor 10.00 / 0.8 = 12.50: blocked, with the numbers
    expect(proposals[1]).toMatchObject({ strategy: "competitive", newPrice: 900, status: "blocked", violations: [{ code: "floor", limit: 1250, proposed: 900 }] })
  })

  it("feeds alerts from the same observation history", () => {
    const obs: PriceObservation[] = [
      { competitorId: "shopA", variantId: "v1", currencyCode: "eur", price: 1900, inStock: true, observedAt: NOW - 9 * DAY },
      { competitorId: "shopA", variantId: "v1", currencyCode: "eur", price: 1700, inStock: true, observedAt: NOW - DAY },
      { competitorId: "shopB", variantId: "v1", currencyCode: "eur", price: 1990, inStock: false, observedAt: NOW - DAY },
    ]
    const history = buildPriceHistory(obs)
    const alerts = createAlertRunner()({ now: NOW, variantId: "v1", productId: "p1", currencyCode: "eur", ownPrice: 2000, ownHistory: [], competitors: history })
    expect(alerts.map((a) => [a.code, a.competitorId])).toEqual([
      ["undercut", "shopA"],
      ["competitor_out_of_stock", "shopB"],
    ])
  })
})
