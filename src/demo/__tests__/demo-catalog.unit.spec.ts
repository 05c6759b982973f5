import { BEHAVIOUR_PROFILES } from "../behaviours"
import { describeDemoPlan } from "../describe-demo-plan"
import { BEHAVIOURS } from "../types"
import { fullPlan, groupBy } from "./plan-fixture"

jest.setTimeout(60_000)

const unique = (values: string[]) => new Set(values).size === values.length

describe("the full demo store (scale 1): minimum counts and Medusa-ready records", () => {
  const plan = fullPlan()
  const summary = describeDemoPlan(plan)
  const variants = plan.products.flatMap((p) => p.variants)

  it("meets the minimum counts", () => {
    expect(plan.products.length).toBeGreaterThanOrEqual(300)
    expect(plan.customers.length).toBeGreaterThanOrEqual(3000)
    expect(plan.orders.length).toBeGreaterThanOrEqual(20_000)
    expect(plan.events.length).toBeGreaterThanOrEqual(200_000)
    expect(plan.stockLocations.length).toBeGreaterThanOrEqual(3)
    expect(plan.collections.length).toBeGreaterThanOrEqual(3)
  })

  it("has two regions with their currencies and countries", () => {
    expect(plan.regions).toEqual([
      { key: "reg_eu", name: "Europe", currency_code: "eur", countries: ["de", "fr", "it", "es", "nl"] },
      { key: "reg_na", name: "North America", currency_code: "usd", countries: ["us", "ca"] },
    ])
  })

  it("places stock locations at real-looking addresses and coordinates in their region", () => {
    for (const l of plan.stockLocations) {
      expect(l.address.address_1).toMatch(/\d/)
      expect(l.address.city).not.toBe("")
      expect(l.address.postal_code).not.toBe("")
      const region = plan.regions.find((r) => r.key === l.regionKey)
      expect(region?.countries).toContain(l.address.country_code)
      // Europe is east of -10° and north of 35°; North America west of -50°
      if (l.regionKey === "reg_eu") expect(l.longitude > -10 && l.latitude > 35 && l.latitude < 60).toBe(true)
      else expect(l.longitude < -50 && l.latitude > 25 && l.latitude < 60).toBe(true)
    }
  })

  it("has a 2–3 level category tree with 20–30 leaves and unique handles", () => {
    const byKey = new Map(plan.categories.map((c) => [c.key, c]))
    const depth = (key: string): number => {
      const parent = byKey.get(key)?.parentKey
      return parent ? 1 + depth(parent) : 1
    }
    const parents = new Set(plan.categories.map((c) => c.parentKey))
    const leaves = plan.categories.filter((c) => !parents.has(c.key))
    expect(leaves.length).toBeGreaterThanOrEqual(20)
    expect(leaves.length).toBeLessThanOrEqual(30)
    expect(new Set(leaves.map((l) => depth(l.key)))).toEqual(new Set([2, 3]))
    for (const c of plan.categories) if (c.parentKey) expect(byKey.has(c.parentKey)).toBe(true)
    expect(unique(plan.categories.map((c) => c.handle))).toBe(true)
    // products hang on leaves only, and every leaf sells something
    const leafKeys = new Set(leaves.map((l) => l.key))
    for (const p of plan.products) expect(leafKeys.has(p.categoryKey)).toBe(true)
    expect(new Set(plan.products.map((p) => p.categoryKey)).size).toBe(leaves.length)
  })

  it("gives every product 1–4 variants whose options match the product's options", () => {
    for (const p of plan.products) {
      expect(p.variants.length).toBeGreaterThanOrEqual(1)
      expect(p.variants.length).toBeLessThanOrEqual(4)
      expect(p.options.length).toBeGreaterThanOrEqual(1)
      expect(p.tags.length).toBeGreaterThanOrEqual(1)
      const combos = p.variants.map((v) => p.options.map((o) => v.options[o.title]).join("|"))
      expect(unique(combos)).toBe(true)
      for (const v of p.variants) {
        expect(Object.keys(v.options).sort()).toEqual(p.options.map((o) => o.title).sort())
        for (const o of p.options) expect(o.values).toContain(v.options[o.title])
      }
    }
    expect(new Set(plan.products.map((p) => p.variants.length))).toEqual(new Set([1, 2, 3, 4]))
  })

  it("keeps SKUs, handles, titles, variant keys and emails unique", () => {
    expect(unique(variants.map((v) => v.sku))).toBe(true)
    expect(unique(variants.map((v) => v.key))).toBe(true)
    expect(unique(plan.products.map((p) => p.handle))).toBe(true)
    expect(unique(plan.products.map((p) => p.title))).toBe(true)
    expect(unique(plan.customers.map((c) => c.email))).toBe(true)
    expect(unique(plan.customers.map((c) => c.key))).toBe(true)
    expect(unique(plan.orders.map((o) => o.key))).toBe(true)
    for (const p of plan.products) expect(p.handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    for (const c of plan.customers) expect(c.email).toMatch(/^[a-z0-9.]+@example\.(com|org|net)$/)
  })

  it("prices in EUR and USD minor units, costs below prices, margins 25–70 % varying by category", () => {
    for (const v of variants) {
      for (const c of ["eur", "usd"] as const) {
        expect(Number.isInteger(v.prices[c]) && v.prices[c] > 0).toBe(true)
        expect(Number.isInteger(v.costs[c]) && v.costs[c] > 0).toBe(true)
        const margin = 1 - v.costs[c] / v.prices[c]
        expect(margin).toBeGreaterThanOrEqual(0.245)
        expect(margin).toBeLessThanOrEqual(0.705)
      }
      expect(v.prices.usd).toBeGreaterThan(v.prices.eur) // USD list prices sit above EUR ones
    }
    const byCategory = groupBy(plan.products, (p) => p.categoryKey)
    const margins = [...byCategory.values()].map((products) => {
      const vs = products.flatMap((p) => p.variants)
      return vs.reduce((s, v) => s + 1 - v.costs.eur / v.prices.eur, 0) / vs.length
    })
    expect(Math.max(...margins) - Math.min(...margins)).toBeGreaterThan(0.25)
  })

  it("stocks every variant at every location, with some sold out", () => {
    const locationKeys = plan.stockLocations.map((l) => l.key).sort()
    for (const v of variants) {
      expect(Object.keys(v.inventory).sort()).toEqual(locationKeys)
      for (const n of Object.values(v.inventory)) expect(Number.isInteger(n) && n >= 0).toBe(true)
    }
    expect(summary.counts.outOfStockVariants).toBeGreaterThan(0)
    expect(summary.counts.outOfStockVariants).toBeLessThan(variants.length * 0.15)
  })

  it("uses collections and tags", () => {
    const collectionKeys = new Set(plan.collections.map((c) => c.key))
    const inCollection = plan.products.filter((p) => p.collectionKey !== null)
    for (const p of inCollection) expect(collectionKeys.has(p.collectionKey as string)).toBe(true)
    expect(inCollection.length).toBeGreaterThan(plan.products.length * 0.15)
    expect(new Set(inCollection.map((p) => p.collectionKey)).size).toBe(plan.collections.length)
  })

  it("has customers in both regions with addresses in the region's countries", () => {
    const regions = new Map(plan.regions.map((r) => [r.key, r]))
    for (const c of plan.customers) {
      expect(regions.get(c.regionKey)?.countries).toContain(c.address.country_code)
      expect(c.address.first_name).toBe(c.first_name)
    }
    const eu = plan.customers.filter((c) => c.regionKey === "reg_eu").length
    expect(eu / plan.customers.length).toBeGreaterThan(0.5)
    expect(eu / plan.customers.length).toBeLessThan(0.75)
  })

  it("assigns behaviours in the documented proportions", () => {
    for (const b of BEHAVIOURS) {
      expect(summary.behaviours[b].share).toBeCloseTo(BEHAVIOUR_PROFILES[b].share, 2)
    }
    expect(BEHAVIOURS.reduce((s, b) => s + BEHAVIOUR_PROFILES[b].share, 0)).toBeCloseTo(1, 10)
  })

  it("has the promotions with types, values and validity windows", () => {
    const codes = plan.promotions.map((p) => p.code)
    expect(codes).toEqual(expect.arrayContaining(["WELCOME10", "SUMMER20", "BLACKFRIDAY25"]))
    expect(new Set(plan.promotions.map((p) => p.type))).toEqual(new Set(["percentage", "fixed"]))
    for (const p of plan.promotions) {
      expect(p.startsAt < p.endsAt).toBe(true)
      if (p.type === "fixed") expect(p.currency_code).not.toBeNull()
      else expect(p.value).toBeGreaterThan(0)
    }
    const bf = plan.promotions.find((p) => p.code === "BLACKFRIDAY25")
    expect(bf).toMatchObject({ startsAt: "2024-11-29T00:00:00.000Z", endsAt: "2024-12-02T23:59:59.999Z" })
  })
})
