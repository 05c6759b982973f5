import { OrderLineJoiner, toOrderFact, type LineFactInput, type OrderFactInput } from "../order-line-join"

const order = (id: string, t: number, extra: Partial<OrderFactInput> = {}): OrderFactInput => ({
  id,
  customer_id: "cus_1",
  placed_at: t,
  subtotal: 1000,
  discount_total: 0,
  refund_total: 0,
  units: 1,
  ...extra,
})
const line = (id: string, orderId: string, t: number, category: string | null = "cat"): LineFactInput => ({
  id,
  order_id: orderId,
  placed_at: t,
  product_id: `prod_${id}`,
  category_id: category,
})

/** Drives the joiner the way the recompute does: pages of lines fetched on demand. */
function joinAll(orders: OrderFactInput[], lines: LineFactInput[], pageSize: number) {
  const j = new OrderLineJoiner()
  let next = 0
  const out: Record<string, string[]> = {}
  for (const o of orders) {
    while (j.needsMore(o.placed_at)) {
      j.push(lines.slice(next, next + pageSize))
      next += pageSize
    }
    out[o.id] = j.take(o.id, o.placed_at).map((l) => l.id)
  }
  return { out, pending: j.pending }
}

describe("OrderLineJoiner", () => {
  const orders = [order("o1", 10), order("o2", 20), order("o3", 20), order("o4", 30), order("o5", 40)]
  const lines = [
    line("l0", "gone", 5), // an orphan line of an order that is no longer in the facts
    line("l1", "o1", 10),
    line("l2", "o1", 10),
    line("l3", "o3", 20), // same millisecond as o2, listed before o2's line
    line("l4", "o2", 20),
    line("l5", "o4", 30),
    line("l6", "o5", 40),
    line("l7", "o5", 40),
  ]

  it.each([1, 2, 3, 100])("gives every order exactly its lines with pages of %i", (size) => {
    const { out, pending } = joinAll(orders, lines, size)
    expect(out).toEqual({ o1: ["l1", "l2"], o2: ["l4"], o3: ["l3"], o4: ["l5"], o5: ["l6", "l7"] })
    expect(pending).toBe(0)
  })

  it("gives an order without lines none, and keeps later lines for later orders", () => {
    const { out } = joinAll([order("o0", 1), ...orders], lines, 2)
    expect(out.o0).toEqual([])
    expect(out.o5).toEqual(["l6", "l7"])
  })
})

describe("toOrderFact", () => {
  it("nets discounts and refunds, never below zero, and lists products and categories", () => {
    const f = toOrderFact(order("o1", 10, { subtotal: 5000, discount_total: 500, refund_total: 1000, units: 3 }), [
      line("a", "o1", 10, "shirts"),
      line("b", "o1", 10, null),
    ])
    expect(f).toEqual({
      customerId: "cus_1",
      time: 10,
      netMinor: 3500,
      itemCount: 3,
      discountMinor: 500,
      productIds: ["prod_a", "prod_b"],
      categoryIds: ["shirts"],
    })
    expect(toOrderFact(order("o2", 10, { subtotal: 100, refund_total: 900 }), [])!.netMinor).toBe(0)
  })

  it("skips guest orders", () => {
    expect(toOrderFact(order("o1", 10, { customer_id: null }), [])).toBeNull()
  })
})
