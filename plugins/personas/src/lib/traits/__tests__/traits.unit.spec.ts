import { evaluateTrait, readProperty, type TraitRecord } from "../evaluate-trait"
import { validateTraitDefinition, type TraitDefinition } from "../trait-definition"

const DAY = 86_400_000
const NOW = Date.parse("2024-06-30T00:00:00Z")
const ago = (days: number) => NOW - days * DAY

const records: TraitRecord[] = [
  { kind: "order", time: ago(40), properties: { total: 5000, currency: "eur", items: 2 } },
  { kind: "order", time: ago(20), properties: { total: 3000, currency: "eur", items: 1 } },
  { kind: "order", time: ago(10), properties: { total: 1000, currency: "usd", items: 4 } },
  { kind: "order", time: ago(5), properties: { total: 2500, currency: "eur", items: 3, metadata: { channel: "app" } } },
  { kind: "order", time: NOW + DAY, properties: { total: 99999, currency: "eur" } }, // future: never counted
  { kind: "event", name: "product_viewed", time: ago(3), properties: { category: "shoes" } },
  { kind: "event", name: "product_viewed", time: ago(1), properties: { category: "bags" } },
  { kind: "event", name: "cart_abandoned", time: ago(2), properties: { value: 700 } },
]

describe("evaluateTrait", () => {
  const def = (d: Partial<TraitDefinition>): TraitDefinition => ({ key: "k", source: "order", aggregate: "count", ...d })

  it("counts orders in a window", () => {
    expect(evaluateTrait(def({ window: { days: 30 } }), records, NOW)).toBe(3)
    expect(evaluateTrait(def({}), records, NOW)).toBe(4)
  })

  it("sums, averages, min and max a property with filters", () => {
    const eur = [{ property: "currency", op: "eq" as const, value: "eur" }]
    expect(evaluateTrait(def({ aggregate: "sum", property: "total", filters: eur }), records, NOW)).toBe(10500)
    expect(evaluateTrait(def({ aggregate: "sum", property: "total", filters: eur, window: { days: 30 } }), records, NOW)).toBe(5500)
    expect(evaluateTrait(def({ aggregate: "average", property: "total", window: { days: 30 } }), records, NOW)).toBeCloseTo(6500 / 3, 12)
    expect(evaluateTrait(def({ aggregate: "min", property: "items" }), records, NOW)).toBe(1)
    expect(evaluateTrait(def({ aggregate: "max", property: "total", filters: [{ property: "items", op: "gte", value: 3 }] }), records, NOW)).toBe(2500)
    expect(evaluateTrait(def({ aggregate: "count", filters: [{ property: "currency", op: "in", value: ["usd", "gbp"] }] }), records, NOW)).toBe(1)
    expect(evaluateTrait(def({ aggregate: "count", filters: [{ property: "metadata.channel", op: "exists" }] }), records, NOW)).toBe(1)
  })

  it("takes the first and last value of an event property", () => {
    const viewed = { source: "event" as const, event: "product_viewed", property: "category" }
    expect(evaluateTrait(def({ ...viewed, aggregate: "last" }), records, NOW)).toBe("bags")
    expect(evaluateTrait(def({ ...viewed, aggregate: "first" }), records, NOW)).toBe("shoes")
    expect(evaluateTrait(def({ source: "event", event: "cart_abandoned", aggregate: "count" }), records, NOW)).toBe(1)
  })

  it("returns null when there is nothing to average or pick, and 0 for an empty sum", () => {
    const none = { window: { days: 1 } }
    expect(evaluateTrait(def({ ...none, aggregate: "average", property: "total" }), records, NOW)).toBeNull()
    expect(evaluateTrait(def({ ...none, aggregate: "last", property: "total" }), records, NOW)).toBeNull()
    expect(evaluateTrait(def({ ...none, aggregate: "sum", property: "total" }), records, NOW)).toBe(0)
  })

  it("reads dotted property paths", () => {
    expect(readProperty({ a: { b: { c: 3 } } }, "a.b.c")).toBe(3)
    expect(readProperty({ a: 1 }, "a.b")).toBeUndefined()
  })
})

describe("validateTraitDefinition", () => {
  it("accepts a good definition", () => {
    expect(
      validateTraitDefinition({
        key: "eur_spend_30d",
        source: "order",
        aggregate: "sum",
        property: "total",
        window: { days: 30 },
        filters: [{ property: "currency", op: "in", value: ["eur"] }],
      }),
    ).toEqual([])
  })

  it("names every bad field by path", () => {
    const errors = validateTraitDefinition({
      key: "Bad Key",
      source: "event",
      aggregate: "median",
      window: { days: -3 },
      filters: [{ property: "total", op: "gt", value: "10" }, { property: "x", op: "in", value: [] }, "nope"],
      extra: 1,
    })
    expect(errors.map((e) => e.path)).toEqual([
      "trait.extra",
      "trait.key",
      "trait.event",
      "trait.aggregate",
      "trait.window.days",
      "trait.filters[0].value",
      "trait.filters[1].value",
      "trait.filters[2]",
    ])
    expect(errors.find((e) => e.path === "trait.filters[0].value")?.message).toBe("expected a number")
  })

  it("requires a property except for count, and an event only for events", () => {
    expect(validateTraitDefinition({ key: "s", source: "order", aggregate: "sum" })).toEqual([
      { path: "trait.property", message: 'required for aggregate "sum"' },
    ])
    expect(validateTraitDefinition({ key: "c", source: "order", aggregate: "count", event: "x" })).toEqual([
      { path: "trait.event", message: 'only allowed when source is "event"' },
    ])
    expect(validateTraitDefinition(null)).toEqual([{ path: "trait", message: "expected an object" }])
  })
})
