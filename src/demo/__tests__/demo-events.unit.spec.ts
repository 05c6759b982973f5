import type { DemoEvent } from "../types"
import { fullPlan, groupBy, ms } from "./plan-fixture"
import type { RiskPlantTruth } from "../plants/risk"

jest.setTimeout(60_000)

describe("behaviour events (scale 1)", () => {
  const plan = fullPlan()
  const sessions = groupBy(plan.events, (e) => e.session_id)
  const customers = new Map(plan.customers.map((c) => [c.key, c]))
  const products = new Map(plan.products.map((p) => [p.key, p]))
  const variantProduct = new Map(plan.products.flatMap((p) => p.variants.map((v) => [v.key, p.key] as const)))
  const categories = new Set(plan.categories.map((c) => c.key))

  /** First few events breaking a rule, for one readable assertion. */
  const violations = (rule: (e: DemoEvent, i: number) => boolean) =>
    plan.events.filter((e, i) => !rule(e, i)).slice(0, 5)

  it("are sorted by time and inside the history", () => {
    expect(violations((e, i) => i === 0 || plan.events[i - 1].occurred_at <= e.occurred_at)).toEqual([])
    expect(plan.events[0].occurred_at >= plan.historyStart).toBe(true)
    expect(plan.events[plan.events.length - 1].occurred_at <= plan.historyEnd).toBe(true)
  })

  it("carry the properties of their type, pointing at real records", () => {
    expect(
      violations((e) => {
        switch (e.type) {
          case "page_viewed":
            return e.properties.path.startsWith("/")
          case "category_viewed":
            return categories.has(e.properties.category_key)
          case "product_viewed":
            return (
              variantProduct.get(e.properties.variant_key) === e.properties.product_key &&
              products.get(e.properties.product_key)?.categoryKey === e.properties.category_key
            )
          case "search":
            return e.properties.query.length > 0 && Number.isInteger(e.properties.result_count) && e.properties.result_count >= 0
          case "cart_item_added":
          case "cart_item_removed":
            return variantProduct.get(e.properties.variant_key) === e.properties.product_key && e.properties.quantity >= 1
          case "checkout_started":
            return e.properties.item_count >= 1 && e.properties.subtotal > 0 && ["eur", "usd"].includes(e.properties.currency_code)
        }
      })
    ).toEqual([])
  })

  it("name a customer only once logged in: never before the account exists, and one customer per browser", () => {
    expect(violations((e) => e.customerKey === null || e.occurred_at >= customers.get(e.customerKey)!.created_at)).toEqual([])
    const owners = new Map<string, Set<string>>()
    for (const e of plan.events) {
      if (!e.customerKey) continue
      const set = owners.get(e.anonymous_id) ?? new Set()
      set.add(e.customerKey)
      owners.set(e.anonymous_id, set)
    }
    // a fraud ring is new accounts on shared browsers: the risk plant's devices are the only shared ones
    const ringDevices = new Set((plan.truth.risk as RiskPlantTruth | undefined)?.ring.devices ?? [])
    expect([...owners.entries()].filter(([device, s]) => s.size > 1 && !ringDevices.has(device))).toEqual([])
    if (ringDevices.size) expect([...ringDevices].every((d) => (owners.get(d)?.size ?? 0) > 1)).toBe(true)
    // both logged-in and anonymous traffic exist
    const named = plan.events.filter((e) => e.customerKey !== null).length
    expect(named / plan.events.length).toBeGreaterThan(0.3)
    expect(named / plan.events.length).toBeLessThan(0.9)
  })

  it("group into short sessions on one browser, each opening with a page view", () => {
    const broken = [...sessions.entries()].filter(([, events]) => {
      const span = ms(events[events.length - 1].occurred_at) - ms(events[0].occurred_at)
      return (
        events[0].type !== "page_viewed" ||
        new Set(events.map((e) => e.anonymous_id)).size !== 1 ||
        span > 3 * 3_600_000
      )
    })
    expect(broken.map(([id]) => id).slice(0, 5)).toEqual([])
  })

  it("precede every order: each item viewed and added in the order's session, then checkout by that customer", () => {
    const broken = plan.orders.filter((o) => {
      const events = (sessions.get(o.session_id) ?? []).filter((e) => e.occurred_at < o.created_at)
      if (events.length !== (sessions.get(o.session_id) ?? []).length) return true // nothing after the order
      const viewed = new Set(events.filter((e) => e.type === "product_viewed").map((e) => (e.properties as { variant_key: string }).variant_key))
      const added = new Set(events.filter((e) => e.type === "cart_item_added").map((e) => (e.properties as { variant_key: string }).variant_key))
      const checkout = events.find((e) => e.type === "checkout_started")
      return (
        !o.items.every((i) => viewed.has(i.variantKey) && added.has(i.variantKey)) ||
        checkout?.customerKey !== o.customerKey ||
        (checkout.properties as { subtotal: number }).subtotal !== o.subtotal
      )
    })
    expect(broken.map((o) => o.key).slice(0, 5)).toEqual([])
  })

  it("only remove from a cart what was added to it in the same session", () => {
    const broken = [...sessions.values()].filter((events) => {
      const added = new Set<string>()
      for (const e of events) {
        if (e.type === "cart_item_added") added.add(e.properties.variant_key)
        if (e.type === "cart_item_removed" && !added.has(e.properties.variant_key)) return true
      }
      return false
    })
    expect(broken.length).toBe(0)
  })

  it("report consistent search result counts, including searches that find nothing", () => {
    const counts = new Map<string, Set<number>>()
    for (const e of plan.events) {
      if (e.type !== "search") continue
      const set = counts.get(e.properties.query) ?? new Set()
      set.add(e.properties.result_count)
      counts.set(e.properties.query, set)
    }
    expect([...counts.values()].filter((s) => s.size > 1)).toEqual([])
    const searches = plan.events.filter((e) => e.type === "search") as Extract<DemoEvent, { type: "search" }>[]
    const empty = searches.filter((e) => e.properties.result_count === 0).length
    expect(empty / searches.length).toBeGreaterThan(0.02)
    expect(empty / searches.length).toBeLessThan(0.2)
    expect(counts.get("dresses")?.values().next().value).toBe(
      plan.products.filter((p) => p.categoryKey === "cat_women_clothing_dresses").length
    )
  })

  it("include browsing sessions that end without an order, most of all for window shoppers", () => {
    const orderSessions = new Set(plan.orders.map((o) => o.session_id))
    expect(sessions.size).toBeGreaterThan(orderSessions.size * 2)
    const windowShoppers = new Set(plan.customers.filter((c) => c.behaviour === "window_shopper").map((c) => c.key))
    const browsers = new Set<string>()
    for (const e of plan.events) if (e.customerKey && windowShoppers.has(e.customerKey)) browsers.add(e.customerKey)
    expect(browsers.size).toBeGreaterThan(windowShoppers.size * 0.9)
  })
})
