import { toMinor } from "../money/minor-units"
import type { FactContext, LineFact, OrderFact, SourceOrder } from "./types"

const num = (v: string | number | null | undefined) => (v === null || v === undefined || v === "" ? 0 : Number(v))

/** Splits `total` over `weights` in proportion, in integers that add up exactly (largest remainder). */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (!total || sum <= 0) return weights.map(() => 0)
  const raw = weights.map((w) => (total * w) / sum)
  const out = raw.map((r) => Math.trunc(r))
  let rest = total - out.reduce((a, b) => a + b, 0)
  const order = raw.map((r, i) => [Math.abs(r - Math.trunc(r)), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  const step = Math.sign(rest)
  for (let k = 0; rest !== 0 && k < order.length; k++, rest -= step) out[order[k][1]] += step
  return out
}

/** Tax of a net amount at the summed rates; for tax-inclusive prices the tax contained in the amount. */
function taxOf(amount: number, rates: (string | number)[], inclusive: boolean): number {
  const rate = rates.reduce<number>((a, r) => a + num(r), 0) / 100
  if (!rate) return 0
  return Math.round(inclusive ? amount - amount / (1 + rate) : amount * rate)
}

/**
 * Turns one Medusa order into its order fact and line facts (money in minor units). Goods revenue is
 * subtotal − discount; margin is goods revenue − cost, less the refunded goods' margin for returned units
 * (a refund reverses revenue; the returned unit goes back to stock, so its cost does too).
 */
export function buildOrderFacts(order: SourceOrder, ctx: FactContext): { order: OrderFact; lines: LineFact[] } {
  const cur = order.currency_code.toLowerCase()
  const placedAt = new Date(order.created_at)
  const lines: LineFact[] = []
  let taxTotal = 0
  let costComplete = true
  for (const item of order.items) {
    const quantity = num(item.quantity)
    const unitPrice = toMinor(item.unit_price, cur)
    const subtotal = unitPrice * quantity
    const discount = item.adjustments.reduce((a, adj) => a + toMinor(adj.amount, cur), 0)
    const net = subtotal - discount
    const tax = taxOf(net, item.tax_rates, item.is_tax_inclusive)
    taxTotal += tax
    const total = item.is_tax_inclusive ? net : net + tax
    const unitCost = item.variant_id ? (ctx.costs.get(item.variant_id)?.get(cur) ?? null) : null
    if (unitCost === null) costComplete = false
    const returned = Math.min(quantity, num(item.returned_quantity))
    lines.push({
      id: item.id,
      order_id: order.id,
      placed_at: placedAt,
      status: order.status,
      customer_id: order.customer_id,
      sales_channel_id: order.sales_channel_id,
      region_id: order.region_id,
      currency_code: cur,
      product_id: item.product_id,
      variant_id: item.variant_id,
      category_id: item.product_id ? (ctx.categories.get(item.product_id) ?? null) : null,
      title: item.title,
      quantity,
      unit_price: unitPrice,
      subtotal,
      discount_total: discount,
      total,
      unit_cost: unitCost,
      cost_total: unitCost === null ? 0 : unitCost * quantity,
      margin: 0,
      returned_quantity: returned,
      refund_amount: 0,
    })
  }

  let shipping = 0
  let shippingTotal = 0
  for (const sm of order.shipping_methods) {
    const amount = toMinor(sm.amount, cur) - sm.adjustments.reduce<number>((a, x) => a + toMinor(x, cur), 0)
    const tax = taxOf(amount, sm.tax_rates, sm.is_tax_inclusive)
    shipping += amount
    taxTotal += tax
    shippingTotal += sm.is_tax_inclusive ? amount : amount + tax
  }

  // refunds: credited to the lines in proportion to the value of their returned units, else to all goods
  const refund = toMinor(order.refunded_total, cur)
  const returnedValue = lines.map((l) => (l.quantity ? Math.round(((l.subtotal - l.discount_total) * l.returned_quantity) / l.quantity) : 0))
  const basis = returnedValue.some((v) => v > 0) ? returnedValue : lines.map((l) => l.subtotal - l.discount_total)
  const shares = allocate(Math.max(0, refund), basis)
  lines.forEach((l, i) => {
    l.refund_amount = shares[i]
    const returnedCost = l.unit_cost === null ? 0 : l.unit_cost * l.returned_quantity
    l.margin = l.subtotal - l.discount_total - l.cost_total - l.refund_amount + returnedCost
  })

  const sum = (f: (l: LineFact) => number) => lines.reduce((a, l) => a + f(l), 0)
  const subtotal = sum((l) => l.subtotal)
  const discount = sum((l) => l.discount_total)
  const canceled = order.status === "canceled"
  const fact: OrderFact = {
    id: order.id,
    display_id: order.display_id,
    customer_id: order.customer_id,
    anonymous_id: ctx.session?.anonymous_id ?? null,
    session_id: ctx.session?.session_id ?? null,
    sales_channel_id: order.sales_channel_id,
    region_id: order.region_id,
    currency_code: cur,
    placed_at: placedAt,
    status: order.status,
    canceled_at: canceled ? new Date(order.canceled_at ?? order.created_at) : null,
    item_count: lines.length,
    units: sum((l) => l.quantity),
    subtotal,
    discount_total: discount,
    shipping_total: shipping,
    tax_total: taxTotal,
    total: sum((l) => l.total) + shippingTotal,
    cost_total: sum((l) => l.cost_total),
    margin: sum((l) => l.margin),
    refund_total: Math.max(0, refund),
    returned_units: sum((l) => l.returned_quantity),
    promotion_codes: [...new Set(order.promotion_codes.filter(Boolean))].sort(),
    cost_complete: costComplete,
  }
  return { order: fact, lines }
}
