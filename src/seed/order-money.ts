import type { DemoOrder } from "../demo"

/**
 * Money of a bulk order, in integer minor units, shaped the way Medusa 2.21 computes it (see
 * `getLineItemTotals` in @medusajs/utils and `OrderChangeProcessing` in @medusajs/order): taxes are 0 in the
 * demo, an item's discount is the sum of its adjustments, a received return takes the returned units' share of
 * the line back out of the order total (unit price less the line's adjustment per unit), shipping stays.
 */

/** Splits `total` over `weights` in proportion, whole units, largest remainder first (ties: earlier index). */
export function splitProportionally(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (total === 0 || sum === 0) return weights.map(() => 0)
  const exact = weights.map((w) => (total * w) / sum)
  const out = exact.map(Math.floor)
  let rest = total - out.reduce((a, b) => a + b, 0)
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) out[order[k][1]]++
  return out
}

export type LineMoney = {
  variantKey: string
  quantity: number
  unit_price: number
  /** the line's promotion adjustment (0 without a code) */
  discount: number
  /** units sent back and received (0 without a return) */
  returned: number
}

export type OrderMoney = {
  lines: LineMoney[]
  subtotal: number
  discount: number
  shipping: number
  /** subtotal - discount + shipping: Medusa's original_order_total, the amount authorized and captured */
  total: number
  /** what a received return takes out of the order total (Medusa's figure; may carry a fraction of a cent) */
  returnedValue: number
  /**
   * The amount refunded: what the received return takes off the order, so nothing stays pending. It is the plan's
   * refund to the cent, except when part of a discounted multi-unit line comes back: Medusa then takes the
   * line's discount per unit, which can end in half a cent (the plan rounds it).
   */
  refund: number
}

/**
 * Spreads the plan's discount over the lines. With a return of whole lines, the returned lines carry exactly
 * the discount the plan's refund implies (returned value − refund), so Medusa's own return total equals the
 * plan's refund to the cent; the other lines carry the rest. Otherwise the discount follows line value.
 */
export function orderMoney(o: DemoOrder): OrderMoney {
  const value = o.items.map((i) => i.quantity * i.unit_price)
  const returnedUnits = new Map((o.return?.items ?? []).map((i) => [i.variantKey, i.quantity]))
  const returned = o.items.map((i) => Math.min(i.quantity, returnedUnits.get(i.variantKey) ?? 0))
  const wholeLines = o.return !== undefined && o.items.every((i, k) => returned[k] === 0 || returned[k] === i.quantity)
  let discounts: number[]
  if (o.discount_total > 0 && wholeLines && o.return) {
    const inR = o.items.map((_, k) => returned[k] > 0)
    const valueR = value.reduce((s, v, k) => s + (inR[k] ? v : 0), 0)
    const onReturned = Math.max(0, Math.min(o.discount_total, valueR, valueR - o.return.refund_amount))
    const partR = splitProportionally(onReturned, value.map((v, k) => (inR[k] ? v : 0)))
    const partK = splitProportionally(o.discount_total - onReturned, value.map((v, k) => (inR[k] ? 0 : v)))
    discounts = value.map((_, k) => partR[k] + partK[k])
    // a plan whose kept lines are worth less than their share: fall back to spreading by value
    if (discounts.some((d, k) => d > value[k])) discounts = splitProportionally(o.discount_total, value)
  } else {
    discounts = splitProportionally(o.discount_total, value)
  }
  const lines: LineMoney[] = o.items.map((i, k) => ({
    variantKey: i.variantKey,
    quantity: i.quantity,
    unit_price: i.unit_price,
    discount: discounts[k],
    returned: returned[k],
  }))
  const returnedValue = lines.reduce(
    (s, l) => s + (l.returned === 0 ? 0 : l.returned * l.unit_price - (l.discount * l.returned) / l.quantity),
    0
  )
  return {
    lines,
    subtotal: o.subtotal,
    discount: o.discount_total,
    shipping: o.shipping_total,
    total: o.subtotal - o.discount_total + o.shipping_total,
    returnedValue,
    refund: o.return ? returnedValue : 0,
  }
}

/** Major units as Medusa stores them (numeric) and its raw BigNumber json. */
export function major(minor: number): number {
  return Math.round(minor * 1e6) / 1e8
}

export function raw(minor: number): { value: string; precision: number } {
  return { value: String(major(minor)), precision: 20 }
}

/** The figures of one order_summary row, minor units. */
export type SummaryFigures = {
  original: number
  current: number
  paid: number
  refunded: number
  /** current - (paid - refunded), except on the version before a return's receipt (see versionSummaries) */
  pending: number
}

const figures = (original: number, current: number, paid: number, refunded: number, pending?: number): SummaryFigures => ({
  original,
  current,
  paid,
  refunded,
  pending: pending ?? current - (paid - refunded),
})

/** order_summary.totals as Medusa writes it (the bulk writer builds the same json in SQL). */
export function summaryTotals(s: SummaryFigures): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const put = (name: string, minor: number) => {
    out[name] = major(minor)
    out[`raw_${name}`] = raw(minor)
  }
  put("paid_total", s.paid)
  put("refunded_total", s.refunded)
  put("accounting_total", s.current)
  put("credit_line_total", 0)
  put("transaction_total", s.paid - s.refunded)
  put("pending_difference", s.pending)
  put("current_order_total", s.current)
  put("original_order_total", s.original)
  return out
}

/**
 * The summary of each version (index 0 = version 1), as Medusa's flows leave them: a canceled order was never
 * paid; a completed one is paid from the capture on (the capture happens at version 1); receiving a return
 * also rewrites the previous version's pending difference (to minus the returned value), and the receipt's
 * version shows the lower current total with the refund.
 */
export function versionSummaries(o: DemoOrder, m: OrderMoney): SummaryFigures[] {
  if (o.status === "canceled") return [figures(m.total, m.total, 0, 0), figures(m.total, m.total, 0, 0)]
  const paid = figures(m.total, m.total, m.total, 0)
  const out = [paid, paid, paid, paid]
  if (o.return) {
    out.push(figures(m.total, m.total, m.total, 0, -m.returnedValue))
    out.push(figures(m.total, m.total - m.returnedValue, m.total, m.refund))
  }
  return out
}
