import { createRng } from "../../math/prng"
import type { OrderFact } from "../../orders/order-table"

export const DAY = 86_400_000
export const START = Date.parse("2023-01-01T00:00:00Z")
export const AS_OF = Date.parse("2024-01-01T00:00:00Z")
const END = Date.parse("2024-04-01T00:00:00Z")

export type Kind = "regular" | "lapsed" | "one_time"

/**
 * A small deterministic store: regulars order every ~2-3 weeks until after the as-of date; lapsed
 * customers ordered like regulars but stopped 120-200 days before it; one-time buyers ordered once.
 * Orders after AS_OF exist so tests can check the models never read them.
 */
export function syntheticStore(customers = 300, seed = 1): { orders: OrderFact[]; kind: Map<string, Kind> } {
  const rng = createRng(seed)
  const orders: OrderFact[] = []
  const kind = new Map<string, Kind>()
  for (let i = 0; i < customers; i++) {
    const id = `c${String(i).padStart(4, "0")}`
    const k: Kind = i % 3 === 0 ? "regular" : i % 3 === 1 ? "lapsed" : "one_time"
    kind.set(id, k)
    const first = START + Math.floor(rng.next() * 200) * DAY + 36_000_000
    const stop = k === "lapsed" ? AS_OF - (120 + Math.floor(rng.next() * 80)) * DAY : END
    const gap = (14 + Math.floor(rng.next() * 8)) * DAY
    const basket = 2000 + Math.floor(rng.next() * 6000)
    for (let t = first; t < stop; t += gap + Math.floor(rng.next() * 3) * DAY) {
      orders.push({
        customerId: id,
        time: t,
        netMinor: basket + Math.floor(rng.next() * 1000),
        itemCount: 1 + Math.floor(rng.next() * 4),
        discountMinor: rng.next() < 0.3 ? 500 : 0,
        productIds: [`p${Math.floor(rng.next() * 40)}`, `p${Math.floor(rng.next() * 40)}`],
        categoryIds: [rng.next() < 0.5 ? "home" : "garden"],
      })
      if (k === "one_time") break
    }
  }
  return { orders, kind }
}
