import { planDemoStore, type DemoOrder } from "../../demo"
import { major, orderMoney, splitProportionally, summaryTotals, versionSummaries } from "../order-money"

/** Medusa 2.21.2's own order_summary.totals, as read from the database after its own flows placed these orders. */
const raw = (value: string) => ({ value, precision: 20 })
const medusaSummary = (f: Record<string, [number, string]>) =>
  Object.fromEntries(Object.entries(f).flatMap(([k, [n, s]]) => [[k, n], [`raw_${k}`, raw(s)]]))

const order = (over: Partial<DemoOrder>): DemoOrder => ({
  key: "ord_000283",
  customerKey: "cus_00001",
  regionKey: "reg_na",
  currency_code: "usd",
  created_at: "2026-03-01T10:00:00.000Z",
  status: "completed",
  items: [],
  subtotal: 0,
  promotionCode: null,
  discount_total: 0,
  shipping_total: 0,
  total: 0,
  session_id: "ses_1",
  ...over,
})

describe("splitProportionally", () => {
  it("splits whole units in proportion, largest remainders first", () => {
    expect(splitProportionally(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(splitProportionally(3048, [5495, 6695])).toEqual([1374, 1674])
    expect(splitProportionally(0, [5, 7])).toEqual([0, 0])
    expect(splitProportionally(10, [0, 0])).toEqual([0, 0])
  })
  it("always adds up to the total", () => {
    for (const [total, weights] of [[997, [3, 5, 7, 11]], [1, [1, 1, 1]], [12345, [1]]] as const) {
      expect(splitProportionally(total, [...weights]).reduce((a, b) => a + b, 0)).toBe(total)
    }
  })
})

describe("orderMoney", () => {
  it("puts on the returned lines exactly the discount the plan's refund implies", () => {
    const o = order({
      items: [
        { variantKey: "a", quantity: 1, unit_price: 5495 },
        { variantKey: "b", quantity: 1, unit_price: 6695 },
        { variantKey: "c", quantity: 2, unit_price: 1995 },
      ],
      subtotal: 16180,
      promotionCode: "BLACKFRIDAY25",
      discount_total: 4045,
      shipping_total: 0,
      return: { requested_at: "", received_at: "", items: [{ variantKey: "b", quantity: 1 }], refund_amount: 5021 },
    })
    const m = orderMoney(o)
    expect(m.lines.reduce((s, l) => s + l.discount, 0)).toBe(4045)
    expect(m.lines[1].discount).toBe(6695 - 5021)
    expect(m.returnedValue).toBe(5021)
    expect(m.refund).toBe(5021)
    expect(m.total).toBe(16180 - 4045)
  })

  it("takes a partly returned discounted line back at Medusa's per-unit figure", () => {
    const o = order({
      items: [{ variantKey: "a", quantity: 3, unit_price: 1000 }],
      subtotal: 3000,
      promotionCode: "WELCOME10",
      discount_total: 300,
      return: { requested_at: "", received_at: "", items: [{ variantKey: "a", quantity: 1 }], refund_amount: 900 },
    })
    expect(orderMoney(o).returnedValue).toBe(900)
    const odd = order({ ...o, discount_total: 301, return: { ...o.return!, refund_amount: 900 } })
    expect(orderMoney(odd).refund).toBeCloseTo(899.6667, 3)
  })

  it("over a whole plan: discounts add up, no line is discounted below zero, refunds match the plan to half a cent", () => {
    const plan = planDemoStore({ seed: 42, scale: 0.2, until: "2026-11-24" })
    let partial = 0
    for (const o of plan.orders) {
      const m = orderMoney(o)
      expect(m.lines.reduce((s, l) => s + l.discount, 0)).toBe(o.discount_total)
      for (const l of m.lines) expect(l.discount).toBeLessThanOrEqual(l.quantity * l.unit_price)
      if (o.return) {
        const diff = Math.abs(m.refund - o.return.refund_amount)
        expect(diff).toBeLessThanOrEqual(0.5)
        if (diff > 0) partial++
      }
    }
    expect(partial).toBeLessThan(plan.orders.length / 500)
  })
})

describe("order summaries", () => {
  it("match what Medusa wrote for a placed, paid and partly returned order", () => {
    const o = order({
      items: [
        { variantKey: "a", quantity: 1, unit_price: 3195 },
        { variantKey: "b", quantity: 2, unit_price: 15995 },
        { variantKey: "c", quantity: 1, unit_price: 15495 },
        { variantKey: "d", quantity: 1, unit_price: 22495 },
        { variantKey: "e", quantity: 1, unit_price: 16995 },
        { variantKey: "f", quantity: 1, unit_price: 13995 },
      ],
      subtotal: 104165,
      total: 104165,
      return: {
        requested_at: "",
        received_at: "",
        items: [{ variantKey: "a", quantity: 1 }, { variantKey: "c", quantity: 1 }, { variantKey: "d", quantity: 1 }],
        refund_amount: 41185,
      },
    })
    const versions = versionSummaries(o, orderMoney(o)).map(summaryTotals)
    expect(versions).toHaveLength(6)
    // version 6 (return received, refunded), as Medusa stored it
    expect(versions[5]).toEqual(
      medusaSummary({
        paid_total: [1041.65, "1041.65"], refunded_total: [411.85, "411.85"], accounting_total: [629.8, "629.8"],
        credit_line_total: [0, "0"], transaction_total: [629.8, "629.8"], pending_difference: [0, "0"],
        current_order_total: [629.8, "629.8"], original_order_total: [1041.65, "1041.65"],
      })
    )
    // version 5: Medusa rewrites the request's summary with the pending refund when the return is received
    expect(versions[4]).toEqual(
      medusaSummary({
        paid_total: [1041.65, "1041.65"], refunded_total: [0, "0"], accounting_total: [1041.65, "1041.65"],
        credit_line_total: [0, "0"], transaction_total: [1041.65, "1041.65"], pending_difference: [-411.85, "-411.85"],
        current_order_total: [1041.65, "1041.65"], original_order_total: [1041.65, "1041.65"],
      })
    )
  })

  it("leave a canceled order unpaid with its total pending, on both versions", () => {
    const o = order({ status: "canceled", items: [{ variantKey: "a", quantity: 2, unit_price: 8390 }], subtotal: 16780, total: 16780 })
    const versions = versionSummaries(o, orderMoney(o)).map(summaryTotals)
    expect(versions).toHaveLength(2)
    expect(versions[1]).toEqual(
      medusaSummary({
        paid_total: [0, "0"], refunded_total: [0, "0"], accounting_total: [167.8, "167.8"], credit_line_total: [0, "0"],
        transaction_total: [0, "0"], pending_difference: [167.8, "167.8"], current_order_total: [167.8, "167.8"],
        original_order_total: [167.8, "167.8"],
      })
    )
  })

  it("store major units the way Medusa prints them", () => {
    expect(major(43980)).toBe(439.8)
    expect(major(10995)).toBe(109.95)
    expect(major(1234.5)).toBe(12.345)
    expect(String(major(-23290))).toBe("-232.9")
  })
})
