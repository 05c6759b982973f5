import type { DemoOrder, DemoPlan } from "../demo"

export type FlowKind = "delivered" | "canceled" | "returned" | "promotion"

export type FlowPick = { order: DemoOrder; kind: FlowKind }

/**
 * Chooses the plan orders placed through Medusa's real cart, payment, fulfillment, cancel and return flows (the
 * rest are written in bulk in the shape these show). Deterministic: spread over the history, both regions, and
 * only orders whose units are on hand at their region's warehouse (fulfillment ships from there).
 * `promotionUsableAt`: a code can only be applied in a real cart while its campaign runs, so the promotion pick
 * is a WELCOME-style code whose window covers `now` (none when no such code is running).
 */
export function pickFlowOrders(plan: DemoPlan, now: number, count = 10): FlowPick[] {
  const warehouseOf = new Map(
    plan.stockLocations.filter((l) => l.kind === "warehouse").map((l) => [l.regionKey, l.key] as const)
  )
  const stock = new Map<string, Record<string, number>>()
  for (const p of plan.products) for (const v of p.variants) stock.set(v.key, v.inventory)
  const shippable = (o: DemoOrder) => {
    const wh = warehouseOf.get(o.regionKey)
    return !!wh && o.items.every((i) => (stock.get(i.variantKey)?.[wh] ?? 0) >= i.quantity + 2)
  }
  const candidates = plan.orders.filter(shippable)
  const picks: FlowPick[] = []
  const taken = new Set<string>()
  const take = (o: DemoOrder | undefined, kind: FlowKind) => {
    if (o && !taken.has(o.key)) {
      taken.add(o.key)
      picks.push({ order: o, kind })
    }
  }

  take(candidates.find((o) => o.status === "canceled" && !o.promotionCode), "canceled")
  const returns = candidates.filter((o) => o.return && !o.promotionCode)
  const isPartial = (o: DemoOrder) =>
    o.return!.items.reduce((s, i) => s + i.quantity, 0) < o.items.reduce((s, i) => s + i.quantity, 0)
  take(returns.find((o) => !isPartial(o)), "returned")
  take(returns.find((o) => isPartial(o)), "returned")

  const running = new Set(
    plan.promotions
      .filter((p) => Date.parse(p.startsAt) <= now && now <= Date.parse(p.endsAt))
      .map((p) => p.code)
  )
  const promo = candidates.filter(
    (o) => o.status === "completed" && !o.return && o.promotionCode !== null && running.has(o.promotionCode)
  )
  // a percentage of a subtotal that is a multiple of 10 cents stays in whole cents, as the plan has it
  take(promo.find((o) => o.subtotal % 10 === 0) ?? promo[0], "promotion")

  const plain = candidates.filter((o) => o.status === "completed" && !o.return && !o.promotionCode)
  const rest = Math.max(0, count - picks.length)
  for (let i = 0; i < rest && plain.length; i++) {
    take(plain[Math.floor(((i + 0.5) * plain.length) / rest)], "delivered")
  }
  return picks.sort((a, b) => (a.order.key < b.order.key ? -1 : 1))
}
