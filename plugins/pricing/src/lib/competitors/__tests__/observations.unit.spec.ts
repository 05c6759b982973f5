import { parseObservationCsv, parseObservedAt } from "../parse-observations-csv"
import { buildPriceHistory, changesSince, latestQuotes, pointAt, type PriceObservation } from "../price-history"
import { categoryPriceIndex, productPriceIndex } from "../price-index"

const NOW = Date.UTC(2024, 5, 10, 12)
const DAY = 86_400_000

describe("observation CSV", () => {
  it("reads good lines and names the field of every bad one", () => {
    const csv = [
      "Competitor,GTIN,SKU,Price,Currency_Code,In_Stock,Observed_At,URL",
      "shopA,4006381333931,,12.99,EUR,yes,2024-06-09T08:00:00Z,https://a.example/p/1",
      'shopB,,"mug-blue",9.5,eur,0,2024-06-09,',
      "shopB,,MUG-RED,1000,jpy,,2024-06-09T10:00:00+02:00,",
      ",4006381333931,,12.99,EUR,yes,,",
      "shopA,4006381333932,,12.99,EUR,yes,,",
      "shopA,,,12.99,EUR,yes,,",
      "shopA,,X,12,99,EUR,yes,,",
      "shopA,,X,twelve,EUR,yes,,",
      "shopA,,X,0.00,EUR,yes,,",
      "shopA,,X,1.00,EURO,yes,,",
      "shopA,,X,1.00,EUR,maybe,,",
      "shopA,,X,1.00,EUR,yes,2024-02-30,",
      "shopA,,X,1.00,EUR,yes,2024-07-01,",
      "",
      "shopC,,X,1.005,EUR,true,,",
    ].join("\n")
    const r = parseObservationCsv(csv, NOW)
    expect(r.fatal).toBeUndefined()
    expect(r.rows.map((x) => [x.line, x.competitor, x.gtin ?? x.sku, x.price, x.currencyCode, x.inStock, x.observedAt])).toEqual([
      [2, "shopA", "04006381333931", 1299, "eur", true, Date.UTC(2024, 5, 9, 8)],
      [3, "shopB", "MUGBLUE", 950, "eur", false, Date.UTC(2024, 5, 9)],
      [4, "shopB", "MUGRED", 1000, "jpy", true, Date.UTC(2024, 5, 9, 8)],
      [16, "shopC", "X", 101, "eur", true, NOW], // 1.005 rounds half up once; no time = now
    ])
    expect(r.rows[0].url).toBe("https://a.example/p/1")
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([
      [5, "competitor"],
      [6, "gtin"],
      [7, "variant_id"],
      [8, null], // 12,99 split into two fields
      [9, "price"],
      [10, "price"],
      [11, "currency_code"],
      [12, "in_stock"],
      [13, "observed_at"],
      [14, "observed_at"],
    ])
    expect(r.errors[1].message).toMatch(/check digit/)
    expect(r.errors[9].message).toMatch(/in the future/)
  })

  it("is fatal only for a header without the needed columns", () => {
    expect(parseObservationCsv("competitor,price\nshopA,1.00", NOW).fatal).toMatch(/currency_code, variant_id, sku, gtin or offer_id/)
    expect(parseObservationCsv("", NOW).fatal).toMatch(/empty/)
  })

  it.each([
    ["2024-06-09", Date.UTC(2024, 5, 9)],
    ["2024-06-09T10:15", Date.UTC(2024, 5, 9, 10, 15)], // no offset = UTC, never the machine's zone
    ["2024-06-09 10:15:30.250", Date.UTC(2024, 5, 9, 10, 15, 30, 250)],
    ["2024-06-09T10:15:00-0130", Date.UTC(2024, 5, 9, 11, 45)],
    ["2024-13-01", null],
    ["09/06/2024", null],
  ])("parses the time %p", (s, want) => expect(parseObservedAt(s)).toBe(want))
})

describe("price history", () => {
  const o = (competitorId: string, price: number, day: number, inStock = true): PriceObservation => ({
    competitorId,
    variantId: "v1",
    currencyCode: "eur",
    price,
    inStock,
    observedAt: NOW - day * DAY,
  })
  const obs = [o("a", 1000, 10), o("a", 1000, 9), o("a", 950, 8), o("a", 950, 7), o("a", 950, 6, false), o("a", 900, 2), o("a", 900, 1), o("b", 1100, 3), o("b", 1090, 3)]

  it("keeps only changes, with the last observation time", () => {
    const [a, b] = buildPriceHistory(obs)
    expect(a.points.map((p) => [p.price, p.inStock, (NOW - p.at) / DAY])).toEqual([
      [1000, true, 10],
      [950, true, 8],
      [950, false, 6],
      [900, true, 2],
    ])
    expect(a.lastSeenAt).toBe(NOW - DAY)
    expect(b.points.map((p) => p.price)).toEqual([1090]) // same instant: the later row corrects
    expect(pointAt(a, NOW - 7 * DAY)?.price).toBe(950)
    expect(pointAt(a, NOW - 11 * DAY)).toBeNull()
    expect(changesSince([a, b], NOW - 3 * DAY).map((c) => [c.competitorId, c.to.price, c.changePct])).toEqual([["a", 900, -5.26]])
  })

  it("gives strategies the latest quote per competitor", () => {
    const q = latestQuotes(obs, NOW).get("v1|eur")!
    expect(q).toEqual([
      { competitorId: "a", price: 900, inStock: true, observedAt: NOW - DAY },
      { competitorId: "b", price: 1090, inStock: true, observedAt: NOW - 3 * DAY },
    ])
  })
})

describe("price index", () => {
  const q = (...prices: number[]) => prices.map((price, i) => ({ competitorId: `c${i}`, price, inStock: true, observedAt: NOW - DAY }))
  it("is own / competitor median × 100", () => {
    expect(productPriceIndex(1100, q(1000, 900, 1100), { now: NOW }).index).toBeCloseTo(110, 12)
    expect(productPriceIndex(1100, q(1000, 900, 1100), { now: NOW, anchor: "min" }).index).toBeCloseTo(122.2222, 3)
    expect(productPriceIndex(1100, [{ competitorId: "x", price: 1000, inStock: false, observedAt: NOW }], { now: NOW }).index).toBeNull()
  })
  it("aggregates a category by a weighted geometric mean", () => {
    const rows = categoryPriceIndex(
      [
        { productId: "p1", categoryId: "mugs", ownPrice: 1100, quotes: q(1000) },
        { productId: "p2", categoryId: "mugs", ownPrice: 1000, quotes: q(1100) },
        { productId: "p3", categoryId: "mugs", ownPrice: 1000, quotes: [] },
        { productId: "p4", categoryId: "tees", ownPrice: 1100, quotes: q(1000), weight: 3 },
        { productId: "p5", categoryId: "tees", ownPrice: 1000, quotes: q(1100), weight: 1 },
      ],
      { now: NOW }
    )
    expect(rows[0]).toMatchObject({ categoryId: "mugs", covered: 2, products: 3, above: 1, below: 1 })
    expect(rows[0].index).toBeCloseTo(100, 10) // √(110 × 90.909…) = 100: dearer and cheaper by the same ratio cancel
    expect(rows[1].index).toBeCloseTo(Math.exp((3 * Math.log(110) + Math.log(100 / 1.1)) / 4), 10)
  })
})
