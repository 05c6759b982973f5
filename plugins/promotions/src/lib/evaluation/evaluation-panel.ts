import { DAY_MS } from "../math/time"
export { DAY_MS }
import { timeOf, type PanelOrder } from "./customer-panel"



/** The part of an order fact (core's OrderFactRow) the evaluation report reads; OrderFactRow fits as it is. */
export type EvalOrder = PanelOrder & {
  id?: string
  subtotal?: number
  /** discount on the order, minor units */
  discount_total: number
  /** total − cost, minor units; null when the order's cost is unknown */
  margin?: number | null
  promotion_codes?: string[] | null
  /** 1 for the customer's first order (core's customer_order_index) */
  customer_order_index?: number | null
}

/** The part of a line fact (core's LineFactRow) read for full-price sales when lines are given. */
export type EvalLine = {
  customer_id: string | null
  placed_at: Date | number
  /** line total after discounts, minor units */
  total: number
  discount_total: number
}

/** The periods of one promotion's evaluation, epoch ms, each [start, end). */
export type EvaluationPeriods = {
  preFrom: number
  start: number
  end: number
  /** end of the post period (pull-forward), clipped at `now` */
  postEnd: number
}

/** Per-customer sums over the pre, promotion and post periods, typed arrays indexed like `customerIds`. */
export type EvaluationPanel = {
  customerIds: string[]
  index: Map<string, number>
  preGmv: Float64Array
  preOrders: Float64Array
  preMargin: Float64Array
  /** days between the last pre-period order and the start; Infinity without one */
  recencyDays: Float64Array
  gmv: Float64Array
  orders: Float64Array
  margin: Float64Array
  /** full-price sales: GMV of lines without a discount when lines are given, else of orders without a discount */
  fullPriceGmv: Float64Array
  /** discount received on orders that used the promotion */
  promoDiscount: Float64Array
  postGmv: Float64Array
  postOrders: Float64Array
  postMargin: Float64Array
  /** false when some order of a panel customer had no margin (cost unknown) */
  marginKnown: boolean
}

export function usesCode(order: EvalOrder, code: string): boolean {
  const codes = order.promotion_codes
  if (!codes) return false
  for (let i = 0; i < codes.length; i++) if (codes[i] === code) return true
  return false
}

export function buildEvaluationPanel(
  customerIds: Iterable<string>,
  orders: readonly EvalOrder[],
  periods: EvaluationPeriods,
  code: string,
  lines?: readonly EvalLine[]
): EvaluationPanel {
  const index = new Map<string, number>()
  const ids: string[] = []
  for (const id of customerIds) {
    if (index.has(id)) continue
    index.set(id, ids.length)
    ids.push(id)
  }
  const n = ids.length
  const f = () => new Float64Array(n)
  const p: EvaluationPanel = {
    customerIds: ids,
    index,
    preGmv: f(),
    preOrders: f(),
    preMargin: f(),
    recencyDays: new Float64Array(n).fill(Infinity),
    gmv: f(),
    orders: f(),
    margin: f(),
    fullPriceGmv: f(),
    promoDiscount: f(),
    postGmv: f(),
    postOrders: f(),
    postMargin: f(),
    marginKnown: true,
  }
  const lastPre = new Float64Array(n).fill(-Infinity)
  for (let k = 0; k < orders.length; k++) {
    const o = orders[k]
    if (o.customer_id === null) continue
    const i = index.get(o.customer_id)
    if (i === undefined) continue
    const t = timeOf(o.placed_at)
    if (t < periods.preFrom || t >= periods.postEnd) continue
    const m = o.margin
    if (m === null || m === undefined) p.marginKnown = false
    const margin = m ?? 0
    if (t < periods.start) {
      p.preGmv[i] += o.total
      p.preOrders[i]++
      p.preMargin[i] += margin
      if (t > lastPre[i]) lastPre[i] = t
    } else if (t < periods.end) {
      p.gmv[i] += o.total
      p.orders[i]++
      p.margin[i] += margin
      if (!lines && !(o.discount_total > 0)) p.fullPriceGmv[i] += o.total
      if (usesCode(o, code)) p.promoDiscount[i] += o.discount_total
    } else {
      p.postGmv[i] += o.total
      p.postOrders[i]++
      p.postMargin[i] += margin
    }
  }
  if (lines) {
    // line level: a product promotion discounts some lines of an order; its other lines are still full price
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k]
      if (l.customer_id === null || l.discount_total > 0) continue
      const i = index.get(l.customer_id)
      if (i === undefined) continue
      const t = timeOf(l.placed_at)
      if (t >= periods.start && t < periods.end) p.fullPriceGmv[i] += l.total
    }
  }
  for (let i = 0; i < n; i++) if (lastPre[i] > -Infinity) p.recencyDays[i] = (periods.start - lastPre[i]) / DAY_MS
  return p
}
