import { DAY_MS, rowsBefore, type OrderTable } from "../orders/order-table"

/**
 * The features of the buy-again model, all computable from a customer's own orders before a cut date.
 * Counts and money are log1p-transformed: their distributions are long-tailed and the effects diminish.
 * The set was chosen by backtests on Online Retail at five as-of dates before protocol P's (2011-06-01 ..
 * 2011-09-23); time-decayed counts and "overdue" ratios carry what plain R, F and M miss.
 */
export const BUY_AGAIN_FEATURES = [
  "log_recency_days",
  "log_orders",
  "log_spend",
  "log_tenure_days",
  "log_orders_decay_30d",
  "log_orders_decay_90d",
  "log_orders_decay_365d",
  "log_spend_decay_90d",
  "log_purchase_days",
  "log_distinct_products",
  "log_avg_order_value",
  "log_overdue_ratio",
  "log_days_since_second_last",
  "log_items",
  "log_lines",
] as const

export const BUY_AGAIN_DIMENSION = BUY_AGAIN_FEATURES.length

/** Reusable scratch space for counting distinct products without a Set per customer. */
export type FeatureScratch = { stamp: Int32Array; counter: number }

export function createFeatureScratch(table: OrderTable): FeatureScratch {
  return { stamp: new Int32Array(table.products.length), counter: 0 }
}

const decay = (ageDays: number, halfLife: number) => Math.pow(0.5, ageDays / halfLife)

/**
 * Writes the features of customer c as of `cut` (orders strictly before it) into out[offset ..].
 * Returns false, writing nothing, when the customer has no order before the cut.
 */
export function writeBuyAgainFeatures(
  table: OrderTable,
  c: number,
  cut: number,
  scratch: FeatureScratch,
  out: Float64Array,
  offset: number,
): boolean {
  const a = table.offsets[c]
  const end = rowsBefore(table, c, cut)
  const n = end - a
  if (n <= 0) return false
  scratch.counter++
  let spend = 0
  let items = 0
  let lines = 0
  let d30 = 0
  let d90 = 0
  let d365 = 0
  let s90 = 0
  let products = 0
  let purchaseDays = 0
  let lastDay = -Infinity
  let secondLastDay = -Infinity
  const firstDay = Math.floor(table.time[a] / DAY_MS)
  for (let o = a; o < end; o++) {
    const t = table.time[o]
    const age = (cut - t) / DAY_MS
    const net = table.netMinor[o] / 100
    spend += net
    items += table.itemCount[o]
    d30 += decay(age, 30)
    d90 += decay(age, 90)
    d365 += decay(age, 365)
    s90 += net * decay(age, 90)
    const day = Math.floor(t / DAY_MS)
    if (day !== lastDay) {
      purchaseDays++
      secondLastDay = lastDay
      lastDay = day
    }
    for (let k = table.productOffsets[o]; k < table.productOffsets[o + 1]; k++) {
      lines++
      const p = table.productIndex[k]
      if (scratch.stamp[p] !== scratch.counter) {
        scratch.stamp[p] = scratch.counter
        products++
      }
    }
  }
  const recency = (cut - table.time[end - 1]) / DAY_MS
  const tenure = (cut - table.time[a]) / DAY_MS
  const cutDays = cut / DAY_MS
  const meanGapDays = purchaseDays > 1 ? (lastDay - firstDay) / (purchaseDays - 1) : 0
  const L = Math.log1p
  out[offset] = L(recency)
  out[offset + 1] = L(n)
  out[offset + 2] = L(Math.max(0, spend))
  out[offset + 3] = L(tenure)
  out[offset + 4] = L(d30)
  out[offset + 5] = L(d90)
  out[offset + 6] = L(d365)
  out[offset + 7] = L(Math.max(0, s90))
  out[offset + 8] = L(purchaseDays)
  out[offset + 9] = L(products)
  out[offset + 10] = L(Math.max(0, spend / n))
  // how many usual gaps the customer is past their last purchase; -1 marks "no gap known yet"
  out[offset + 11] = purchaseDays > 1 ? L(recency / Math.max(meanGapDays, 1)) : -1
  out[offset + 12] = L(purchaseDays > 1 ? cutDays - secondLastDay : tenure)
  out[offset + 13] = L(Math.max(0, items))
  out[offset + 14] = L(lines)
  return true
}

/** Features of every customer with an order before `cut`: `customers` are table indices, `x` is row-major. */
export type FeatureMatrix = { customers: Int32Array; x: Float64Array; d: number }

export function buyAgainFeatureMatrix(table: OrderTable, cut: number): FeatureMatrix {
  const d = BUY_AGAIN_DIMENSION
  const nc = table.customerIds.length
  const x = new Float64Array(nc * d)
  const customers = new Int32Array(nc)
  const scratch = createFeatureScratch(table)
  let n = 0
  for (let c = 0; c < nc; c++) {
    if (writeBuyAgainFeatures(table, c, cut, scratch, x, n * d)) customers[n++] = c
  }
  return { customers: customers.slice(0, n), x: x.slice(0, n * d), d }
}

/** 1 when customer c ordered in [from, to), else 0: the time-shifted training label. */
export function boughtBetween(table: OrderTable, c: number, from: number, to: number): number {
  const i = rowsBefore(table, c, from)
  return i < table.offsets[c + 1] && table.time[i] < to ? 1 : 0
}
