import { TtlMap } from "../ttl-map"
import { priceKeyOf } from "../card-cache"

describe("TtlMap", () => {
  it("answers fresh values, reports stale ones and drops the oldest past its size", () => {
    const m = new TtlMap<string, number>(1000, 10)
    m.set("a", 1, 0)
    expect(m.get("a", 999)).toBe(1)
    expect(m.get("a", 1000)).toBeUndefined()
    expect(m.peek("a", 1000)).toEqual({ value: 1, fresh: false })
    for (let i = 0; i < 10; i++) m.set(`k${i}`, i, 10)
    // 11 entries > 10: the oldest tenth (here "a") is dropped
    expect(m.peek("a", 10)).toBeUndefined()
    expect(m.size).toBe(10)
    m.set("k0", 42, 20) // a re-set entry becomes the newest
    m.set("x", 0, 20)
    expect(m.get("k0", 20)).toBe(42)
    expect(m.get("k1", 20)).toBeUndefined()
  })

  it("a TTL of 0 never serves (tests re-read every time)", () => {
    const m = new TtlMap<string, number>(0, 10)
    m.set("a", 1, 5)
    expect(m.get("a", 5)).toBeUndefined()
  })
})

describe("priceKeyOf", () => {
  it("separates regions, currencies and customer-group price lists", () => {
    expect(priceKeyOf({ region_id: "reg_1", currency_code: "eur", customer_group_ids: [] })).toBe("reg_1|eur|")
    expect(priceKeyOf({ region_id: null, currency_code: "usd", customer_group_ids: ["g1", "g2"] })).toBe("-|usd|g1,g2")
  })
})
