import { planDemoStore } from "../../demo"
import { pickFlowOrders } from "../flow-selection"

const plan = planDemoStore({ seed: 42, scale: 0.05, until: "2026-11-24" })
const NOW = Date.UTC(2026, 10, 25)

describe("pickFlowOrders", () => {
  const picks = pickFlowOrders(plan, NOW)

  it("covers a cancellation, a full and a partial return, a running promotion and plain deliveries", () => {
    expect(picks).toHaveLength(10)
    const kinds = picks.map((p) => p.kind)
    expect(kinds.filter((k) => k === "canceled")).toHaveLength(1)
    expect(kinds.filter((k) => k === "returned")).toHaveLength(2)
    expect(kinds.filter((k) => k === "promotion")).toHaveLength(1)
    const returns = picks.filter((p) => p.kind === "returned").map((p) => p.order)
    const units = (items: { quantity: number }[]) => items.reduce((s, i) => s + i.quantity, 0)
    expect(returns.some((o) => units(o.return!.items) < units(o.items))).toBe(true)
    expect(returns.some((o) => units(o.return!.items) === units(o.items))).toBe(true)
  })

  it("only picks orders the region's warehouse can ship, and codes that run now", () => {
    const stock = new Map(plan.products.flatMap((p) => p.variants.map((v) => [v.key, v.inventory] as const)))
    const warehouse: Record<string, string> = { reg_eu: "loc_berlin_wh", reg_na: "loc_secaucus_wh" }
    for (const { order } of picks) {
      for (const i of order.items) expect(stock.get(i.variantKey)![warehouse[order.regionKey]]).toBeGreaterThanOrEqual(i.quantity)
    }
    const promo = picks.find((p) => p.kind === "promotion")!.order
    const code = plan.promotions.find((p) => p.code === promo.promotionCode)!
    expect(Date.parse(code.startsAt)).toBeLessThanOrEqual(NOW)
    expect(Date.parse(code.endsAt)).toBeGreaterThanOrEqual(NOW)
  })

  it("is deterministic and has no promotion pick when no code runs", () => {
    expect(pickFlowOrders(plan, NOW).map((p) => p.order.key)).toEqual(picks.map((p) => p.order.key))
    const later = pickFlowOrders(plan, Date.UTC(2030, 0, 1))
    expect(later.some((p) => p.kind === "promotion")).toBe(false)
    expect(later).toHaveLength(10)
  })
})
