import type { OrderFact } from "../../orders/order-table"
import { computeCustomerProfile, computeProfiles } from "../customer-profile"
import { orderTableFromFacts } from "../../orders/order-table"
import { profileTags } from "../profile-tags"
import { fitSpendLevels, spendLevel } from "../spend-level"

const at = (iso: string) => Date.parse(iso)
const ASOF = at("2024-03-31T00:00:00Z")

// Friday 10:30, Monday 10:15, Thursday 15:00 (UTC); the April order is after the as-of date
const orders: OrderFact[] = [
  { customerId: "c1", time: at("2024-03-11T10:15:00Z"), netMinor: 3000, itemCount: 1, discountMinor: 1000, categoryIds: ["shoes", "bags"] },
  { customerId: "c1", time: at("2024-03-01T10:30:00Z"), netMinor: 1000, itemCount: 2, categoryIds: ["shoes"] },
  { customerId: "c1", time: at("2024-03-21T15:00:00Z"), netMinor: 2000, itemCount: 3, discountMinor: 500, categoryIds: ["bags"] },
  { customerId: "c1", time: at("2024-04-02T09:00:00Z"), netMinor: 99999, itemCount: 9 },
  { customerId: "other", time: at("2024-03-02T09:00:00Z"), netMinor: 500, itemCount: 1 },
]

describe("customer profile", () => {
  const p = computeCustomerProfile("c1", orders, { asOf: ASOF, affinityHalfLifeDays: 10 })

  it("computes RFM basics, tenure and gaps by hand", () => {
    expect(p.orderCount).toBe(3)
    expect(p.monetaryMinor).toBe(6000)
    expect(p.avgOrderValueMinor).toBe(2000)
    expect(p.recencyDays).toBeCloseTo(9.375, 10) // Mar 21 15:00 → Mar 31 00:00
    expect(p.tenureDays).toBeCloseTo(29.5625, 10) // Mar 1 10:30 → Mar 31 00:00
    expect(p.meanInterPurchaseDays).toBeCloseTo(20.1875 / 2, 10)
    expect(p.itemCount).toBe(6)
  })

  it("measures discounts: share, mean amount, mean depth", () => {
    expect(p.discountedShare).toBeCloseTo(2 / 3, 12)
    expect(p.avgDiscountMinor).toBe(750)
    expect(p.avgDiscountRate).toBeCloseTo((1000 / 4000 + 500 / 2500) / 2, 12)
  })

  it("finds the preferred weekday and hour, ties to the earlier, in the store's time zone", () => {
    expect(p.preferredWeekday).toBe(1) // Fri, Mon, Thu once each → Monday (1) is the earliest
    expect(p.preferredHour).toBe(10)
    const utcMinus11 = computeCustomerProfile("c1", orders, { asOf: ASOF, utcOffsetMinutes: -660 })
    expect(utcMinus11.preferredWeekday).toBe(4) // Thu 23:30, Sun 23:15, Thu 04:00 local
    expect(utcMinus11.preferredHour).toBe(23)
  })

  it("decays category weights with the half-life and adds views at their weight", () => {
    // weights 0.5^(age/10): shoes = o1 + o2, bags = o2 + o3 (values from the formula, computed by hand in Python)
    expect(p.categoryAffinities.map((a) => a.category)).toEqual(["bags", "shoes"])
    expect(p.categoryAffinities[0].weight).toBeCloseTo(0.6686472264626395, 10)
    expect(p.categoryAffinities[1].weight).toBeCloseTo(0.3313527735373604, 10)
    const withView = computeCustomerProfile("c1", orders, { asOf: ASOF, affinityHalfLifeDays: 10, viewWeight: 0.2 }, [
      { time: at("2024-03-30T00:00:00Z"), categoryIds: ["hats"] },
      { time: at("2024-04-05T00:00:00Z"), categoryIds: ["future"] },
    ])
    expect(withView.categoryAffinities.map((a) => [a.category, +a.weight.toFixed(10)])).toEqual([
      ["bags", +(0.5764007407578179).toFixed(10)],
      ["shoes", +(0.28563938734854477).toFixed(10)],
      ["hats", +(0.1379598718936373).toFixed(10)],
    ])
  })

  it("profiles a customer without orders as empty", () => {
    const none = computeCustomerProfile("ghost", orders, { asOf: ASOF })
    expect(none).toMatchObject({ customerId: "ghost", orderCount: 0, recencyDays: null, meanInterPurchaseDays: null, monetaryMinor: 0 })
  })

  it("gives the batch and the single-customer path the same answer", () => {
    const table = orderTableFromFacts(orders)
    const all = computeProfiles(table, { asOf: ASOF, affinityHalfLifeDays: 10 })
    expect(all.map((x) => x.customerId)).toEqual(["c1", "other"])
    expect(all[0]).toEqual(p)
  })
})

describe("spend levels and tags", () => {
  const model = fitSpendLevels([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000])
  it("fits percentile breakpoints on buyers only", () => {
    // buyers 100..1000: type-7 quantiles 0.5 → 550, 0.8 → 820, 0.95 → 955
    expect(model.breaks[0]).toBeCloseTo(550, 9)
    expect(model.breaks[1]).toBeCloseTo(820, 9)
    expect(model.breaks[2]).toBeCloseTo(955, 9)
  })

  it("maps spend to low / mid / high / top", () => {
    expect(spendLevel(0, model)).toBe("none")
    expect(spendLevel(550, model)).toBe("low")
    expect(spendLevel(551, model)).toBe("mid")
    expect(spendLevel(900, model)).toBe("high")
    expect(spendLevel(1000, model)).toBe("top")
  })

  it("derives tags from the profile and level", () => {
    const p = computeCustomerProfile("c1", orders, { asOf: ASOF })
    expect(profileTags(p, { spendLevel: "top" })).toEqual(["new", "repeat", "discount_seeker", "high_spender", "top_spender"])
    const later = computeCustomerProfile("c1", orders.slice(0, 3), { asOf: at("2024-06-30T00:00:00Z") })
    // 100 days silent > 3 × ~10-day gap
    expect(profileTags(later, { spendLevel: "mid" })).toEqual(["repeat", "lapsed", "discount_seeker"])
    const one = computeCustomerProfile("other", orders, { asOf: at("2024-12-31T00:00:00Z") })
    expect(profileTags(one, { spendLevel: "low" })).toEqual(["one_time", "lapsed"])
  })
})
