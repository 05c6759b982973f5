import { timeOf } from "./customer-panel"
import { DAY_MS, usesCode, type EvalOrder } from "./evaluation-panel"
import type { DiffResult } from "../stats/diff-result"
import { twoProportionTest } from "../stats/two-proportion"

export type RetentionCell = { eligible: number; retained: number; rate: number }

export type RetentionRow = {
  days: number
  /** new customers whose first order used the promotion */
  promotion: RetentionCell
  /** new customers of the same period whose first order did not (the baseline; not randomised) */
  baseline: RetentionCell
  /** promotion − baseline, two-proportion z */
  diff: DiffResult
}

export type AcquisitionSummary = {
  /** new customers with a first order in the period that used the promotion */
  promotionAcquired: number
  /** other new customers of the period */
  otherNew: number
  retention: RetentionRow[]
}

/**
 * Retention of the customers a promotion brought: a customer is acquired in [start, end) when their first order
 * (customer_order_index 1; for a customer whose orders carry no index, their earliest order in `orders`) falls there; retained at
 * d days when they order again within (first, first + d days]. Only customers whose first order is at least d
 * days before `now` are eligible for horizon d (no censored zeros).
 */
export function acquisitionRetention(
  orders: readonly EvalOrder[],
  period: { start: number; end: number },
  code: string,
  now: number,
  horizons: number[] = [30, 60, 90]
): AcquisitionSummary {
  type C = { first: number; firstIdx: number; promo: boolean; knownFirst: boolean; indexed: boolean; times: number[] }
  const byCustomer = new Map<string, C>()
  for (let k = 0; k < orders.length; k++) {
    const o = orders[k]
    if (o.customer_id === null) continue
    const t = timeOf(o.placed_at)
    if (t >= now) continue
    let c = byCustomer.get(o.customer_id)
    if (!c) byCustomer.set(o.customer_id, (c = { first: Infinity, firstIdx: -1, promo: false, knownFirst: false, indexed: false, times: [] }))
    c.times.push(t)
    const isFirst = o.customer_order_index === 1
    if (o.customer_order_index !== null && o.customer_order_index !== undefined) c.indexed = true
    if ((isFirst && !c.knownFirst) || (!c.knownFirst && t < c.first)) {
      c.first = t
      c.firstIdx = k
      c.knownFirst = isFirst
      c.promo = usesCode(o, code)
    }
  }
  const rows = horizons.map((days) => ({ days, p: { eligible: 0, retained: 0 }, b: { eligible: 0, retained: 0 } }))
  let promotionAcquired = 0
  let otherNew = 0
  for (const c of byCustomer.values()) {
    if (c.first < period.start || c.first >= period.end) continue
    // indexed orders without an index 1: the first order is older than the data
    if (c.indexed && !c.knownFirst) continue
    // an order before the "first" one means the index is wrong or the customer is not new
    if (c.times.some((t) => t < c.first)) continue
    if (c.promo) promotionAcquired++
    else otherNew++
    let next = Infinity
    let seenFirst = false
    for (const t of c.times) {
      if (t === c.first && !seenFirst) {
        seenFirst = true
        continue
      }
      if (t >= c.first && t < next) next = t
    }
    for (const r of rows) {
      if (c.first + r.days * DAY_MS > now) continue
      const cell = c.promo ? r.p : r.b
      cell.eligible++
      if (next - c.first <= r.days * DAY_MS) cell.retained++
    }
  }
  const cell = (x: { eligible: number; retained: number }): RetentionCell => ({
    ...x,
    rate: x.eligible > 0 ? x.retained / x.eligible : NaN,
  })
  return {
    promotionAcquired,
    otherNew,
    retention: rows.map((r) => ({
      days: r.days,
      promotion: cell(r.p),
      baseline: cell(r.b),
      diff: twoProportionTest({ successes: r.p.retained, n: r.p.eligible }, { successes: r.b.retained, n: r.b.eligible }),
    })),
  }
}
