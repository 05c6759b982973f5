import type { OrderFact } from "../orders/order-table"

/**
 * Core's order facts and line facts as the personas glue reads them (money in integer minor units, times in
 * epoch ms). Only the columns the algorithms need.
 */
export type OrderFactInput = {
  id: string
  customer_id: string | null
  placed_at: number
  subtotal: number
  discount_total: number
  refund_total: number
  units: number
}

export type LineFactInput = {
  id: string
  order_id: string
  placed_at: number
  product_id: string | null
  category_id: string | null
}

/**
 * The order as the persona algorithms see it. Net = subtotal − discount − refunds, never below 0: a returned
 * order should not count as spend (tax and shipping are never in it).
 */
export function toOrderFact(o: OrderFactInput, lines: readonly LineFactInput[]): OrderFact | null {
  if (!o.customer_id) return null
  const productIds: string[] = []
  const categoryIds: string[] = []
  for (const l of lines) {
    if (l.product_id) productIds.push(l.product_id)
    if (l.category_id) categoryIds.push(l.category_id)
  }
  return {
    customerId: o.customer_id,
    time: o.placed_at,
    netMinor: Math.max(0, o.subtotal - o.discount_total - o.refund_total),
    itemCount: o.units,
    discountMinor: o.discount_total,
    productIds,
    categoryIds,
  }
}

/** An order with its basket as core's `pageOrderBaskets` returns it (line ids comma-joined, "" for none). */
export type BasketInput = {
  customer_id: string | null
  placed_ms: number
  subtotal: number
  discount_total: number
  refund_total: number
  units: number
  product_ids: string | null
  category_ids: string | null
}

const split = (s: string | null) => (s ? s.split(",").filter(Boolean) : [])

/** The same order fact as toOrderFact, from the compact basket row. */
export function basketToOrderFact(o: BasketInput): OrderFact | null {
  if (!o.customer_id) return null
  return {
    customerId: o.customer_id,
    time: o.placed_ms,
    netMinor: Math.max(0, o.subtotal - o.discount_total - o.refund_total),
    itemCount: o.units,
    discountMinor: o.discount_total,
    productIds: split(o.product_ids),
    categoryIds: split(o.category_ids),
  }
}

/**
 * Merge-joins two streams sorted by placed_at (orders and their lines share the order's placed_at): lines are
 * appended page by page, and `take` hands an order its lines. Lines older than the order being taken can no
 * longer match and are dropped, so memory stays at one page plus the lines of orders placed in the same
 * millisecond, instead of a map of a million orders.
 */
export class OrderLineJoiner {
  private buffer: (LineFactInput | null)[] = []
  private head = 0
  private exhausted = false

  /** Appends the next page of lines (sorted by placed_at); an empty page marks the end of the stream. */
  push(lines: readonly LineFactInput[]) {
    if (!lines.length) {
      this.exhausted = true
      return
    }
    if (this.head > 4096 && this.head * 2 > this.buffer.length) {
      this.buffer = this.buffer.slice(this.head)
      this.head = 0
    }
    for (const l of lines) this.buffer.push(l)
  }

  /**
   * True while the buffer cannot yet tell which lines belong to an order placed at `placedAt`: the stream is
   * not exhausted and every buffered line is at or before that time (a later page may hold more of them).
   */
  needsMore(placedAt: number): boolean {
    if (this.exhausted) return false
    const last = this.buffer[this.buffer.length - 1]
    return this.buffer.length === this.head || !last || last.placed_at <= placedAt
  }

  /** Removes and returns the lines of one order. Call in placed_at order of the orders. */
  take(orderId: string, placedAt: number): LineFactInput[] {
    while (this.head < this.buffer.length) {
      const l = this.buffer[this.head]
      if (l && l.placed_at >= placedAt) break
      this.buffer[this.head++] = null
    }
    const out: LineFactInput[] = []
    for (let i = this.head; i < this.buffer.length; i++) {
      const l = this.buffer[i]
      if (!l) continue
      if (l.placed_at > placedAt) break
      if (l.order_id === orderId) {
        out.push(l)
        this.buffer[i] = null
      }
    }
    return out
  }

  /** Lines still buffered (for tests and memory checks). */
  get pending(): number {
    let n = 0
    for (let i = this.head; i < this.buffer.length; i++) if (this.buffer[i]) n++
    return n
  }
}
